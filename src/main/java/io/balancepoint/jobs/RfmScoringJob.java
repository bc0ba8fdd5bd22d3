package io.balancepoint.jobs;

import io.balancepoint.ingest.PreparedSettings;
import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.store.CustomerRequestScan;
import io.balancepoint.store.JobProgress;
import io.balancepoint.store.RfmScoreStore;
import io.balancepoint.tiering.CustomerActivity;
import io.balancepoint.tiering.CustomerActivityCollector;
import io.balancepoint.tiering.MonetarySource;
import io.balancepoint.tiering.OrganisationAttributes;
import io.balancepoint.tiering.RfmScorer;
import io.balancepoint.tiering.RfmScores;
import io.balancepoint.tiering.RfmSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores every customer by RFM (SPEC §3) from the stored ticket facts of the look-back window and
 * replaces the stored scores, which the tier lookup of every node reads. Once a day per cluster is
 * enough: scores move by days. Tickets take the new tiers when they are next recomputed; the
 * scoring does not requeue them (a tier is what the customer had when the ticket was computed).
 */
public final class RfmScoringJob implements Job {

    public static final String NAME = "rfm-scoring";

    private final CustomerRequestScan requests;
    private final RfmScoreStore scores;
    private final SettingsInForce settings;
    private final OrganisationAttributes organisations;

    public RfmScoringJob(CustomerRequestScan requests, RfmScoreStore scores, SettingsInForce settings,
                         OrganisationAttributes organisations) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.scores = Objects.requireNonNull(scores, "scores");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobProgress execute(JobRun run) {
        PreparedSettings prepared = settings.refresh();
        RfmSettings rfm = prepared.document().tiering().rfm();
        ZoneId zone = prepared.document().workingTime().zone();
        LocalDate asOf = run.now().atZone(zone).toLocalDate();
        if (!rfm.enabled()) {
            return new JobProgress(0, 0, null, "RFM scoring is off; stored scores left as they are");
        }
        CustomerActivityCollector collector = new CustomerActivityCollector(rfm, asOf, zone);
        requests.forEachCreated(collector.windowStart(), collector.windowEnd(), collector::add);
        Map<String, BigDecimal> values = rfm.monetary().kind() == MonetarySource.Kind.ORGANISATION_ATTRIBUTE
                ? organisations.values(rfm.monetary().attributeName()) : Map.of();
        List<CustomerActivity> population = collector.activities(values);
        RfmScores scored = RfmScorer.score(population, asOf, rfm);
        int stored = scores.replaceAll(scored);
        return new JobProgress(stored, stored, null, stored + " customers scored as of " + asOf);
    }
}
