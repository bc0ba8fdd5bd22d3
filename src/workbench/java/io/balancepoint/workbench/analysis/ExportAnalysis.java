package io.balancepoint.workbench.analysis;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ingest.TicketComputation;
import io.balancepoint.metrics.Dimension;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.FactAggregation;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.metrics.PeriodMetrics;
import io.balancepoint.metrics.UnallocatedOverhead;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.tiering.CustomerActivityCollector;
import io.balancepoint.tiering.CustomerRequest;
import io.balancepoint.tiering.CustomerTierResolver;
import io.balancepoint.tiering.MonetarySource;
import io.balancepoint.tiering.RfmScorer;
import io.balancepoint.tiering.RfmScores;
import io.balancepoint.tiering.RfmSettings;
import io.balancepoint.tiering.TieringSettings;
import io.balancepoint.time.Granularity;
import io.balancepoint.time.Period;
import io.balancepoint.workbench.jsm.JsmExport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.stream.Stream;

/**
 * Analyses an export the way the product would have costed it, without a server or a database:
 * customer tiers (override, organisation, RFM over the export's own requests, default), each ticket's
 * cost lines and facts with the settings, and the monthly metrics of every project. Tickets have no
 * manual cost lines and no support tier (nothing was routed by Balance Point).
 */
public final class ExportAnalysis {

    /** The analysis: one facts row per ticket (export order) and one metrics row per project and month. */
    public record Report(Instant asOf, List<TicketFacts> facts, List<MonthlyProjectMetrics> monthly) {
    }

    private ExportAnalysis() {
    }

    /**
     * @param settings a valid settings document
     * @param now      the moment of the analysis (provisional FCR, RFM recency); usually when the export was taken
     */
    public static Report analyse(JsmExport export, SettingsDocument settings, Instant now) {
        ZoneId zone = settings.workingTime().zone();
        RfmScores rfm = rfmScores(export, settings.tiering(), now.atZone(zone).toLocalDate(), zone);
        TicketComputation computation = new TicketComputation(settings);
        List<TicketFacts> facts = new ArrayList<>();
        try (Stream<SourcedTicket> tickets = export.tickets()) {
            tickets.forEach(ticket -> {
                TicketSnapshot t = ticket.snapshot();
                String tier = CustomerTierResolver.resolve(t.customerKey(), t.organisation(), settings.tiering(), rfm).tier();
                facts.add(computation.compute(t, List.of(), tier, now).facts());
            });
        }
        return new Report(now, List.copyOf(facts), monthly(facts, settings));
    }

    /** RFM over the export's requests as of {@code asOf}, valued by the configured monetary source; none when RFM is off. */
    private static RfmScores rfmScores(JsmExport export, TieringSettings tiering, LocalDate asOf, ZoneId zone) {
        RfmSettings rfm = tiering.rfm();
        if (!rfm.enabled()) {
            return RfmScores.none(asOf);
        }
        CustomerActivityCollector collector = new CustomerActivityCollector(rfm, asOf, zone);
        try (Stream<SourcedTicket> tickets = export.tickets()) {
            tickets.map(SourcedTicket::snapshot).forEach(t ->
                    collector.add(new CustomerRequest(t.issueId(), t.customerKey(), t.organisation(), t.created())));
        }
        Map<String, BigDecimal> values = rfm.monetary().kind() == MonetarySource.Kind.ORGANISATION_ATTRIBUTE
                ? export.organisationAttributes().values(rfm.monetary().attributeName()) : Map.of();
        return RfmScorer.score(collector.activities(values), asOf, rfm);
    }

    /** Resolved tickets by calendar month of their latest resolution and project, with the project's unallocated overhead. */
    private static List<MonthlyProjectMetrics> monthly(List<TicketFacts> facts, SettingsDocument settings) {
        FactAggregation aggregation = new FactAggregation(settings.currency(), settings.workingTime().zone(), DimensionFilter.all());
        NavigableMap<Period, NavigableMap<String, FactMeasures>> groups =
                aggregation.byPeriodAndDimension(facts, Granularity.MONTH, Dimension.PROJECT);
        List<MonthlyProjectMetrics> rows = new ArrayList<>();
        groups.forEach((month, byProject) -> byProject.forEach((project, measures) -> {
            UnallocatedOverhead overhead = UnallocatedOverhead.forProject(settings.overhead(), project, settings.currency());
            rows.add(new MonthlyProjectMetrics(month.label(), project, PeriodMetrics.of(measures, overhead.forPeriod(month))));
        }));
        return List.copyOf(rows);
    }
}
