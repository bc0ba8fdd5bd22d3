package io.balancepoint.rest.whatif;

import io.balancepoint.rest.InputLimits;
import io.balancepoint.roi.ChannelShiftQuestion;
import io.balancepoint.roi.ChannelVolume;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Body of {@code POST /whatif/channel-shift}: the fields of {@link ChannelShiftQuestion}.
 *
 * @param channels     every channel's contacts, cost per contact and resolutions, up to {@value #MAX_CHANNELS}
 * @param percentMoved share of {@code fromChannel}'s contacts to move, 0..100
 */
public record ChannelShiftRequest(List<ChannelVolume> channels, String fromChannel, String toChannel,
                                  BigDecimal percentMoved) {

    static final int MAX_CHANNELS = 50;
    /** Most contacts or resolutions of one channel: far above any desk, far below overflowing a sum. */
    static final long MAX_COUNT = 1_000_000_000_000L;

    public ChannelShiftRequest {
        channels = channels == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(channels));
    }

    public ChannelShiftQuestion question() {
        return new ChannelShiftQuestion(channels, fromChannel, toChannel, percentMoved);
    }

    public void validate(Problems problems) {
        Problems limits = new Problems();
        InputLimits.size(limits, "channels", channels, MAX_CHANNELS);
        for (int i = 0; i < channels.size() && i < MAX_CHANNELS; i++) {
            ChannelVolume volume = channels.get(i);
            if (volume != null) {
                Problems at = limits.at("channels").at(i);
                InputLimits.id(at, "channel", volume.channel());
                InputLimits.count(at, "contacts", volume.contacts(), MAX_COUNT);
                InputLimits.decimal(at, "costPerContact", volume.costPerContact());
                InputLimits.count(at, "resolutions", volume.resolutions(), MAX_COUNT);
            }
        }
        InputLimits.id(limits, "fromChannel", fromChannel);
        InputLimits.id(limits, "toChannel", toChannel);
        InputLimits.decimal(limits, "percentMoved", percentMoved);
        Problems rules = new Problems();
        question().validate(rules);
        InputLimits.report(problems, limits, rules);
    }
}
