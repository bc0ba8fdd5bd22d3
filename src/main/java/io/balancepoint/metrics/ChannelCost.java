package io.balancepoint.metrics;

import io.balancepoint.money.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of the channel cost gradient: what a contact on a channel costs (SPEC §2, cost per contact
 * by channel; see {@link PeriodMetrics#costPerContact} for the definition).
 *
 * @param costPerContact total cost ÷ agent contacts; null when the channel had no agent contact (self-service)
 */
public record ChannelCost(String channel, long contacts, Money totalCost, Money costPerContact) {

    private static final Comparator<ChannelCost> DEAREST_FIRST = Comparator
            .comparing(ChannelCost::costPerContact, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ChannelCost::channel);

    public ChannelCost {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(totalCost, "totalCost");
    }

    /**
     * The channel cost gradient from measures grouped by {@link Dimension#CHANNEL}: dearest contact
     * first (typically phone > e-mail > chat > portal), channels without agent contacts last, ties by name.
     */
    public static List<ChannelCost> gradient(Map<String, FactMeasures> byChannel) {
        return byChannel.entrySet().stream()
                .map(e -> new ChannelCost(e.getKey(), e.getValue().agentContacts(), e.getValue().totalCost(),
                        PeriodMetrics.costPerContact(e.getValue()).orElse(null)))
                .sorted(DEAREST_FIRST)
                .toList();
    }
}
