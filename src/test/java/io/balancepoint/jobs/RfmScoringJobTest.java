package io.balancepoint.jobs;

import static io.balancepoint.ticket.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.JobState;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import io.balancepoint.tiering.CustomerActivity;
import io.balancepoint.tiering.CustomerTier;
import io.balancepoint.tiering.MonetarySource;
import io.balancepoint.tiering.RfmScorer;
import io.balancepoint.tiering.RfmScores;
import io.balancepoint.tiering.RfmSettings;
import io.balancepoint.tiering.RfmTierLookup;
import io.balancepoint.tiering.TierSource;
import io.balancepoint.tiering.TieringSettings;
import io.balancepoint.ticket.TicketSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RfmScoringJobTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static SettingsDocument withRfm(RfmSettings rfm) {
        SettingsDocument d = SettingsDocument.defaults();
        TieringSettings t = d.tiering();
        TieringSettings tiering = new TieringSettings(t.tiers(), t.defaultTier(), t.customerOverrides(), t.organisationTiers(), rfm);
        return new SettingsDocument(d.schemaVersion(), d.baseCurrency(), d.workingTime(), d.rates(), d.channels(),
                d.overhead(), d.fcr(), d.anomalies(), tiering, d.routing(), d.roi(), d.budgets(), d.visibility());
    }

    abstract static class Contract extends JobsSuite {

        long nextId = 1;

        void requests(String customer, int count, String latestDay) {
            Instant latest = Instant.parse(latestDay + "T10:00:00Z");
            for (int i = 0; i < count; i++) {
                Instant created = latest.minusSeconds(86_400L * 3 * i);
                source.put(ticket(nextId++, customer, 600, created, created.plusSeconds(3600)), created.plusSeconds(3600));
            }
        }

        StoreNode computedPopulation() {
            StoreNode node = node();
            nextId = 1;
            requests("ann", 5, "2026-03-19");
            requests("ben", 3, "2026-03-01");
            requests("cid", 1, "2025-06-01");
            requests("dee", 2, "2026-02-15");
            requests("eve", 1, "2026-03-18");
            requests("old", 1, "2024-01-01");
            runner(node, "node-1").runNow(new BackfillJob(source, recomputer(node), queue, 50, false));
            return node;
        }

        @Test
        void everyActiveCustomerIsScoredFromTheStoredFactsAndEveryNodeReadsTheScores() {
            StoreNode node = computedPopulation();

            JobState end = runner(node, "node-1").runNow(new RfmScoringJob(node.requests(), node.rfm(),
                    new SettingsInForce(node.settings()), attribute -> Map.of())).orElseThrow();

            // No customer values are configured, so every monetary value is 0.
            RfmScores expected = RfmScorer.score(List.of(
                    new CustomerActivity("ann", LocalDate.of(2026, 3, 19), 5, BigDecimal.ZERO),
                    new CustomerActivity("ben", LocalDate.of(2026, 3, 1), 3, BigDecimal.ZERO),
                    new CustomerActivity("cid", LocalDate.of(2025, 6, 1), 1, BigDecimal.ZERO),
                    new CustomerActivity("dee", LocalDate.of(2026, 2, 15), 2, BigDecimal.ZERO),
                    new CustomerActivity("eve", LocalDate.of(2026, 3, 18), 1, BigDecimal.ZERO)),
                    TODAY, RfmSettings.defaults());
            assertThat(end.message()).isEqualTo("5 customers scored as of 2026-03-20");
            StoreNode other = otherNode();
            for (String customer : List.of("ann", "ben", "cid", "dee", "eve")) {
                assertThat(other.rfm().scoresOf(customer).all()).as(customer).isEqualTo(expected.of(customer).stream().toList());
                assertThat(other.rfm().scoresOf(customer).asOf()).isEqualTo(TODAY);
            }
            assertThat(other.rfm().scoresOf("old").all()).as("outside the look-back window").isEmpty();
            assertThat(other.rfm().count()).isEqualTo(5);
            assertThat(other.rfm().scoredOn()).hasValue(TODAY);

            RfmTierLookup lookup = new RfmTierLookup(other.rfm());
            TieringSettings tiering = SettingsDocument.defaults().tiering();
            CustomerTier ann = lookup.tierOf(ticket(99, "ann", 0, Instant.parse("2026-03-20T07:00:00Z"), null), tiering);
            assertThat(ann.source()).isEqualTo(TierSource.RFM);
            assertThat(ann.tier()).isEqualTo(tiering.rfm().tierFor(expected.of("ann").orElseThrow().sum()).orElseThrow());
            assertThat(lookup.tierOf(ticket(98, "old", 0, Instant.parse("2026-03-20T07:00:00Z"), null), tiering).source())
                    .isEqualTo(TierSource.DEFAULT);

            // A recompute batch reads all its customers at once: the same answers as one at a time.
            List<String> customers = new ArrayList<>(List.of("ann", "ben", "cid", "dee", "eve", "old", "ann"));
            customers.add(null);
            Map<String, RfmScores> batch = other.rfm().scoresOfAll(customers);
            assertThat(batch).containsOnlyKeys("ann", "ben", "cid", "dee", "eve", "old");
            batch.forEach((customer, scores) -> {
                assertThat(scores.all()).as(customer).isEqualTo(other.rfm().scoresOf(customer).all());
                assertThat(scores.asOf()).as(customer).isEqualTo(other.rfm().scoresOf(customer).asOf());
            });
            List<TicketSnapshot> tickets = List.of(ticket(97, "ann", 0, Instant.parse("2026-03-20T07:00:00Z"), null),
                    ticket(96, "old", 0, Instant.parse("2026-03-20T07:00:00Z"), null),
                    ticket(95, "dee", 0, Instant.parse("2026-03-20T07:00:00Z"), null),
                    ticket(94, null, 0, Instant.parse("2026-03-20T07:00:00Z"), null));
            Map<Long, CustomerTier> tiers = lookup.tiersOf(tickets, tiering);
            assertThat(tiers).hasSize(4);
            tickets.forEach(t -> assertThat(tiers.get(t.issueId())).as(t.issueKey()).isEqualTo(lookup.tierOf(t, tiering)));
        }

        @Test
        void aLaterRunReplacesThePopulation() {
            StoreNode node = computedPopulation();
            JobRunner runner = runner(node, "node-1");
            RfmScoringJob job = new RfmScoringJob(node.requests(), node.rfm(), new SettingsInForce(node.settings()),
                    attribute -> Map.of());
            runner.runNow(job);

            clock.advance(Duration.ofDays(300));
            runner.runNow(job);

            // 300 days later cid's only request (2025-06-01) has left the 365-day window.
            assertThat(node.rfm().scoresOf("cid").all()).isEmpty();
            assertThat(node.rfm().scoresOf("ann").asOf()).isEqualTo(TODAY.plusDays(300));
            assertThat(node.rfm().count()).isEqualTo(4);
        }

        @Test
        void organisationValuesAreReadForTheConfiguredAttribute() {
            StoreNode node = computedPopulation();
            RfmSettings d = RfmSettings.defaults();
            node.settings().save(withRfm(new RfmSettings(true, d.lookbackDays(), MonetarySource.organisationAttribute("revenue"),
                    d.thresholds())), 0, "admin", null, NOW);
            List<String> asked = new ArrayList<>();

            runner(node, "node-1").runNow(new RfmScoringJob(node.requests(), node.rfm(), new SettingsInForce(node.settings()),
                    attribute -> {
                        asked.add(attribute);
                        return Map.of("Acme", new BigDecimal("250000"));
                    }));

            assertThat(asked).containsExactly("revenue");
            assertThat(node.rfm().scoresOf("ann").all()).singleElement()
                    .satisfies(s -> assertThat(s.monetaryValue()).isEqualByComparingTo("250000"));
        }

        @Test
        void withRfmOffNothingIsScored() {
            StoreNode node = computedPopulation();
            RfmSettings d = RfmSettings.defaults();
            node.settings().save(withRfm(new RfmSettings(false, d.lookbackDays(), d.monetary(), d.thresholds())), 0, "admin",
                    null, NOW);

            JobState end = runner(node, "node-1").runNow(new RfmScoringJob(node.requests(), node.rfm(),
                    new SettingsInForce(node.settings()), attribute -> Map.of())).orElseThrow();

            assertThat(end.message()).isEqualTo("RFM scoring is off; stored scores left as they are");
            assertThat(node.rfm().count()).isZero();
        }
    }

    @Nested
    class OnHsqldb extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.HSQLDB;
        }
    }

    @Nested
    class OnPostgresql extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.POSTGRESQL;
        }
    }

    @Nested
    class OnMariadb extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.MARIADB;
        }
    }
}
