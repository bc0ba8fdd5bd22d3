package io.balancepoint.roi;

import io.balancepoint.validation.Copies;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "What if x % of channel A's contacts went to channel B?" — the input of {@link ChannelShift}.
 *
 * @param channels      every channel's contacts, cost per contact and resolutions (A and B must be listed)
 * @param percentMoved  x, 0..100
 */
public record ChannelShiftQuestion(List<ChannelVolume> channels, String fromChannel, String toChannel,
                                   BigDecimal percentMoved) {

    public ChannelShiftQuestion {
        channels = Copies.list(channels);
    }

    public void validate(Problems problems) {
        Map<String, Integer> firstIndex = new HashMap<>();
        problems.each(channels, "channels", (p, item) -> ((ChannelVolume) item).validate(p));
        for (int i = 0; i < channels.size(); i++) {
            ChannelVolume volume = channels.get(i);
            if (volume != null && volume.channel() != null) {
                Integer first = firstIndex.putIfAbsent(volume.channel(), i);
                if (first != null) {
                    problems.at("channels").at(i).add("channel", "duplicates channels[" + first + "] (" + volume.channel() + ")");
                }
            }
        }
        if (problems.required(fromChannel, "fromChannel") && !firstIndex.containsKey(fromChannel)) {
            problems.add("fromChannel", "is not among channels");
        }
        if (problems.required(toChannel, "toChannel") && !firstIndex.containsKey(toChannel)) {
            problems.add("toChannel", "is not among channels");
        }
        if (fromChannel != null && fromChannel.equals(toChannel)) {
            problems.add("toChannel", "must differ from fromChannel");
        }
        RoiSettings.checkPercent(problems, "percentMoved", percentMoved);
    }

    /** The volume of {@code channel}; requires a valid question. */
    ChannelVolume volumeOf(String channel) {
        return channels.stream().filter(v -> v.channel().equals(channel)).findFirst().orElseThrow();
    }
}
