package io.balancepoint.dashboards;

import io.balancepoint.metrics.ChannelCost;
import io.balancepoint.time.DateRange;
import java.util.List;

/**
 * Cost per contact by channel over the covered range: the channel cost gradient (SPEC §2), dearest
 * contact first, channels without agent contacts last (see {@link ChannelCost#gradient}).
 */
public record ChannelGradient(String projectKey, DateRange covered, List<ChannelCost> channels) {

    public ChannelGradient {
        channels = List.copyOf(channels);
    }
}
