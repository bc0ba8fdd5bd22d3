package io.balancepoint.store;

import static io.balancepoint.store.StoreFixtures.labour;
import static io.balancepoint.store.StoreFixtures.linesFor;
import static io.balancepoint.store.StoreFixtures.manual;
import static io.balancepoint.store.StoreFixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.store.testing.TestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketWriterBatchTest {

    abstract static class Contract extends StoreSuite {

        @Test
        void writingInBatchesStoresExactlyWhatWritingOneByOneStores() throws SQLException {
            List<List<TicketUpdate>> rounds = randomRounds(new Random(7), 5, 24);
            Node node = node();
            List<WriteResult> oneByOne = new ArrayList<>();
            for (List<TicketUpdate> round : rounds) {
                for (TicketUpdate update : round) {
                    oneByOne.add(node.writer().write(update.issueId(), update.computedLines(), update.facts()));
                }
            }
            Stored sequential = Stored.of(node, issues(1, 24));

            emptyStore();
            Node batched = Node.on(new EntityManagerStorage(manager()), TicketWriter.DEFAULT_MAX_ATTEMPTS, 7, 3);
            List<WriteResult> inBatches = new ArrayList<>();
            for (List<TicketUpdate> round : rounds) {
                inBatches.addAll(batched.writer().writeAll(round));
            }

            assertThat(oneByOne).as("some writes change nothing, some change the lines only")
                    .anySatisfy(r -> assertThat(r.changed()).isFalse())
                    .anySatisfy(r -> assertThat(r.factsChanged()).isFalse());
            assertThat(inBatches).isEqualTo(oneByOne);
            Stored inBatchesStored = Stored.of(batched, issues(1, 24));
            assertThat(inBatchesStored.rollups()).isNotEmpty();
            assertThat(inBatchesStored).isEqualTo(sequential);
            assertRollupsEqualARebuild(batched);
        }

        @Test
        void aBatchWrittenTwiceChangesNothingTheSecondTime() {
            Node node = node();
            List<TicketUpdate> batch = randomRounds(new Random(11), 1, 12).get(0);
            node.writer().writeAll(batch);
            Stored before = Stored.of(node, issues(1, 12));
            FailingStorage recording = new FailingStorage(new EntityManagerStorage(manager()), (write, rows) -> null);

            List<WriteResult> again = Node.on(recording).writer().writeAll(batch);

            assertThat(again).hasSize(12).allSatisfy(result -> {
                assertThat(result.changed()).isFalse();
                assertThat(result.version()).isEqualTo(1);
                assertThat(result.attempts()).isEqualTo(1);
            });
            assertThat(recording.writes()).as("nothing was written").isEmpty();
            assertThat(Stored.of(node, issues(1, 12))).isEqualTo(before);
        }

        @Test
        void manualLinesSurviveBatchRecomputes() {
            Node node = node();
            node.writer().writeAll(List.of(
                    TicketUpdate.of(linesFor("71.25", "2.40"), resolved(1, "223.65")),
                    TicketUpdate.of(linesFor("10", "1"), resolved(2, "20.99"))));
            node.ledger().addManualLine(1, "SD", manual("m1", "150.00", "replacement mouse"));
            node.ledger().addManualLine(2, "SD", manual("m2", "9.99", "cable"));

            node.writer().writeAll(List.of(
                    TicketUpdate.of(List.of(), resolved(1, "150.00")),
                    TicketUpdate.of(List.of(labour("worklog:1", "80")), resolved(2, "89.99"))));

            assertThat(node.ledger().lines(1)).containsExactly(manual("m1", "150.00", "replacement mouse"));
            assertThat(node.ledger().lines(2)).containsExactly(labour("worklog:1", "80"), manual("m2", "9.99", "cable"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"createAll TicketFactsEntity", "deleteWhere CostLineEntity", "createAll CostLineEntity",
                "deleteWhere RollupEntity", "createAll RollupEntity"})
        void aFailureAnywhereInABatchLeavesNothingOfIt(String failingWrite) {
            Node node = node();
            node.writer().writeAll(LongStream.rangeClosed(1, 4).mapToObj(issue -> version(issue, 0)).toList());
            Stored before = Stored.of(node, issues(1, 6));
            FailingStorage failing = new FailingStorage(new EntityManagerStorage(manager()), (write, rows) ->
                    write.equals(failingWrite) ? new IllegalStateException("injected failure on " + write) : null);
            // Four tickets change (one becomes unresolved, one moves to another day), two are new.
            List<TicketUpdate> batch = List.of(version(1, 1), version(2, 2), version(3, 5), version(4, 3),
                    version(5, 0), version(6, 4));

            assertThatThrownBy(() -> Node.on(failing).writer().writeAll(batch))
                    .isInstanceOf(IllegalStateException.class).hasMessage("injected failure on " + failingWrite);

            assertThat(failing.writes()).as("the claims were written before the failure")
                    .startsWith("deleteWhere TicketFactsEntity");
            assertThat(Stored.of(node, issues(1, 6))).isEqualTo(before);
        }

        @Test
        void twoNodesWritingOverlappingBatchesEndWithRollupsEqualToARebuild() throws Exception {
            // Generous attempts: the test is about what is stored, not about how long the nodes fight.
            Node first = Node.on(new EntityManagerStorage(manager()), 50, 10, 3);
            Node second = Node.on(new EntityManagerStorage(target().openNode()), 50, 10, 3);
            int rounds = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> a = pool.submit(writeRounds(first, 1, 20, rounds, 0, start));
                Future<Integer> b = pool.submit(writeRounds(second, 11, 30, rounds, 3, start));
                start.countDown();
                assertThat(a.get() + b.get()).as("attempts").isGreaterThanOrEqualTo(40 * rounds);
            } finally {
                pool.shutdownNow();
            }

            for (long issue = 1; issue <= 30; issue++) {
                TicketFacts stored = first.facts().get(issue).orElseThrow().facts();
                long id = issue;
                TicketUpdate written = LongStream.range(0, VERSIONS).mapToObj(v -> version(id, (int) v))
                        .filter(v -> FactsStore.sameAsStored(v.facts(), stored)).findFirst()
                        .orElseThrow(() -> new AssertionError("stored facts of " + id + " are none of the written ones"));
                assertThat(first.ledger().lines(issue)).as("lines and facts of %s come from the same write", issue)
                        .containsExactlyInAnyOrderElementsOf(written.computedLines());
            }
            assertRollupsEqualARebuild(first);
        }

        @Test
        void aBatchThatKeepsLosingIsWrittenTicketByTicket() {
            Node node = node();
            node.writer().writeAll(LongStream.rangeClosed(1, 4).mapToObj(issue -> version(issue, 0)).toList());
            // Another node wins every claim that covers more than one ticket.
            FailingStorage contended = new FailingStorage(new EntityManagerStorage(manager()), (write, rows) ->
                    write.equals("createAll TicketFactsEntity") && rows.size() > 1
                            ? new ConcurrentChangeException("injected: another writer won") : null);
            List<TicketUpdate> updates = LongStream.rangeClosed(1, 4).mapToObj(issue -> version(issue, 1)).toList();

            List<WriteResult> results = Node.on(contended, 10, 100, 3).writer().writeAll(updates);

            assertThat(results).as("three batch transactions failed, then each ticket took one")
                    .extracting(WriteResult::attempts).containsExactly(4, 4, 4, 4);
            assertThat(results).extracting(WriteResult::version).containsOnly(2L);
            for (TicketUpdate update : updates) {
                assertThat(FactsStore.sameAsStored(node.facts().get(update.issueId()).orElseThrow().facts(), update.facts())).isTrue();
                assertThat(node.ledger().lines(update.issueId())).containsExactlyInAnyOrderElementsOf(update.computedLines());
            }
            assertRollupsEqualARebuild(node);
        }

        @Test
        void aTicketThatKeepsLosingHoldsBackOnlyItself() {
            Node node = node();
            FailingStorage hot = new FailingStorage(new EntityManagerStorage(manager()), (write, rows) ->
                    write.equals("createAll TicketFactsEntity") && rows.stream().anyMatch(row -> row.get("ISSUE_ID").equals(2L))
                            ? new ConcurrentChangeException("injected: issue 2 changed again") : null);
            TicketWriter writer = Node.on(hot, 4, 2, 2).writer();
            List<TicketUpdate> updates = LongStream.rangeClosed(1, 5).mapToObj(issue -> version(issue, 1)).toList();

            assertThatThrownBy(() -> writer.writeAll(updates)).isInstanceOfSatisfying(ContendedWriteException.class, e -> {
                assertThat(e.issueIds()).containsExactly(2L);
                assertThat(e).hasMessageContaining("after 6 attempts");
                assertThat(StorageFailures.isRetryable(e)).as("worth queueing again").isTrue();
            });

            assertThat(node.facts().getAll(issues(1, 5)).keySet()).containsExactlyInAnyOrder(1L, 3L, 4L, 5L);
            assertThat(node.ledger().lines(2)).isEmpty();
            assertRollupsEqualARebuild(node);
        }

        @Test
        void anIssueTwiceInOneCallIsRejectedBeforeAnythingIsWritten() {
            FailingStorage recording = new FailingStorage(new EntityManagerStorage(manager()), (write, rows) -> null);
            TicketWriter writer = Node.on(recording, 10, 2, 3).writer();

            assertThatThrownBy(() -> writer.writeAll(List.of(version(1, 0), version(2, 0), version(3, 0), version(1, 1))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issue 1 appears twice");
            assertThatThrownBy(() -> writer.writeAll(List.of(version(1, 0), version(2, 0),
                    TicketUpdate.of(List.of(manual("m1", "5", "n")), resolved(3, "5")))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("manual line manual:m1");

            assertThat(recording.writes()).isEmpty();
            assertThat(node().facts().getAll(issues(1, 3))).isEmpty();
        }

        @Test
        void aLongListIsWrittenInTransactionsOfBatchSizeWithResultsInItsOrder() {
            Node node = node();
            node.writer().writeAll(List.of(version(3, 0), version(8, 0)));
            FailingStorage recording = new FailingStorage(new EntityManagerStorage(manager()), (write, rows) -> null);
            List<TicketUpdate> updates = new ArrayList<>();
            for (long issue : new long[] {5, 3, 9, 1, 8, 2, 7, 4, 6, 10}) {
                updates.add(version(issue, 1));
            }

            List<WriteResult> results = Node.on(recording, 10, 4, 3).writer().writeAll(updates);

            assertThat(results).extracting(WriteResult::version).containsExactly(1L, 2L, 1L, 1L, 2L, 1L, 1L, 1L, 1L, 1L);
            assertThat(recording.writes()).as("one claim per transaction")
                    .filteredOn("createAll TicketFactsEntity"::equals).hasSize(3);
            assertThat(node.facts().getAll(issues(1, 10))).hasSize(10);
            assertRollupsEqualARebuild(node);
        }

        @Test
        void anEmptyListWritesNothing() {
            FailingStorage recording = new FailingStorage(new EntityManagerStorage(manager()), (write, rows) -> null);

            assertThat(Node.on(recording).writer().writeAll(List.of())).isEmpty();
            assertThat(recording.writes()).isEmpty();
        }

        private static Callable<Integer> writeRounds(Node node, long firstIssue, long lastIssue, int rounds, int offset,
                                                     CountDownLatch start) {
            return () -> {
                start.await();
                int attempts = 0;
                for (int round = 0; round < rounds; round++) {
                    List<TicketUpdate> updates = new ArrayList<>();
                    for (long issue = firstIssue; issue <= lastIssue; issue++) {
                        updates.add(version(issue, (int) ((round + offset + issue) % VERSIONS)));
                    }
                    for (WriteResult result : node.writer().writeAll(updates)) {
                        attempts += result.attempts();
                    }
                }
                return attempts;
            };
        }

        private void assertRollupsEqualARebuild(Node node) {
            List<RollupRow> incremental = node.rollups().readAll();
            node.rollups().rebuild(node.facts(), Optional.empty());
            assertThat(incremental).isEqualTo(node.rollups().readAll());
        }
    }

    private static final int VERSIONS = 6;

    /**
     * One of {@link #VERSIONS} states of a ticket: lines and matching facts. Versions differ in
     * amounts, lines, day of resolution and dimensions; version 5 is unresolved.
     */
    static TicketUpdate version(long issue, int v) {
        List<CostLine> lines = new ArrayList<>();
        for (int w = 0; w <= v % 3; w++) {
            lines.add(labour("worklog:" + (v + w), (10 + v) + "." + w + "5"));
        }
        Instant resolvedAt = v == 5 ? null : StoreFixtures.RESOLVED.plus(Duration.ofDays(v % 2));
        TicketFacts facts = StoreFixtures.facts(issue, "SD", resolvedAt, "Password reset", "email", "GOLD",
                v % 2 == 0 ? "L1" : "L2", v < 3 ? "bob" : "carol", (20 + v) + ".1" + v, v % 4 == 0 ? null : v,
                v % 3 == 0 ? FcrStatus.NOT_FCR : FcrStatus.FCR);
        return TicketUpdate.of(lines, facts);
    }

    /**
     * Rounds of updates of tickets 1..{@code tickets}, each round in a shuffled order: the first
     * round writes every ticket; later ones skip a quarter, send a quarter again unchanged, keep
     * the facts but change the lines of some, and change everything of the rest.
     */
    static List<List<TicketUpdate>> randomRounds(Random random, int rounds, int tickets) {
        Map<Long, TicketUpdate> last = new TreeMap<>();
        List<List<TicketUpdate>> all = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<TicketUpdate> updates = new ArrayList<>();
            for (long issue = 1; issue <= tickets; issue++) {
                TicketUpdate previous = last.get(issue);
                int choice = previous == null ? 4 : random.nextInt(5);
                TicketUpdate update = switch (choice) {
                    case 0 -> null;
                    case 1 -> previous;
                    case 2 -> new TicketUpdate(issue, StoreFixtures.randomLines(random), previous.facts());
                    default -> new TicketUpdate(issue, StoreFixtures.randomLines(random), StoreFixtures.randomFacts(random, issue));
                };
                if (update != null) {
                    updates.add(update);
                    last.put(issue, update);
                }
            }
            Collections.shuffle(updates, random);
            all.add(updates);
        }
        return all;
    }

    static List<Long> issues(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    /** Everything stored about some tickets: facts with versions, all lines, and every rollup. */
    record Stored(Map<Long, Optional<VersionedFacts>> facts, Map<Long, List<CostLine>> lines, List<RollupRow> rollups) {

        static Stored of(StoreSuite.Node node, List<Long> issues) {
            Map<Long, Optional<VersionedFacts>> facts = new TreeMap<>();
            Map<Long, List<CostLine>> lines = new TreeMap<>();
            for (long issue : issues) {
                facts.put(issue, node.facts().get(issue));
                lines.put(issue, node.ledger().lines(issue));
            }
            return new Stored(facts, lines, node.rollups().readAll());
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
