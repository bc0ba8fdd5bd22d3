package io.balancepoint.dashboards;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Results computed from the ticket facts of one project's resolution window, kept on this node
 * while the window's change stamp ({@link StoreSources#stampOf}) is the one they were computed
 * under. The stamp is part of the key, so a changed window simply misses and its old results age
 * out; nothing is ever served for another stamp, and no state here is authoritative (every node
 * validates against the database). Concurrent requests for one key and stamp compute once; a
 * failed computation is not kept. Bounded by total weight (roughly the rows a result holds),
 * least recently used first out.
 */
public final class WindowResultCache {

    /** The default bound: about 200 000 rows (day rows of filtered sums, anomaly or curve entries). */
    public static final long DEFAULT_MAX_WEIGHT = 200_000;

    /** Keeps nothing: every call computes. */
    public static final WindowResultCache NONE = new WindowResultCache(0);

    private final long maxWeight;
    private final Cache<Key, CompletableFuture<Object>> results;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** @param maxWeight the most weight kept at once; 0 keeps nothing (every call computes) */
    public WindowResultCache(long maxWeight) {
        if (maxWeight < 0) {
            throw new IllegalArgumentException("maxWeight must not be negative, was " + maxWeight);
        }
        this.maxWeight = maxWeight;
        this.results = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .executor(Runnable::run) // evict on the caller's thread: no background pool for a few map operations
                .weigher((Key key, CompletableFuture<Object> value) -> key.weight(value))
                .build();
    }

    /** A cache with the default bound. */
    public WindowResultCache() {
        this(DEFAULT_MAX_WEIGHT);
    }

    /**
     * The result of {@code query} under {@code stamp}: the kept one, or {@code compute}'s (kept).
     * Read the stamp before anything the computation reads, so that a change committed in between
     * makes the next stamp differ rather than hide behind this one.
     *
     * @param query  everything the result depends on besides the window's facts (endpoint, project,
     *               parameters, settings revision); equal queries must mean equal computations
     * @param stamp  the window's change stamp; null when the window has none (unbounded): computed, not kept
     * @param weight the weight of a result (at least 1 is counted)
     */
    public <T> T get(Object query, Object stamp, Supplier<T> compute, ToIntFunction<? super T> weight) {
        if (stamp == null || maxWeight == 0) {
            misses.increment();
            return compute.get();
        }
        Key key = new Key(Objects.requireNonNull(query, "query"), stamp, weight);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> kept = results.asMap().putIfAbsent(key, mine);
        if (kept != null) {
            hits.increment();
            return cast(await(kept));
        }
        misses.increment();
        T value;
        try {
            value = compute.get();
        } catch (RuntimeException | Error e) {
            results.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        mine.complete(value);
        // Re-put so that the weigher sees the finished value (an unfinished one weighs 1).
        results.asMap().replace(key, mine, mine);
        return value;
    }

    /** Calls answered from a kept (or concurrently computed) result. */
    public long hits() {
        return hits.sum();
    }

    /** Calls that computed. */
    public long misses() {
        return misses.sum();
    }

    /** Forgets everything (results are recomputed on demand). */
    public void clear() {
        results.invalidateAll();
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

    /** Query and stamp; the weigher travels along but is not part of equality. */
    private static final class Key {

        private final Object query;
        private final Object stamp;
        private final ToIntFunction<Object> weigher;

        @SuppressWarnings("unchecked")
        Key(Object query, Object stamp, ToIntFunction<?> weigher) {
            this.query = query;
            this.stamp = stamp;
            this.weigher = (ToIntFunction<Object>) Objects.requireNonNull(weigher, "weight");
        }

        int weight(CompletableFuture<Object> value) {
            Object done = value.isDone() && !value.isCompletedExceptionally() ? value.getNow(null) : null;
            return done == null ? 1 : Math.max(1, weigher.applyAsInt(done));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && query.equals(key.query) && stamp.equals(key.stamp);
        }

        @Override
        public int hashCode() {
            return 31 * query.hashCode() + stamp.hashCode();
        }
    }
}
