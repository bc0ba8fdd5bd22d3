package io.balancepoint.ingest;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded, de-duplicating queue of ticket ids waiting to be recomputed. Enqueueing is the
 * only work an event handler does on Jira's request thread: constant time, no allocation, no
 * I/O. A ticket already waiting is not queued twice; a ticket taken by a worker can be queued
 * again at once (an event during its recompute must not be lost).
 *
 * <p>When the queue is full the id is dropped and {@link #overflowed()} turns true until the
 * reconcile job, which finds every ticket whose facts are older than its last change, calls
 * {@link #clearOverflow()}. So a full queue delays work but loses nothing.
 */
public final class RecomputeQueue {

    /** What happened to an enqueued id. */
    public enum Offer { QUEUED, ALREADY_QUEUED, FULL }

    private final long[] ring;
    private final LongHashSet waiting;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private int head;
    private int size;
    private boolean overflowed;
    private long droppedCount;

    public RecomputeQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        ring = new long[capacity];
        waiting = new LongHashSet(capacity);
    }

    /** Queues a ticket id unless it is already waiting or the queue is full. Never blocks. */
    public Offer offer(long issueId) {
        lock.lock();
        try {
            if (waiting.contains(issueId)) {
                return Offer.ALREADY_QUEUED;
            }
            if (size == ring.length) {
                overflowed = true;
                droppedCount++;
                return Offer.FULL;
            }
            waiting.add(issueId);
            ring[(head + size) % ring.length] = issueId;
            size++;
            notEmpty.signal();
            return Offer.QUEUED;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the oldest waiting id, waiting up to {@code timeout} for one.
     *
     * @return the id, or {@code -1} when none arrived in time (ticket ids are never negative)
     */
    public long poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (size == 0) {
                if (nanos <= 0) {
                    return -1;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            long id = ring[head];
            head = (head + 1) % ring.length;
            size--;
            waiting.remove(id);
            return id;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    public int capacity() {
        return ring.length;
    }

    /** True when an id was dropped since the last reconcile. */
    public boolean overflowed() {
        lock.lock();
        try {
            return overflowed;
        } finally {
            lock.unlock();
        }
    }

    /** Ids dropped because the queue was full, since start. */
    public long droppedCount() {
        lock.lock();
        try {
            return droppedCount;
        } finally {
            lock.unlock();
        }
    }

    /** Called by the reconcile job once it has scanned for every stale ticket. */
    public void clearOverflow() {
        lock.lock();
        try {
            overflowed = false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Clears the overflow flag only if no id was dropped beyond {@code droppedCount} (the count a
     * reconcile pass saw when it started, plus the drops it handled itself): a drop during the pass
     * may concern a ticket the pass had already scanned, so it needs another pass.
     *
     * @return whether the flag is clear now
     */
    public boolean clearOverflowIfDropped(long droppedCount) {
        lock.lock();
        try {
            if (this.droppedCount == droppedCount) {
                overflowed = false;
            }
            return !overflowed;
        } finally {
            lock.unlock();
        }
    }
}
