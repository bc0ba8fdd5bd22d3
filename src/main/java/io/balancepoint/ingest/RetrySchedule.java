package io.balancepoint.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The tickets whose recompute failed and that wait for another attempt: how many attempts each
 * has had, and when each is due. Bounded: when it is full, a new failure is given up at once
 * (the reconcile job finds the ticket again). Thread-safe.
 */
final class RetrySchedule {

    /** A failed ticket's next attempt. */
    private record Due(Instant at, long issueId) {
    }

    private final RetryPolicy policy;
    private final int capacity;
    private final Map<Long, Integer> attempts = new HashMap<>();
    private final PriorityQueue<Due> due = new PriorityQueue<>(Comparator.comparing(Due::at).thenComparingLong(Due::issueId));

    RetrySchedule(RetryPolicy policy, int capacity) {
        this.policy = policy;
        this.capacity = capacity;
    }

    /**
     * Records a failed attempt and schedules the next one if the ticket has attempts left.
     *
     * @return the number of failed attempts so far; at least {@code maxAttempts} means given up
     */
    synchronized int failed(long issueId, Instant now) {
        if (!attempts.containsKey(issueId) && attempts.size() >= capacity) {
            return policy.maxAttempts();
        }
        int failures = attempts.merge(issueId, 1, Integer::sum);
        if (failures >= policy.maxAttempts()) {
            attempts.remove(issueId);
        } else {
            due.add(new Due(now.plus(policy.delayAfter(failures)), issueId));
        }
        return failures;
    }

    /** Forgets a ticket's failures: it was recomputed. */
    synchronized void succeeded(long issueId) {
        attempts.remove(issueId);
    }

    /** The tickets whose next attempt is due at {@code now}, earliest first; each is returned once. */
    synchronized List<Long> takeDue(Instant now) {
        List<Long> ids = new ArrayList<>();
        while (!due.isEmpty() && !due.peek().at().isAfter(now)) {
            long id = due.poll().issueId();
            // A ticket that succeeded meanwhile (a new event recomputed it) needs no retry.
            if (attempts.containsKey(id) && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Puts a due ticket back for a later turn (the queue had no room for it). */
    synchronized void postpone(long issueId, Instant at) {
        if (attempts.containsKey(issueId)) {
            due.add(new Due(at, issueId));
        }
    }

    synchronized Optional<Instant> nextDue() {
        return due.isEmpty() ? Optional.empty() : Optional.of(due.peek().at());
    }

    /** Tickets waiting for another attempt. */
    synchronized int size() {
        return attempts.size();
    }
}
