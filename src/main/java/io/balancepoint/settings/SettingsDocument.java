package io.balancepoint.settings;

import io.balancepoint.access.VisibilitySettings;
import io.balancepoint.budget.BudgetSettings;
import io.balancepoint.fcr.FcrSettings;
import io.balancepoint.ledger.ChannelSettings;
import io.balancepoint.ledger.CostingSettings;
import io.balancepoint.ledger.OverheadSettings;
import io.balancepoint.metrics.AnomalySettings;
import io.balancepoint.rates.RateSettings;
import io.balancepoint.roi.RoiSettings;
import io.balancepoint.routing.RoutingSettings;
import io.balancepoint.tiering.TieringSettings;
import io.balancepoint.time.WorkingTimeSettings;
import java.util.Currency;

/**
 * Every admin setting of the instance in one versioned document: the format of the REST settings
 * API, of export/import and of the workbench. {@code schemaVersion} is the format's version
 * (so later releases can migrate old exports); it is not the edit revision, which the store keeps.
 */
public record SettingsDocument(
        int schemaVersion,
        String baseCurrency,
        WorkingTimeSettings workingTime,
        RateSettings rates,
        ChannelSettings channels,
        OverheadSettings overhead,
        FcrSettings fcr,
        AnomalySettings anomalies,
        TieringSettings tiering,
        RoutingSettings routing,
        RoiSettings roi,
        BudgetSettings budgets,
        VisibilitySettings visibility) {

    /** The format version this release writes and reads. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    public static SettingsDocument defaults() {
        return new SettingsDocument(CURRENT_SCHEMA_VERSION, "EUR", WorkingTimeSettings.defaults(),
                RateSettings.defaults(), ChannelSettings.defaults(), OverheadSettings.defaults(),
                FcrSettings.defaults(), AnomalySettings.defaults(), TieringSettings.defaults(),
                RoutingSettings.defaults(), RoiSettings.defaults(), BudgetSettings.defaults(),
                VisibilitySettings.defaults());
    }

    /** Only for a validated document. */
    public Currency currency() {
        return Currency.getInstance(baseCurrency);
    }

    /** The sections the cost calculation needs, together. */
    public CostingSettings costing() {
        return new CostingSettings(rates, channels, overhead);
    }
}
