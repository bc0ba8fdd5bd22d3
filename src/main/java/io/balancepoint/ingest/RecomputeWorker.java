package io.balancepoint.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the {@link RecomputeQueue} of one node in batches of up to {@code batchSize} ids, each
 * recomputed by {@link TicketRecomputer#recomputeAll} (one write transaction per batch), on a
 * background thread of its own ({@link #start()}/{@link #stop}) or, in tests and tools, by
 * {@link #runOnce} on the caller's thread. After each batch the {@link RecomputeListener} hears
 * which tickets were recomputed.
 *
 * <p>Settings are brought up to date once per batch. A failed recompute is logged with the issue
 * id and tried again later ({@link RetryPolicy}): the id is kept aside, so a ticket that always
 * fails never holds up the tickets behind it (nor those of its batch: failures are per ticket), and
 * after the last attempt it is given up with an error in the log. Tickets other writers kept
 * changing ({@code ContendedWriteException}) count as a failed attempt too, so they come back on
 * the queue when due, a bounded number of times. Given-up tickets are not lost: their stored facts
 * are stale or missing, so the reconcile job queues them again.
 */
public final class RecomputeWorker {

    /**
     * Tickets taken from the queue and written together (and between two settings checks): the write
     * batch of {@code TicketWriter} measured fastest at 50, and a stop waits for at most one batch.
     */
    public static final int DEFAULT_BATCH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(RecomputeWorker.class);
    private static final long IDLE_POLL_MILLIS = 500;
    private static final int RECENT_GIVE_UPS = 20;

    private final RecomputeQueue queue;
    private final TicketRecomputer recomputer;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final int batchSize;
    private final RetrySchedule retries;
    private final RecomputeListener listener;
    /** Held by whoever consumes the queue: the thread, or a {@link #runOnce} caller. */
    private final ReentrantLock consuming = new ReentrantLock();
    private final AtomicLong recomputed = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong gaveUp = new AtomicLong();
    private final Deque<Long> recentGiveUps = new ArrayDeque<>();
    private volatile boolean running;
    private Thread thread;

    /** A worker nobody listens to. */
    public RecomputeWorker(RecomputeQueue queue, TicketRecomputer recomputer, RetryPolicy retryPolicy, Clock clock,
                           int batchSize) {
        this(queue, recomputer, retryPolicy, clock, batchSize, RecomputeListener.NONE);
    }

    /** @param batchSize most tickets recomputed and written together */
    public RecomputeWorker(RecomputeQueue queue, TicketRecomputer recomputer, RetryPolicy retryPolicy, Clock clock,
                           int batchSize, RecomputeListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.recomputer = Objects.requireNonNull(recomputer, "recomputer");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
        this.retries = new RetrySchedule(retryPolicy, queue.capacity());
    }

    /**
     * Recomputes up to {@code maxTickets} tickets that are waiting now (retries that are due first go
     * back on the queue), without waiting for more.
     *
     * @return how many tickets were taken from the queue
     * @throws IllegalStateException while the background thread runs
     */
    public int runOnce(int maxTickets) {
        if (running || !consuming.tryLock()) {
            throw new IllegalStateException("the worker thread is draining the queue");
        }
        try {
            requeueDueRetries();
            int taken = 0;
            while (taken < maxTickets) {
                List<Long> batch = drain(Math.min(batchSize, maxTickets - taken));
                if (batch.isEmpty()) {
                    break;
                }
                taken += batch.size();
                process(batch, () -> true);
            }
            return taken;
        } finally {
            consuming.unlock();
        }
    }

    /** Starts the background thread (once). */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the worker was started already");
        }
        running = true;
        thread = new Thread(this::drainUntilStopped, "balance-point-recompute");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops the background thread after the batch it is recomputing (a batch is written in one
     * transaction, so it is finished rather than cut); a batch taken but not yet started goes back on
     * the queue. Waits up to {@code grace}, then interrupts the thread.
     *
     * @return true when the thread has ended
     */
    public synchronized boolean stop(Duration grace) throws InterruptedException {
        if (thread == null) {
            return true;
        }
        running = false;
        thread.join(grace.toMillis());
        if (thread.isAlive()) {
            LOG.warn("Recompute worker did not stop within {}; interrupting it", grace);
            thread.interrupt();
            thread.join(grace.toMillis());
        }
        return !thread.isAlive();
    }

    public WorkerStats stats() {
        synchronized (recentGiveUps) {
            return new WorkerStats(recomputed.get(), failures.get(), gaveUp.get(), retries.size(), List.copyOf(recentGiveUps));
        }
    }

    private void drainUntilStopped() {
        consuming.lock();
        try {
            while (running) {
                try {
                    requeueDueRetries();
                    long first = queue.poll(pollMillis(), TimeUnit.MILLISECONDS);
                    if (first < 0) {
                        continue;
                    }
                    List<Long> batch = new ArrayList<>(List.of(first));
                    batch.addAll(drain(batchSize - 1));
                    process(batch, () -> running);
                } catch (RuntimeException e) {
                    // Only a bug gets here (recompute failures are handled per ticket); keep the node's worker alive.
                    LOG.error("Recompute worker loop failed; continuing", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consuming.unlock();
        }
    }

    /** Recomputes a batch if {@code keepGoing} holds; otherwise it goes back on the queue. */
    private void process(List<Long> batch, BooleanSupplier keepGoing) {
        if (!keepGoing.getAsBoolean()) {
            // Stopping: the batch waits on the queue for the next start (or the reconcile job).
            batch.forEach(queue::offer);
            return;
        }
        try {
            recomputer.settings().refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the settings in force; {} tickets will be retried", batch.size(), e);
            batch.forEach(id -> failed(id, e));
            return;
        }
        RecomputeBatch outcome = recomputer.recomputeAll(batch);
        for (Recompute done : outcome.done()) {
            recomputed.incrementAndGet();
            retries.succeeded(done.issueId());
        }
        outcome.failed().forEach(this::failed);
        if (outcome.done().isEmpty()) {
            return;
        }
        try {
            listener.recomputed(outcome.done());
        } catch (RuntimeException e) {
            LOG.error("A recompute listener failed after {} tickets were recomputed; they stay recomputed",
                    outcome.done().size(), e);
        }
    }

    private void failed(long issueId, RuntimeException e) {
        failures.incrementAndGet();
        int attempts = retries.failed(issueId, clock.instant());
        if (attempts < retryPolicy.maxAttempts()) {
            Duration delay = retryPolicy.delayAfter(attempts);
            LOG.warn("Recompute of issue {} failed (attempt {} of {}); retrying in {}s: {}", issueId, attempts,
                    retryPolicy.maxAttempts(), delay.toSeconds(), e.toString());
            return;
        }
        gaveUp.incrementAndGet();
        synchronized (recentGiveUps) {
            recentGiveUps.addLast(issueId);
            if (recentGiveUps.size() > RECENT_GIVE_UPS) {
                recentGiveUps.removeFirst();
            }
        }
        LOG.error("Gave up recomputing issue {} after {} failed attempts; the reconcile job will queue it again", issueId,
                attempts, e);
    }

    private void requeueDueRetries() {
        Instant now = clock.instant();
        for (long issueId : retries.takeDue(now)) {
            if (queue.offer(issueId) == RecomputeQueue.Offer.FULL) {
                retries.postpone(issueId, now.plus(retryPolicy.firstDelay()));
            }
        }
    }

    private List<Long> drain(int max) {
        List<Long> ids = new ArrayList<>();
        while (ids.size() < max) {
            long id = pollNow();
            if (id < 0) {
                break;
            }
            ids.add(id);
        }
        return ids;
    }

    private long pollNow() {
        try {
            return queue.poll(0, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Wake up for the next due retry, or after a short idle wait so a stop is noticed soon. */
    private long pollMillis() {
        long untilDue = retries.nextDue().map(at -> Duration.between(clock.instant(), at).toMillis()).orElse(IDLE_POLL_MILLIS);
        return Math.max(1, Math.min(IDLE_POLL_MILLIS, untilDue));
    }
}
