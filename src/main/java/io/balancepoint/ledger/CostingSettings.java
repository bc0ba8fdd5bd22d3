package io.balancepoint.ledger;

import io.balancepoint.rates.RateSettings;
import io.balancepoint.validation.Problems;

/**
 * Everything that prices a ticket: rates, channels and overhead, validated together. No rule
 * spans two sections today: the one dependency (handle-time estimates need a default rate) is
 * guaranteed by the rates section itself, which requires an open-ended DEFAULT rate.
 */
public record CostingSettings(RateSettings rates, ChannelSettings channels, OverheadSettings overhead) {

    public static CostingSettings defaults() {
        return new CostingSettings(RateSettings.defaults(), ChannelSettings.defaults(), OverheadSettings.defaults());
    }

    /** Reports every problem of every section, under {@code rates}, {@code channels} and {@code overhead}. */
    public void validate(Problems problems) {
        if (problems.required(rates, "rates")) {
            rates.validate(problems.at("rates"));
        }
        if (problems.required(channels, "channels")) {
            channels.validate(problems.at("channels"));
        }
        if (problems.required(overhead, "overhead")) {
            overhead.validate(problems.at("overhead"));
        }
    }
}
