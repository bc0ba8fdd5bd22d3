package io.balancepoint.roi;

import io.balancepoint.validation.Problems;
import java.math.BigDecimal;

/**
 * One channel's work in a period: the input of {@link ChannelShift}.
 *
 * @param costPerContact the channel's full cost per contact (labour and contact costs), base currency
 * @param resolutions    resolutions of tickets that came in on the channel
 */
public record ChannelVolume(String channel, Long contacts, BigDecimal costPerContact, Long resolutions) {

    void validate(Problems problems) {
        if (channel == null || channel.isBlank()) {
            problems.add("channel", "is required");
        }
        if (problems.required(contacts, "contacts") && contacts < 0) {
            problems.add("contacts", "must not be negative");
        }
        if (problems.required(costPerContact, "costPerContact") && costPerContact.signum() < 0) {
            problems.add("costPerContact", "must not be negative");
        }
        if (problems.required(resolutions, "resolutions") && resolutions < 0) {
            problems.add("resolutions", "must not be negative");
        }
    }
}
