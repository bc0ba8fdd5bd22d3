package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Stores the results of recomputing tickets: their computed cost lines, their facts, and the change
 * to the day rollups, for many tickets in one transaction, all or nothing.
 *
 * <p>The facts row doubles as the ticket's lock: a write first replaces it conditionally on the
 * version it read ({@link FactsStore#putAll}), so of two nodes writing the same ticket the second
 * fails before touching lines or rollups and retries from a fresh read. Its rollup delta is then
 * computed against what the first one wrote, so no change is counted twice. Tickets whose lines and
 * facts are already stored as given are not written at all.
 *
 * <p>A batch costs a fixed number of statements whatever its size: one read of the facts, one of
 * the lines, one of the affected rollups, then one DELETE and one batch of INSERTs per table, and one
 * commit. A batch that keeps losing to other writers is retried a few times as a whole and then
 * written ticket by ticket, so one contended ticket delays only itself.
 *
 * <p>Must be called outside any transaction: a retry needs a transaction of its own.
 */
public final class TicketWriter {

    /** Attempts of one ticket before giving up when other writers keep winning. */
    public static final int DEFAULT_MAX_ATTEMPTS = 10;
    /** Most tickets written in one transaction. */
    public static final int DEFAULT_BATCH_SIZE = 100;
    /** Attempts of a whole batch before its tickets are written one by one. */
    public static final int DEFAULT_BATCH_ATTEMPTS = 3;

    private final AoStorage storage;
    private final LedgerStore ledger;
    private final FactsStore facts;
    private final RollupStore rollups;
    private final int maxAttempts;
    private final int batchSize;
    private final int batchAttempts;

    /** A writer with the default batch size and batch attempts. */
    public TicketWriter(AoStorage storage, LedgerStore ledger, FactsStore facts, RollupStore rollups, int maxAttempts) {
        this(storage, ledger, facts, rollups, maxAttempts, DEFAULT_BATCH_SIZE, DEFAULT_BATCH_ATTEMPTS);
    }

    /**
     * @param maxAttempts   transactions tried for one ticket before giving up
     * @param batchSize     most tickets per transaction; longer lists are written in several
     * @param batchAttempts transactions tried for a batch of several tickets before writing them one by one
     */
    public TicketWriter(AoStorage storage, LedgerStore ledger, FactsStore facts, RollupStore rollups, int maxAttempts,
                        int batchSize, int batchAttempts) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.rollups = Objects.requireNonNull(rollups, "rollups");
        this.maxAttempts = requireAtLeastOne("maxAttempts", maxAttempts);
        this.batchSize = requireAtLeastOne("batchSize", batchSize);
        this.batchAttempts = requireAtLeastOne("batchAttempts", batchAttempts);
    }

    /**
     * Makes the stored state of the ticket {@code computedLines} (manual lines are kept) and
     * {@code newFacts}, and moves the ticket's rollup contribution accordingly: {@link #writeAll} of one.
     *
     * @throws ContendedWriteException when other writers won {@code maxAttempts} times in a row
     * @throws StorageException         when the database fails
     */
    public WriteResult write(long issueId, List<CostLine> computedLines, TicketFacts newFacts) {
        return writeAll(List.of(new TicketUpdate(issueId, computedLines, newFacts))).get(0);
    }

    /**
     * Stores every update as {@link #write} would, {@code batchSize} tickets per transaction. Each
     * ticket is written whole or not at all; the tickets of one transaction commit together, except
     * that a batch that lost to other writers {@code batchAttempts} times is written ticket by ticket.
     * When this throws, earlier transactions of the list may have committed: writing the same list
     * again is safe, as tickets already stored as given are left alone.
     *
     * @return one result per update, in the order of {@code updates}
     * @throws IllegalArgumentException when an issue appears twice (write its latest update only), a
     *                                  computed line is manual, or two lines of a ticket share a source
     *                                  key; checked before anything is written
     * @throws ContendedWriteException  when other writers won some tickets {@code maxAttempts} times in
     *                                  a row; every other ticket of the list was written
     * @throws StorageException         when the database fails (tickets of earlier transactions may be written)
     */
    public List<WriteResult> writeAll(List<TicketUpdate> updates) {
        Set<Long> issues = new HashSet<>();
        for (TicketUpdate update : updates) {
            if (!issues.add(update.issueId())) {
                throw new IllegalArgumentException("issue " + update.issueId()
                        + " appears twice in one write; pass only its latest update");
            }
            LedgerStore.requireComputed(update.computedLines());
        }
        List<WriteResult> results = new ArrayList<>(updates.size());
        List<ContendedWriteException> contended = new ArrayList<>();
        for (int from = 0; from < updates.size(); from += batchSize) {
            try {
                results.addAll(writeBatch(updates.subList(from, Math.min(updates.size(), from + batchSize))));
            } catch (ContendedWriteException e) {
                contended.add(e);
            }
        }
        if (!contended.isEmpty()) {
            throw ContendedWriteException.combined(contended);
        }
        return results;
    }

    /**
     * Removes a deleted issue: its lines (computed and manual), its facts and its rollup contribution.
     *
     * @return false when nothing was stored for it
     * @throws ContendedWriteException when other writers won {@code maxAttempts} times in a row
     */
    public boolean remove(long issueId) {
        return retrying(maxAttempts, attempt -> storage.inTransaction(() -> {
            Optional<VersionedFacts> old = facts.get(issueId);
            if (old.isEmpty()) {
                return ledger.deleteAllLines(issueId) > 0;
            }
            facts.delete(issueId, old.get().version());
            ledger.deleteAllLines(issueId);
            rollups.applyChange(old.get().facts(), null);
            return true;
        }), (attempts, failure) -> {
            throw new ContendedWriteException(List.of(issueId), attempts, failure);
        });
    }

    private List<WriteResult> writeBatch(List<TicketUpdate> batch) {
        if (batch.size() == 1) {
            return List.of(writeAlone(batch.get(0), 0));
        }
        return retrying(batchAttempts, attempt -> writeInOneTransaction(batch, attempt),
                (attempts, failure) -> writeOneByOne(batch, attempts));
    }

    /**
     * Writes each ticket of a batch that kept failing in a transaction of its own, so that only the
     * contended tickets wait; those that still fail are named in one exception at the end.
     */
    private List<WriteResult> writeOneByOne(List<TicketUpdate> batch, int failedBatchAttempts) {
        List<WriteResult> results = new ArrayList<>(batch.size());
        List<ContendedWriteException> contended = new ArrayList<>();
        for (TicketUpdate update : batch) {
            try {
                results.add(writeAlone(update, failedBatchAttempts));
            } catch (ContendedWriteException e) {
                contended.add(e);
            }
        }
        if (!contended.isEmpty()) {
            throw ContendedWriteException.combined(contended);
        }
        return results;
    }

    private WriteResult writeAlone(TicketUpdate update, int failedBatchAttempts) {
        return retrying(maxAttempts, attempt -> writeInOneTransaction(List.of(update), failedBatchAttempts + attempt).get(0),
                (attempts, failure) -> {
                    throw new ContendedWriteException(List.of(update.issueId()), failedBatchAttempts + attempts, failure);
                });
    }

    private List<WriteResult> writeInOneTransaction(List<TicketUpdate> batch, int attempt) {
        return storage.inTransaction(() -> {
            Map<Long, VersionedFacts> stored = facts.getAll(batch.stream().map(TicketUpdate::issueId).toList());
            List<LedgerStore.Plan> plans = ledger.planAll(batch);
            List<WriteResult> results = new ArrayList<>(batch.size());
            List<FactsStore.Claim> claims = new ArrayList<>();
            List<LedgerStore.Plan> lineChanges = new ArrayList<>();
            List<RollupStore.Change> rollupChanges = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                TicketUpdate update = batch.get(i);
                LedgerStore.Plan plan = plans.get(i);
                VersionedFacts old = stored.get(update.issueId());
                long oldVersion = old == null ? FactsStore.ABSENT : old.version();
                boolean factsChanged = old == null || !FactsStore.sameAsStored(old.facts(), update.facts());
                if (!factsChanged && plan.diff().isEmpty()) {
                    results.add(new WriteResult(oldVersion, LedgerDiff.NONE, false, attempt));
                    continue;
                }
                FactsStore.Claim claim = new FactsStore.Claim(update.facts(), oldVersion);
                claims.add(claim);
                lineChanges.add(plan);
                rollupChanges.add(new RollupStore.Change(old == null ? null : old.facts(), update.facts()));
                results.add(new WriteResult(claim.newVersion(), plan.diff(), factsChanged, attempt));
            }
            // Claim the tickets first: a concurrent writer of any of them fails here, before anything else is written.
            facts.putAll(claims);
            ledger.applyAll(lineChanges);
            rollups.applyChanges(rollupChanges);
            return results;
        });
    }

    /**
     * Runs {@code work} until it succeeds, fails for good, or failed retryably {@code attempts} times;
     * then {@code exhausted} decides.
     */
    private static <R> R retrying(int attempts, Attempt<R> work, Exhausted<R> exhausted) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run(attempt);
            } catch (RuntimeException e) {
                if (!StorageFailures.isRetryable(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    return exhausted.after(attempt, e);
                }
                backOff(attempt);
            }
        }
    }

    /** A short pause that grows with the attempt, so two nodes in lock-step stop colliding. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(100, 2L * attempt * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while retrying a ticket write", e);
        }
    }

    private static int requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }

    @FunctionalInterface
    private interface Attempt<R> {
        R run(int attempt);
    }

    @FunctionalInterface
    private interface Exhausted<R> {
        R after(int attempts, RuntimeException lastFailure);
    }
}
