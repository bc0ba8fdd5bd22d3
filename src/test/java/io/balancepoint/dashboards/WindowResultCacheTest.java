package io.balancepoint.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What {@link WindowResultCache} keeps, for which stamp, and what it never keeps. */
class WindowResultCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String value) {
        computed.incrementAndGet();
        return value;
    }

    @Test
    void aResultIsReusedOnlyUnderTheStampItWasComputedUnder() {
        WindowResultCache cache = new WindowResultCache(100);

        assertThat(cache.get("roi SD 2026-03", List.of(1L), () -> compute("first"), r -> 1)).isEqualTo("first");
        assertThat(cache.get("roi SD 2026-03", List.of(1L), () -> compute("second"), r -> 1)).isEqualTo("first");
        assertThat(cache.get("roi SD 2026-03", List.of(2L), () -> compute("third"), r -> 1)).isEqualTo("third");
        assertThat(cache.get("roi SD 2026-04", List.of(2L), () -> compute("fourth"), r -> 1)).isEqualTo("fourth");

        assertThat(computed).hasValue(3);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(3);
    }

    @Test
    void failuresAreNotKeptAndReachTheCaller() {
        WindowResultCache cache = new WindowResultCache(100);

        assertThatThrownBy(() -> cache.get("q", "s", () -> {
            throw new IllegalStateException("database gone");
        }, r -> 1)).isInstanceOf(IllegalStateException.class).hasMessage("database gone");

        assertThat(cache.get("q", "s", () -> compute("after"), r -> 1)).isEqualTo("after");
        assertThat(computed).hasValue(1);
    }

    @Test
    void withoutAStampOrRoomNothingIsKept() {
        WindowResultCache cache = new WindowResultCache(100);
        cache.get("open-ended", null, () -> compute("a"), r -> 1);
        cache.get("open-ended", null, () -> compute("b"), r -> 1);
        WindowResultCache.NONE.get("q", "s", () -> compute("c"), r -> 1);
        WindowResultCache.NONE.get("q", "s", () -> compute("d"), r -> 1);

        assertThat(computed).hasValue(4);
        assertThat(cache.hits()).isZero();
    }

    @Test
    void heavyResultsPushOutTheLeastRecentlyUsed() {
        WindowResultCache cache = new WindowResultCache(10);
        cache.get("a", "s", () -> compute("a"), r -> 6);
        cache.get("b", "s", () -> compute("b"), r -> 6); // 12 > 10: one of them must go
        cache.get("a", "s", () -> compute("a again"), r -> 6);
        cache.get("b", "s", () -> compute("b again"), r -> 6);

        assertThat(computed.get()).as("both cannot be kept at once").isGreaterThanOrEqualTo(3);
    }

    @Test
    void concurrentCallersOfOneKeyComputeOnce() throws Exception {
        WindowResultCache cache = new WindowResultCache(100);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Future<String> first = pool.submit(() -> cache.get("q", "s", () -> {
                computing.countDown();
                await(release);
                return compute("once");
            }, r -> 1));
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> waiting = List.of(
                    pool.submit(() -> cache.get("q", "s", () -> compute("again"), r -> 1)),
                    pool.submit(() -> cache.get("q", "s", () -> compute("again"), r -> 1)));
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("once");
            for (Future<String> other : waiting) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("once");
            }
        }
        assertThat(computed).hasValue(1);
        assertThat(cache.hits()).isEqualTo(2);
    }

    @Test
    void waitersOfAFailedComputationGetItsFailure() throws Exception {
        WindowResultCache cache = new WindowResultCache(100);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(1)) {
            Future<String> failing = pool.submit(() -> cache.get("q", "s", () -> {
                computing.countDown();
                await(release);
                throw new IllegalArgumentException("month: is required");
            }, r -> 1));
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Throwable> seen = new AtomicReference<>();
            Thread waiter = new Thread(() -> {
                try {
                    cache.get("q", "s", () -> compute("never"), r -> 1);
                } catch (RuntimeException e) {
                    seen.set(e);
                }
            });
            waiter.start();
            // released only once the second caller is parked on the running computation
            while (waiter.getState() != Thread.State.WAITING) {
                assertThat(waiter.isAlive()).as("the second caller waits").isTrue();
                Thread.onSpinWait();
            }
            release.countDown();
            waiter.join(10_000);

            assertThatThrownBy(failing::get).hasCauseInstanceOf(IllegalArgumentException.class);
            assertThat(seen.get()).isInstanceOf(IllegalArgumentException.class).hasMessage("month: is required");
        }
        assertThat(computed).hasValue(0);
        assertThat(cache.get("q", "s", () -> compute("later"), r -> 1)).as("the failure was not kept").isEqualTo("later");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
