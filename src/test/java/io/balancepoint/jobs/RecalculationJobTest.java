package io.balancepoint.jobs;

import static io.balancepoint.ticket.TestTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.money.Money;
import io.balancepoint.rates.RateEntry;
import io.balancepoint.rates.RateKind;
import io.balancepoint.rates.RateSettings;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.AuditAction;
import io.balancepoint.store.AuditEntry;
import io.balancepoint.store.AuditRecord;
import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStatus;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecalculationJobTest {

    static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
    static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 1);

    /** The default rate rises from 40.00 to 60.00 on 2026-01-01. */
    static SettingsDocument rateRiseInJanuary() {
        SettingsDocument d = SettingsDocument.defaults();
        RateSettings rates = new RateSettings(List.of(
                new RateEntry(RateKind.DEFAULT, null, new BigDecimal("40.00"), RateSettings.DEFAULTS_FROM, JANUARY, null),
                new RateEntry(RateKind.DEFAULT, null, new BigDecimal("60.00"), JANUARY, null, "2026 pay round")), List.of());
        return new SettingsDocument(d.schemaVersion(), d.baseCurrency(), d.workingTime(), rates, d.channels(),
                d.overhead(), d.fcr(), d.anomalies(), d.tiering(), d.routing(), d.roi(), d.budgets(), d.visibility());
    }

    @Test
    void aRequestReportsEveryProblemOfItsInput() {
        assertThatThrownBy(() -> RecalculationRequest.of(null, JANUARY, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("from", "is required"), new Problem("actor", "is required: who recalculates is audited")));
        assertThatThrownBy(() -> RecalculationRequest.of(FEBRUARY, JANUARY, "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("until", "must be after from (2026-02-01)")));
        assertThat(RecalculationRequest.of(JANUARY, null, "admin").days().isOpenEnded()).isTrue();
    }

    abstract static class Contract extends JobsSuite {

        static Instant at(String day) {
            return Instant.parse(day + "T09:00:00Z");
        }

        /** Computes five tickets with the default 40.00/h, then saves the January rate rise. */
        StoreNode ticketsComputedBeforeTheRateRise() {
            StoreNode node = node();
            // resolved in January, worked in January
            source.put(ticket(1, "c1", 3600, at("2026-01-05"), at("2026-01-06")), at("2026-01-06"));
            // resolved in March
            source.put(ticket(2, "c2", 3600, at("2026-03-02"), at("2026-03-03")), at("2026-03-03"));
            // open, worked in January
            source.put(ticket(3, "c3", 1800, at("2026-01-20"), null), at("2026-01-20"));
            // resolved in February
            source.put(ticket(4, "c4", 3600, at("2026-02-02"), at("2026-02-03")), at("2026-02-03"));
            // worked in December, resolved in January
            source.put(ticket(5, "c5", 3600, at("2025-12-10"), at("2026-01-10")), at("2026-01-10"));
            runner(node, "node-1").runNow(new BackfillJob(source, recomputer(node), queue, 10, false));
            assertThat(node.facts().get(1).orElseThrow().facts().totalCost()).isEqualTo(Money.of("41.15", "EUR"));
            node.settings().save(rateRiseInJanuary(), 0, "finance", "2026 pay round", NOW);
            return node;
        }

        RecalculationJob recalculation(StoreNode node, int pageSize) {
            return new RecalculationJob(node.scope(), recomputer(node), node.audit(),
                    RecalculationRequest.of(JANUARY, FEBRUARY, "finance"), pageSize);
        }

        @Test
        void aRateChangeIsAppliedToTheTicketsOfTheRangeAndAudited() {
            StoreNode node = ticketsComputedBeforeTheRateRise();
            clock.advance(Duration.ofMinutes(5));

            JobState end = runner(node, "node-1").runNow(recalculation(node, 2)).orElseThrow();

            // 1: 1 h at 60.00 + 1.15 contact; 3: 0.5 h at 60.00 + 1.15; 5: worked in December, still 40.00.
            assertThat(total(node, 1)).isEqualTo(Money.of("61.15", "EUR"));
            assertThat(total(node, 3)).isEqualTo(Money.of("31.15", "EUR"));
            assertThat(total(node, 5)).isEqualTo(Money.of("41.15", "EUR"));
            assertThat(total(node, 2)).as("outside the range: the rate change does not rewrite it by itself")
                    .isEqualTo(Money.of("41.15", "EUR"));
            assertThat(total(node, 4)).isEqualTo(Money.of("41.15", "EUR"));

            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(end.message()).isEqualTo("2 of 3 tickets changed; total cost EUR 103.45 -> EUR 133.45");
            List<AuditRecord> log = node.audit().page(0, 10);
            assertThat(log).extracting(r -> r.entry().action()).containsExactly(
                    AuditAction.RECALCULATION, AuditAction.RECALCULATION_STARTED, AuditAction.SETTINGS_CHANGE);
            AuditEntry done = log.get(0).entry();
            assertThat(done.actor()).isEqualTo("finance");
            assertThat(done.at()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
            assertThat(done.subject()).isEqualTo("[2026-01-01, 2026-02-01)");
            assertThat(done.totalBefore()).isEqualTo(Money.of("103.45", "EUR"));
            assertThat(done.totalAfter()).isEqualTo(Money.of("133.45", "EUR"));
            assertThat(done.details().get("ticketsRecomputed").asLong()).isEqualTo(3);
            assertThat(done.details().get("ticketsChanged").asLong()).isEqualTo(2);
            assertThat(done.details().get("ticketsFailed").asLong()).isZero();
            assertThat(done.details().get("settingsRevision").asLong()).isEqualTo(1);
            assertThat(done.details().get("outcome").asText()).isEqualTo("DONE");
            assertThat(done.details().get("until").asText()).isEqualTo("2026-02-01");
            assertThat(log.get(1).entry().totalBefore()).as("the start entry has no totals yet").isNull();
        }

        @Test
        void runningItAgainChangesNothingMore() {
            StoreNode node = ticketsComputedBeforeTheRateRise();
            JobRunner runner = runner(node, "node-1");
            runner.runNow(recalculation(node, 10));

            JobState again = runner.runNow(recalculation(node, 10)).orElseThrow();

            assertThat(again.message()).isEqualTo("0 of 3 tickets changed; total cost EUR 133.45 -> EUR 133.45");
            assertThat(node.audit().page(0, 1).get(0).entry().totalBefore()).isEqualTo(Money.of("133.45", "EUR"));
        }

        @Test
        void aCancelledRecalculationIsAuditedWithWhatItDid() {
            StoreNode node = ticketsComputedBeforeTheRateRise();
            JobRunner runner = runner(node, "node-1");
            source.afterRead(id -> runner.cancel(RecalculationJob.NAME));

            JobState end = runner.runNow(recalculation(node, 1)).orElseThrow();

            assertThat(end.status()).isEqualTo(JobStatus.CANCELLED);
            AuditEntry entry = node.audit().page(0, 1).get(0).entry();
            assertThat(entry.action()).isEqualTo(AuditAction.RECALCULATION);
            assertThat(entry.details().get("outcome").asText()).isEqualTo("CANCELLED");
            assertThat(entry.details().get("ticketsRecomputed").asLong()).isEqualTo(1);
            assertThat(entry.totalBefore()).isEqualTo(Money.of("41.15", "EUR"));
            assertThat(entry.totalAfter()).isEqualTo(Money.of("61.15", "EUR"));
            assertThat(total(node, 3)).as("not reached").isEqualTo(Money.of("21.15", "EUR"));
        }

        @Test
        void aFailingTicketIsCountedAndTheRestIsRecalculated() {
            StoreNode node = ticketsComputedBeforeTheRateRise();
            source.failReads(id -> id == 3);

            JobState end = runner(node, "node-1").runNow(recalculation(node, 10)).orElseThrow();

            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            assertThat(end.message()).isEqualTo("1 of 2 tickets changed; total cost EUR 82.30 -> EUR 102.30; 1 failed");
            assertThat(node.audit().page(0, 1).get(0).entry().details().get("ticketsFailed").asLong()).isEqualTo(1);
        }

        private static Money total(StoreNode node, long issueId) {
            return node.facts().get(issueId).orElseThrow().facts().totalCost();
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
