package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ledger.CostLine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores the result of recomputing one ticket: its computed cost lines, its facts, and the change
 * to the day rollups, all in one transaction, or nothing.
 *
 * <p>The facts row doubles as the ticket's lock: a write first replaces it conditionally on the
 * version it read ({@link FactsStore#put}), so of two nodes writing the same ticket the second
 * fails before touching lines or rollups and retries from a fresh read. Its rollup delta is then
 * computed against what the first one wrote, so no change is counted twice. Writes that find
 * everything already stored write nothing at all.
 *
 * <p>Must be called outside any transaction: a retry needs a transaction of its own.
 */
public final class TicketWriter {

    /** Attempts before giving up when other writers keep winning. */
    public static final int DEFAULT_MAX_ATTEMPTS = 10;

    private final AoStorage storage;
    private final LedgerStore ledger;
    private final FactsStore facts;
    private final RollupStore rollups;
    private final int maxAttempts;

    public TicketWriter(AoStorage storage, LedgerStore ledger, FactsStore facts, RollupStore rollups, int maxAttempts) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.rollups = Objects.requireNonNull(rollups, "rollups");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /**
     * Makes the stored state of the ticket {@code computedLines} (manual lines are kept) and
     * {@code newFacts}, and moves the ticket's rollup contribution accordingly.
     *
     * @throws StorageException when the database fails, or other writers won {@code maxAttempts} times in a row
     */
    public WriteResult write(long issueId, List<CostLine> computedLines, TicketFacts newFacts) {
        if (newFacts.issueId() != issueId) {
            throw new IllegalArgumentException("facts of issue " + newFacts.issueId() + " written for issue " + issueId);
        }
        return retrying(issueId, attempt -> storage.inTransaction(() -> {
            Optional<VersionedFacts> old = facts.get(issueId);
            long oldVersion = old.map(VersionedFacts::version).orElse(FactsStore.ABSENT);
            LedgerStore.Plan plan = ledger.plan(issueId, newFacts.projectKey(), computedLines);
            boolean factsChanged = old.isEmpty() || !FactsStore.sameAsStored(old.get().facts(), newFacts);
            if (!factsChanged && plan.diff().isEmpty()) {
                return new WriteResult(oldVersion, LedgerDiff.NONE, false, attempt);
            }
            // Claim the ticket first: a concurrent writer fails here, before it writes anything.
            long version = facts.put(newFacts, oldVersion);
            ledger.apply(plan);
            rollups.applyChange(old.map(VersionedFacts::facts).orElse(null), newFacts);
            return new WriteResult(version, plan.diff(), factsChanged, attempt);
        }));
    }

    /**
     * Removes a deleted issue: its lines (computed and manual), its facts and its rollup contribution.
     *
     * @return false when nothing was stored for it
     */
    public boolean remove(long issueId) {
        return retrying(issueId, attempt -> storage.inTransaction(() -> {
            Optional<VersionedFacts> old = facts.get(issueId);
            if (old.isEmpty()) {
                return ledger.deleteAllLines(issueId) > 0;
            }
            facts.delete(issueId, old.get().version());
            ledger.deleteAllLines(issueId);
            rollups.applyChange(old.get().facts(), null);
            return true;
        }));
    }

    private <R> R retrying(long issueId, Attempt<R> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run(attempt);
            } catch (RuntimeException e) {
                if (!StorageFailures.isRetryable(e)) {
                    throw e;
                }
                if (attempt >= maxAttempts) {
                    throw new StorageException("gave up writing issue " + issueId + " after " + attempt
                            + " attempts: other writers kept changing it", e);
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

    @FunctionalInterface
    private interface Attempt<R> {
        R run(int attempt);
    }
}
