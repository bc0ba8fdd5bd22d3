package io.balancepoint.ledger;

import io.balancepoint.time.EffectiveDated;
import io.balancepoint.time.EffectiveDatedChecks;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The non-labour cost of one agent contact on a channel (telephony, chat licences, e-mail
 * handling), in the base currency, in force on a range of days. Labour is never part of it.
 */
public record ChannelCost(String channelId, BigDecimal costPerContact, LocalDate from, LocalDate until)
        implements EffectiveDated {

    /** Reports this entry's own problems; whether the channel exists is checked by {@link ChannelSettings}. */
    public void validate(Problems problems) {
        problems.required(channelId, "channelId");
        if (problems.required(costPerContact, "costPerContact") && costPerContact.signum() < 0) {
            problems.add("costPerContact", "must not be negative");
        }
        EffectiveDatedChecks.checkDates(this, problems);
    }
}
