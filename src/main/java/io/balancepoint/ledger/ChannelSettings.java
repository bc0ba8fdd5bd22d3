package io.balancepoint.ledger;

import io.balancepoint.validation.Copies;
import io.balancepoint.time.EffectiveDatedChecks;
import io.balancepoint.rates.RateSettings;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The "channels" settings section: the channels, their standard handle times and their effective-dated contact costs. */
public record ChannelSettings(List<Channel> channels, List<ChannelCost> contactCosts) {

    public ChannelSettings {
        // Not List.copyOf: it rejects null elements, which validate() must be able to report.
        channels = Copies.list(channels);
        contactCosts = Copies.list(contactCosts);
    }

    /**
     * Six channels with contact costs from {@link RateSettings#DEFAULTS_FROM}, open-ended. Sources
     * (research/market-domain.md §3.2, §3.4): ContactBabel's full cost per contact (phone 5.25,
     * e-mail 4.42, web chat 3.82) split by the ABC finding that 74 % of contact-centre unit cost is
     * people. The other 26 % is the non-labour contact cost (phone 1.37, e-mail 1.15, chat 0.99);
     * the 74 % at the default rate of 40.00/h gives the standard minutes (phone 5.8 → 6, e-mail
     * 4.9 → 5, chat 4.2 → 4). The rest are assumptions, not research: portal 0.50 and 4 minutes,
     * placed between chat and self-service as SPEC's channel gradient has it; api 0.10 (Gartner's
     * self-service cost per contact, since intake is automated) and 5 minutes (replies are written
     * like e-mail); jira (issues raised inside Jira by staff) has no contact cost and no estimate,
     * because such internal work items are not customer contacts.
     */
    public static ChannelSettings defaults() {
        LocalDate from = RateSettings.DEFAULTS_FROM;
        return new ChannelSettings(
                List.of(
                        new Channel("email", "E-mail", new BigDecimal("5")),
                        new Channel("portal", "Customer portal", new BigDecimal("4")),
                        new Channel("phone", "Phone", new BigDecimal("6")),
                        new Channel("chat", "Chat", new BigDecimal("4")),
                        new Channel("api", "API / integration", new BigDecimal("5")),
                        new Channel("jira", "Jira (raised by staff)", null)),
                List.of(
                        new ChannelCost("email", new BigDecimal("1.15"), from, null),
                        new ChannelCost("portal", new BigDecimal("0.50"), from, null),
                        new ChannelCost("phone", new BigDecimal("1.37"), from, null),
                        new ChannelCost("chat", new BigDecimal("0.99"), from, null),
                        new ChannelCost("api", new BigDecimal("0.10"), from, null)));
    }

    /** The channel with this id; empty for an unknown or null id. */
    public Optional<Channel> channel(String id) {
        return channels.stream().filter(c -> c != null && Objects.equals(c.id(), id)).findFirst();
    }

    /** The contact cost of {@code channelId} in force on {@code day}; empty when none is configured for that day. */
    public Optional<ChannelCost> contactCost(String channelId, LocalDate day) {
        return contactCosts.stream()
                .filter(c -> c != null && Objects.equals(c.channelId(), channelId) && c.inForceOn(day))
                .findFirst();
    }

    /** Reports every problem: each entry's own, duplicate channel ids, costs for unknown channels, overlapping costs per channel. */
    public void validate(Problems problems) {
        problems.each(channels, "channels", (p, c) -> ((Channel) c).validate(p));
        problems.each(contactCosts, "contactCosts", (p, c) -> ((ChannelCost) c).validate(p));
        Map<String, Integer> firstIndexById = new HashMap<>();
        for (int i = 0; i < channels.size(); i++) {
            Channel c = channels.get(i);
            if (c == null || c.id() == null) {
                continue;
            }
            Integer earlier = firstIndexById.putIfAbsent(c.id(), i);
            if (earlier != null) {
                problems.at("channels").at(i).add("id", "duplicate channel id '" + c.id() + "' (also channels[" + earlier + "])");
            }
        }
        for (int i = 0; i < contactCosts.size(); i++) {
            ChannelCost cost = contactCosts.get(i);
            if (cost != null && cost.channelId() != null && !firstIndexById.containsKey(cost.channelId())) {
                problems.at("contactCosts").at(i).add("channelId", "unknown channel '" + cost.channelId() + "'");
            }
        }
        EffectiveDatedChecks.checkNoOverlaps(contactCosts, ChannelCost::channelId, problems, "contactCosts");
    }
}
