package io.balancepoint.store;

import static io.balancepoint.store.StoreFixtures.contact;
import static io.balancepoint.store.StoreFixtures.labour;
import static io.balancepoint.store.StoreFixtures.linesFor;
import static io.balancepoint.store.StoreFixtures.manual;
import static io.balancepoint.store.StoreFixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.store.ao.RollupEntity;
import io.balancepoint.store.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TicketWriterTest {

    abstract static class Contract extends StoreSuite {

        @Test
        void writingTheSameLinesAndFactsAgainChangesNothing() {
            Node node = node();
            WriteResult first = node.writer().write(1, linesFor("71.25", "2.40"), resolved(1, "73.65"));
            List<CostLine> lines = node.ledger().lines(1);
            List<RollupRow> rollups = node.rollups().readAll();

            WriteResult second = node.writer().write(1, linesFor("71.25", "2.40"), resolved(1, "73.65"));

            assertThat(first.changed()).isTrue();
            assertThat(first.version()).isEqualTo(1);
            assertThat(second.changed()).isFalse();
            assertThat(second.version()).isEqualTo(1);
            assertThat(node.facts().get(1)).hasValue(new VersionedFacts(resolved(1, "73.65"), 1));
            assertThat(node.ledger().lines(1)).isEqualTo(lines);
            assertThat(node.rollups().readAll()).isEqualTo(rollups).filteredOn(r -> r.key().isTotal() && r.key().grain() == RollupGrain.DAY).singleElement()
                    .satisfies(r -> assertThat(r.measures().resolved()).isEqualTo(1));
        }

        @Test
        void aRecomputeReplacesLinesFactsAndRollupContribution() {
            Node node = node();
            node.writer().write(1, linesFor("71.25", "2.40"), resolved(1, "73.65"));

            WriteResult result = node.writer().write(1, List.of(labour("worklog:1", "80")), resolved(1, "80"));

            assertThat(result.version()).isEqualTo(2);
            assertThat(result.ledger().updated()).hasSize(1);
            assertThat(result.ledger().removed()).extracting(CostLine::sourceKey).containsExactly("contact:comment:7");
            assertThat(node.rollups().readAll()).hasSize(12) // its day's and its month's six rows
                    .allSatisfy(r -> assertThat(r.measures()).isEqualTo(FactMeasures.of(resolved(1, "80"))));
        }

        @Test
        void changedLinesWithUnchangedFactsStillClaimTheTicket() {
            Node node = node();
            node.writer().write(1, linesFor("71.25", "2.40"), resolved(1, "73.65"));

            WriteResult result = node.writer().write(1, List.of(labour("worklog:1", "71.25"), contact("contact:comment:8", "2.40")),
                    resolved(1, "73.65"));

            assertThat(result.factsChanged()).isFalse();
            assertThat(result.changed()).isTrue();
            assertThat(result.version()).isEqualTo(2);
        }

        @Test
        void manualLinesSurviveRecomputes() {
            Node node = node();
            node.writer().write(1, linesFor("71.25", "2.40"), resolved(1, "223.65"));
            node.ledger().addManualLine(1, "SD", manual("m1", "150.00", "replacement mouse"));

            node.writer().write(1, List.of(), resolved(1, "150.00"));

            assertThat(node.ledger().lines(1)).containsExactly(manual("m1", "150.00", "replacement mouse"));
        }

        @Test
        void aFailureAfterTheLinesAreWrittenLeavesNothingOfTheWrite() {
            Node node = node();
            node.writer().write(1, linesFor("71.25", "2.40"), resolved(1, "73.65"));
            List<CostLine> lines = node.ledger().lines(1);
            List<RollupRow> rollups = node.rollups().readAll();
            FailingStorage failing = new FailingStorage(new EntityManagerStorage(manager()), RollupEntity.class);

            TicketFacts moved = StoreFixtures.facts(1, "SD", StoreFixtures.RESOLVED.plus(Duration.ofDays(3)), "VPN", "chat",
                    "GOLD", "L2", "carol", "90", 2, FcrStatus.NOT_FCR);
            assertThatThrownBy(() -> Node.on(failing).writer().write(1, List.of(labour("worklog:1", "90")), moved))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("injected");

            assertThat(failing.writes()).as("the lines were written before the failure")
                    .containsSubsequence("createAll TicketFactsEntity", "deleteWhere CostLineEntity", "createAll CostLineEntity");
            assertThat(node.facts().get(1)).hasValue(new VersionedFacts(resolved(1, "73.65"), 1));
            assertThat(node.ledger().lines(1)).isEqualTo(lines);
            assertThat(node.rollups().readAll()).isEqualTo(rollups);
        }

        @Test
        void aFailedFirstWriteLeavesNoTrace() {
            FailingStorage failing = new FailingStorage(new EntityManagerStorage(manager()), RollupEntity.class);

            assertThatThrownBy(() -> Node.on(failing).writer().write(1, linesFor("71.25", "2.40"), resolved(1, "73.65")))
                    .isInstanceOf(IllegalStateException.class);

            Node node = node();
            assertThat(node.facts().get(1)).isEmpty();
            assertThat(node.ledger().lines(1)).isEmpty();
            assertThat(node.rollups().readAll()).isEmpty();
        }

        @Test
        void removingAnIssueTakesItsLinesFactsAndContributionAway() {
            Node node = node();
            node.writer().write(1, linesFor("71.25", "2.40"), resolved(1, "73.65"));
            node.writer().write(2, linesFor("10", "1"), resolved(2, "11"));
            node.ledger().addManualLine(1, "SD", manual("m1", "5", "n"));

            assertThat(node.writer().remove(1)).isTrue();
            assertThat(node.writer().remove(1)).isFalse();

            assertThat(node.facts().get(1)).isEmpty();
            assertThat(node.ledger().lines(1)).isEmpty();
            assertThat(node.rollups().readAll()).hasSize(12) // its day's and its month's six rows
                    .allSatisfy(r -> assertThat(r.measures()).isEqualTo(FactMeasures.of(resolved(2, "11"))));
        }

        @Test
        void factsOfAnotherIssueAreRejected() {
            assertThatThrownBy(() -> node().writer().write(2, List.of(), resolved(1, "1")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void twoNodesWritingTheSameTicketsNeverCountAChangeTwice() throws Exception {
            Node first = node();
            Node second = otherNode();
            List<Version> versions = new ArrayList<>();
            for (int v = 0; v < 6; v++) {
                versions.add(version(v));
            }
            int rounds = 15;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> a = pool.submit(writeRounds(first, versions, rounds, 0, start));
                Future<Integer> b = pool.submit(writeRounds(second, versions, rounds, 3, start));
                start.countDown();
                int attempts = a.get() + b.get();
                assertThat(attempts).isGreaterThanOrEqualTo(4 * rounds);
            } finally {
                pool.shutdownNow();
            }

            for (long issue = 1; issue <= 2; issue++) {
                TicketFacts stored = first.facts().get(issue).orElseThrow().facts();
                Version written = versions.stream().filter(v -> FactsStore.sameAsStored(v.facts(stored.issueId()), stored))
                        .findFirst().orElseThrow(() -> new AssertionError("stored facts are none of the written ones"));
                assertThat(first.ledger().lines(issue)).as("lines and facts come from the same write")
                        .containsExactlyInAnyOrderElementsOf(written.lines());
            }
            List<RollupRow> incremental = first.rollups().readAll();
            first.rollups().rebuild(first.facts(), Optional.empty());
            assertThat(incremental).isNotEmpty().isEqualTo(first.rollups().readAll());
        }

        @Test
        void incrementalRollupsEqualARebuildAfterAnySequenceOfWrites() {
            Node node = node();
            for (long seed = 1; seed <= 3; seed++) {
                Random random = new Random(seed);
                Map<Long, TicketFacts> expectedFacts = new HashMap<>();
                for (int step = 0; step < 40; step++) {
                    long issue = 100 * seed + random.nextInt(6);
                    if (random.nextInt(10) == 0) {
                        node.writer().remove(issue);
                        expectedFacts.remove(issue);
                        continue;
                    }
                    TicketFacts facts = StoreFixtures.randomFacts(random, issue);
                    List<CostLine> lines = StoreFixtures.randomLines(random);
                    node.writer().write(issue, lines, facts);
                    expectedFacts.put(issue, facts);
                    assertThat(node.ledger().lines(issue)).containsExactlyInAnyOrderElementsOf(lines);
                }
                expectedFacts.forEach((issue, facts) ->
                        assertThat(FactsStore.sameAsStored(node.facts().get(issue).orElseThrow().facts(), facts)).isTrue());

                List<RollupRow> incremental = node.rollups().readAll();
                node.rollups().rebuild(node.facts(), Optional.empty());
                assertThat(incremental).as("seed " + seed).isNotEmpty().isEqualTo(node.rollups().readAll());
            }
        }

        private static Callable<Integer> writeRounds(Node node, List<Version> versions, int rounds, int offset,
                                                     CountDownLatch start) {
            return () -> {
                start.await();
                int attempts = 0;
                for (int round = 0; round < rounds; round++) {
                    for (long issue = 1; issue <= 2; issue++) {
                        Version v = versions.get((int) ((round + offset + issue) % versions.size()));
                        attempts += node.writer().write(issue, v.lines(), v.facts(issue)).attempts();
                    }
                }
                return attempts;
            };
        }

        /** One possible state of a ticket: lines and the matching facts. */
        private record Version(List<CostLine> lines, Instant resolvedAt, String supportTier, String resolvedBy,
                               String total, Integer csat, FcrStatus fcr) {

            TicketFacts facts(long issue) {
                return StoreFixtures.facts(issue, "SD", resolvedAt, "Password reset", "email", "GOLD", supportTier,
                        resolvedBy, total, csat, resolvedAt == null ? FcrStatus.OPEN : fcr);
            }
        }

        private static Version version(int v) {
            List<CostLine> lines = new ArrayList<>();
            for (int w = 0; w <= v % 3; w++) {
                lines.add(labour("worklog:" + (v + w), (10 + v) + "." + w + "5"));
            }
            Instant resolvedAt = v == 5 ? null : StoreFixtures.RESOLVED.plus(Duration.ofDays(v % 2));
            return new Version(List.copyOf(lines), resolvedAt, v % 2 == 0 ? "L1" : "L2", v < 3 ? "bob" : "carol",
                    (20 + v) + ".1" + v, v % 4 == 0 ? null : v, v % 3 == 0 ? FcrStatus.NOT_FCR : FcrStatus.FCR);
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
