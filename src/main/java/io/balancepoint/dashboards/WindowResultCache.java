package io.balancepoint.dashboards;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Results computed from the ticket facts of one project's resolution window, kept on this node with
 * the window's change stamp ({@link StoreSources#stampOf}) they were computed under. Nothing here is
 * authoritative: every read brings the stamp it just read from the database, so each node validates
 * on its own.
 *
 * <p>{@link #get} is exact: it answers from the kept result only when the stamp is the same, else it
 * computes (concurrent callers of one query and stamp compute once). {@link #getRecent} may also
 * answer from the result of an older stamp, when that computation started at most
 * {@code maxStaleness} ago, and then computes the new stamp's result in the background (at most one
 * computation per query under way): on a desk where tickets change every few seconds, the endpoints that read
 * every ticket of a month then cost one computation per window and staleness interval instead of
 * one per view. Its answer says how old it is.
 *
 * <p>Failures are not kept. Bounded by total weight (roughly the rows a result holds), least
 * recently used first out; one result per query (stamps only move forward).
 */
public final class WindowResultCache implements AutoCloseable {

    /** The default bound: about 200 000 rows (day rows of filtered sums, anomaly or curve entries). */
    public static final long DEFAULT_MAX_WEIGHT = 200_000;

    /** How far behind the database {@link #getRecent} answers may be by default. */
    public static final Duration DEFAULT_MAX_STALENESS = Duration.ofSeconds(60);

    /** How long {@link #close} waits for a refresh under way. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    /** Refreshes waiting beyond this many are not queued; their callers compute instead. */
    static final int REFRESH_QUEUE = 64;

    /** Keeps nothing: every call computes. */
    public static final WindowResultCache NONE = new WindowResultCache(0, Duration.ZERO, Runnable::run, System::nanoTime);

    private static final Logger LOG = LoggerFactory.getLogger(WindowResultCache.class);

    private final long maxWeight;
    private final long maxStalenessNanos;
    private final Executor refresher;
    private final ThreadPoolExecutor ownRefresher;
    private final LongSupplier ticker;
    private final Cache<Object, Slot> slots;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder staleAnswers = new LongAdder();

    /**
     * @param maxWeight    the most weight kept at once; 0 keeps nothing (every call computes)
     * @param maxStaleness how far behind the database {@link #getRecent} may answer; zero makes it exact
     * @param refresher    runs background refreshes; a rejected refresh is computed by its caller
     * @param nanoTicker   monotonic nanoseconds (System::nanoTime; a hand-moved one in tests)
     */
    public WindowResultCache(long maxWeight, Duration maxStaleness, Executor refresher, LongSupplier nanoTicker) {
        this(maxWeight, maxStaleness, refresher, null, nanoTicker);
    }

    /** A cache with its own refresh thread (started on demand, ended when idle) and the default staleness. */
    public WindowResultCache(long maxWeight) {
        this(maxWeight, DEFAULT_MAX_STALENESS, null, ownRefresher(), System::nanoTime);
    }

    /** A cache with the default bounds and its own refresh thread. */
    public WindowResultCache() {
        this(DEFAULT_MAX_WEIGHT);
    }

    private WindowResultCache(long maxWeight, Duration maxStaleness, Executor refresher, ThreadPoolExecutor own,
                              LongSupplier nanoTicker) {
        if (maxWeight < 0) {
            throw new IllegalArgumentException("maxWeight must not be negative, was " + maxWeight);
        }
        if (maxStaleness.isNegative()) {
            throw new IllegalArgumentException("maxStaleness must not be negative, was " + maxStaleness);
        }
        this.maxWeight = maxWeight;
        this.maxStalenessNanos = maxStaleness.toNanos();
        this.ownRefresher = own;
        this.refresher = own != null ? own : Objects.requireNonNull(refresher, "refresher");
        this.ticker = Objects.requireNonNull(nanoTicker, "nanoTicker");
        this.slots = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .executor(Runnable::run) // evict on the caller's thread: no background pool for a few map operations
                .weigher((Object query, Slot slot) -> slot.weight())
                .build();
    }

    /**
     * The result of {@code query} under {@code stamp}: the kept one, or {@code compute}'s (kept).
     * Read the stamp before anything the computation reads, so that a change committed in between
     * makes the next stamp differ rather than hide behind this one.
     *
     * @param query  everything the result depends on besides the window's facts (endpoint, project,
     *               parameters, settings); equal queries must mean equal computations
     * @param stamp  the window's change stamp; null when the window has none (unbounded): computed, not kept
     * @param weight the weight of a result (at least 1 is counted)
     */
    public <T> T get(Object query, Object stamp, Supplier<T> compute, ToIntFunction<? super T> weight) {
        return answer(query, stamp, compute, weight, false).value();
    }

    /**
     * As {@link #get}, but a result computed under an older stamp is good enough while its
     * computation started at most the cache's staleness bound ago; the current stamp's result is
     * then computed in the background for the callers that come after.
     */
    public <T> Answer<T> getRecent(Object query, Object stamp, Supplier<T> compute, ToIntFunction<? super T> weight) {
        return answer(query, stamp, compute, weight, maxStalenessNanos > 0);
    }

    /** Calls answered from a kept (or concurrently computed) result, current or recent. */
    public long hits() {
        return hits.sum();
    }

    /** Calls that computed. */
    public long misses() {
        return misses.sum();
    }

    /** Calls answered from the result of an older stamp ({@link #getRecent}). */
    public long staleAnswers() {
        return staleAnswers.sum();
    }

    /** Forgets everything (results are recomputed on demand). */
    public void clear() {
        slots.invalidateAll();
    }

    /**
     * Stops the own refresh thread, waiting a few seconds for a refresh under way (its database reads
     * must not outlive the plugin); later refreshes are computed by their callers.
     */
    @Override
    public void close() {
        if (ownRefresher == null) {
            return;
        }
        ownRefresher.shutdownNow();
        try {
            if (!ownRefresher.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Balance Point's dashboard refresh did not end within {}", CLOSE_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> Answer<T> answer(Object query, Object stamp, Supplier<T> compute, ToIntFunction<? super T> weight,
                                 boolean recentWillDo) {
        if (stamp == null || maxWeight == 0) {
            misses.increment();
            return new Answer<>(compute.get(), Duration.ZERO);
        }
        Objects.requireNonNull(query, "query");
        Plan plan = plan(query, stamp, weight, recentWillDo);
        switch (plan.kind) {
            case SERVE -> {
                hits.increment();
                if (plan.ageNanos > 0) {
                    staleAnswers.increment();
                }
                return new Answer<>(cast(plan.served.value.getNow(null)), Duration.ofNanos(plan.ageNanos));
            }
            case AWAIT -> {
                hits.increment();
                return new Answer<>(cast(await(plan.served.value)), Duration.ZERO);
            }
            case SERVE_AND_REFRESH -> {
                hits.increment();
                staleAnswers.increment();
                T stale = cast(plan.served.value.getNow(null));
                try {
                    refresher.execute(() -> refresh(query, plan.mine, compute));
                    return new Answer<>(stale, Duration.ofNanos(plan.ageNanos));
                } catch (RejectedExecutionException busyOrClosed) {
                    staleAnswers.decrement();
                    return new Answer<>(computeHere(query, plan.mine, compute), Duration.ZERO);
                }
            }
            default -> {
                misses.increment();
                return new Answer<>(computeHere(query, plan.mine, compute), Duration.ZERO);
            }
        }
    }

    /** Decides, atomically per query, what this call does; registers a new computation when it starts one. */
    private Plan plan(Object query, Object stamp, ToIntFunction<?> weight, boolean recentWillDo) {
        long now = ticker.getAsLong();
        Plan[] plan = new Plan[1];
        slots.asMap().compute(query, (q, slot) -> {
            Computation latest = slot == null ? null : slot.latest;
            Computation pending = slot == null ? null : slot.pending;
            if (latest != null && latest.stamp.equals(stamp)) {
                plan[0] = new Plan(Kind.SERVE, latest, 0, null);
                return slot;
            }
            long age = latest == null ? Long.MAX_VALUE : Math.max(1, now - latest.startedAt);
            boolean recent = recentWillDo && age <= maxStalenessNanos;
            if (pending != null && pending.stamp.equals(stamp)) {
                plan[0] = recent ? new Plan(Kind.SERVE, latest, age, null) : new Plan(Kind.AWAIT, pending, 0, null);
                return slot;
            }
            if (recent && pending != null) {
                // One computation per query at a time: on a desk whose tickets change faster than a
                // refresh takes, the next refresh starts when a call comes after this one has landed.
                plan[0] = new Plan(Kind.SERVE, latest, age, null);
                return slot;
            }
            Computation mine = new Computation(stamp, now, new CompletableFuture<>(), weight);
            plan[0] = recent ? new Plan(Kind.SERVE_AND_REFRESH, latest, age, mine) : new Plan(Kind.COMPUTE, null, 0, mine);
            return new Slot(latest, mine);
        });
        return plan[0];
    }

    private <T> T computeHere(Object query, Computation mine, Supplier<T> compute) {
        T value;
        try {
            value = compute.get();
        } catch (RuntimeException | Error e) {
            mine.value.completeExceptionally(e);
            settle(query, mine, false);
            throw e;
        }
        mine.value.complete(value);
        settle(query, mine, true);
        return value;
    }

    private void refresh(Object query, Computation mine, Supplier<?> compute) {
        try {
            computeHere(query, mine, compute);
        } catch (RuntimeException | Error e) {
            // Nobody is waiting on a refresh (its stamp's callers were answered from the older result);
            // the next call after the staleness bound computes again, on its own thread.
            LOG.warn("Balance Point could not refresh a dashboard result in the background", e);
        }
    }

    /** Ends {@code mine}: it becomes the query's result if it succeeded and started after the kept one. */
    private void settle(Object query, Computation mine, boolean succeeded) {
        slots.asMap().compute(query, (q, slot) -> {
            Computation latest = slot == null ? null : slot.latest;
            Computation pending = slot == null ? null : slot.pending;
            Computation nextLatest = succeeded && (latest == null || mine.startedAt - latest.startedAt >= 0) ? mine : latest;
            Computation nextPending = pending == mine ? null : pending;
            return nextLatest == null && nextPending == null ? null : new Slot(nextLatest, nextPending);
        });
    }

    private static ThreadPoolExecutor ownRefresher() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(REFRESH_QUEUE),
                runnable -> {
                    Thread thread = new Thread(runnable, "balance-point-dashboard-refresh");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true); // no thread while nothing is refreshed
        return pool;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static Object await(CompletableFuture<Object> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a dashboard result");
        } catch (ExecutionException | CompletionException e) {
            // The computing caller's own exception (bad input, a storage failure), as it saw it.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * A result and how far it may be behind the database: zero when computed under the current
     * stamp, else the time since its computation started (changes made after that may be missing).
     */
    public record Answer<T>(T value, Duration age) {

        public Answer {
            Objects.requireNonNull(age, "age");
        }

        /** Whether the answer reflects every change up to the call. */
        public boolean current() {
            return age.isZero();
        }
    }

    private enum Kind { SERVE, AWAIT, SERVE_AND_REFRESH, COMPUTE }

    /** What a call does: serve {@code served} (age in nanoseconds), wait for it, or compute {@code mine}. */
    private record Plan(Kind kind, Computation served, long ageNanos, Computation mine) {
    }

    /** One computation of a query under a stamp; {@code value} completes once, successfully or not. */
    private record Computation(Object stamp, long startedAt, CompletableFuture<Object> value, ToIntFunction<?> weigher) {

        @SuppressWarnings("unchecked")
        int weight() {
            Object done = value.getNow(null);
            return done == null ? 1 : Math.max(1, ((ToIntFunction<Object>) weigher).applyAsInt(done));
        }
    }

    /** A query's kept result (a succeeded computation) and the computation under way, either may be absent. */
    private record Slot(Computation latest, Computation pending) {

        int weight() {
            return latest == null ? 1 : latest.weight();
        }
    }
}
