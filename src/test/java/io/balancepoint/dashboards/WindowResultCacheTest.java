package io.balancepoint.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
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

    // ---- getRecent: answers from an older stamp within the staleness bound, refreshed in the background ----

    private static final Duration BOUND = Duration.ofSeconds(60);
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Queue<Runnable> refreshes = new ArrayDeque<>();

    /** A cache whose clock and background refreshes the test moves by hand. */
    private WindowResultCache recentCache(Executor refresher) {
        return new WindowResultCache(100, BOUND, refresher, nanos::get);
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private void runRefreshes() {
        for (Runnable refresh; (refresh = refreshes.poll()) != null; ) {
            refresh.run();
        }
    }

    @Test
    void aRecentResultOfAnOlderStampIsServedWithItsAgeWhileTheNewOneIsComputedInTheBackground() {
        WindowResultCache cache = recentCache(refreshes::add);
        assertThat(cache.getRecent("roi", 1L, () -> compute("r1"), r -> 1)).isEqualTo(new WindowResultCache.Answer<>("r1", Duration.ZERO));
        advance(Duration.ofSeconds(20));

        WindowResultCache.Answer<String> stale = cache.getRecent("roi", 2L, () -> compute("r2"), r -> 1);
        assertThat(stale.value()).isEqualTo("r1");
        assertThat(stale.age()).isEqualTo(Duration.ofSeconds(20));
        assertThat(stale.current()).isFalse();
        assertThat(computed).as("the caller did not compute").hasValue(1);
        assertThat(refreshes).as("one refresh for the new stamp").hasSize(1);

        advance(Duration.ofSeconds(5));
        assertThat(cache.getRecent("roi", 2L, () -> compute("r2 again"), r -> 1).age())
                .as("while the refresh waits, still the older result, older now").isEqualTo(Duration.ofSeconds(25));
        assertThat(refreshes).as("no second refresh of the same stamp").hasSize(1);

        runRefreshes();
        assertThat(cache.getRecent("roi", 2L, () -> compute("never"), r -> 1)).isEqualTo(new WindowResultCache.Answer<>("r2", Duration.ZERO));
        assertThat(cache.get("roi", 2L, () -> compute("never"), r -> 1)).isEqualTo("r2");
        assertThat(computed).hasValue(2);
        assertThat(cache.staleAnswers()).isEqualTo(2);
    }

    @Test
    void whileARefreshRunsNewerStampsWaitForItRatherThanStartAnother() {
        WindowResultCache cache = recentCache(refreshes::add);
        cache.getRecent("roi", 1L, () -> compute("r1"), r -> 1);
        advance(Duration.ofSeconds(1));
        cache.getRecent("roi", 2L, () -> compute("r2"), r -> 1);
        advance(Duration.ofSeconds(1));

        assertThat(cache.getRecent("roi", 3L, () -> compute("r3"), r -> 1).value()).isEqualTo("r1");
        assertThat(refreshes).as("the refresh of stamp 2 is still under way").hasSize(1);

        runRefreshes();
        advance(Duration.ofSeconds(1));
        WindowResultCache.Answer<String> after = cache.getRecent("roi", 3L, () -> compute("r3"), r -> 1);
        assertThat(after.value()).as("the landed refresh, itself behind now").isEqualTo("r2");
        assertThat(after.age()).isEqualTo(Duration.ofSeconds(2));
        assertThat(refreshes).as("and the next refresh starts").hasSize(1);
        runRefreshes();
        assertThat(cache.getRecent("roi", 3L, () -> compute("never"), r -> 1).current()).isTrue();
    }

    @Test
    void theExactReadNeverServesAnOlderStamp() {
        WindowResultCache cache = recentCache(refreshes::add);
        cache.getRecent("roi", 1L, () -> compute("r1"), r -> 1);
        advance(Duration.ofSeconds(1));

        assertThat(cache.get("roi", 2L, () -> compute("r2"), r -> 1)).isEqualTo("r2");
        assertThat(refreshes).isEmpty();
        assertThat(cache.staleAnswers()).isZero();
    }

    @Test
    void pastTheBoundTheCallerComputes() {
        WindowResultCache cache = recentCache(refreshes::add);
        cache.getRecent("roi", 1L, () -> compute("r1"), r -> 1);
        advance(BOUND.plusNanos(1));

        assertThat(cache.getRecent("roi", 2L, () -> compute("r2"), r -> 1)).isEqualTo(new WindowResultCache.Answer<>("r2", Duration.ZERO));
        assertThat(refreshes).isEmpty();
    }

    @Test
    void theAgeCountsFromWhenTheServedComputationStartedNotWhenItWasLastServed() {
        WindowResultCache cache = recentCache(refreshes::add);
        cache.getRecent("roi", 1L, () -> compute("r1"), r -> 1);
        advance(Duration.ofSeconds(40));
        assertThat(cache.getRecent("roi", 1L, () -> compute("never"), r -> 1).age()).as("same stamp: current").isZero();
        advance(Duration.ofSeconds(30));

        assertThat(cache.getRecent("roi", 2L, () -> compute("r2"), r -> 1).value())
                .as("70 s since r1 was computed: too old, whatever was asked in between").isEqualTo("r2");
    }

    @Test
    void aFailedRefreshIsNotKeptAndTheNextCallAfterTheBoundComputes() {
        WindowResultCache cache = recentCache(refreshes::add);
        cache.getRecent("roi", 1L, () -> compute("r1"), r -> 1);
        advance(Duration.ofSeconds(10));
        assertThat(cache.getRecent("roi", 2L, () -> {
            throw new IllegalStateException("database gone");
        }, r -> 1).value()).isEqualTo("r1");
        runRefreshes(); // fails, logged

        assertThat(cache.getRecent("roi", 2L, () -> compute("r2 retried"), r -> 1).value())
                .as("within the bound: the older result again, and a new refresh").isEqualTo("r1");
        runRefreshes();
        assertThat(cache.getRecent("roi", 2L, () -> compute("never"), r -> 1).value()).isEqualTo("r2 retried");
    }

    @Test
    void aRefreshThatCannotBeQueuedIsComputedByItsCaller() {
        WindowResultCache cache = recentCache(command -> {
            throw new RejectedExecutionException("queue full");
        });
        cache.getRecent("roi", 1L, () -> compute("r1"), r -> 1);
        advance(Duration.ofSeconds(1));

        assertThat(cache.getRecent("roi", 2L, () -> compute("r2"), r -> 1)).isEqualTo(new WindowResultCache.Answer<>("r2", Duration.ZERO));
        assertThat(cache.staleAnswers()).isZero();
    }

    @Test
    void anOlderComputationFinishingLastDoesNotReplaceANewerResult() throws Exception {
        WindowResultCache cache = recentCache(refreshes::add);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<String> slow = pool.submit(() -> cache.get("roi", 1L, () -> {
                computing.countDown();
                await(release);
                return compute("r1, late");
            }, r -> 1));
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
            advance(Duration.ofSeconds(1));
            assertThat(cache.get("roi", 2L, () -> compute("r2"), r -> 1)).isEqualTo("r2");
            release.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("r1, late");
        }
        assertThat(cache.getRecent("roi", 2L, () -> compute("never"), r -> 1)).isEqualTo(new WindowResultCache.Answer<>("r2", Duration.ZERO));
    }

    @Test
    void aZeroBoundMakesTheRecentReadExact() {
        WindowResultCache cache = new WindowResultCache(100, Duration.ZERO, refreshes::add, nanos::get);
        cache.getRecent("roi", 1L, () -> compute("r1"), r -> 1);

        assertThat(cache.getRecent("roi", 2L, () -> compute("r2"), r -> 1).value()).isEqualTo("r2");
        assertThat(refreshes).isEmpty();
    }

    @Test
    void theOwnRefreshThreadRefreshesAndOnceClosedCallersComputeThemselves() throws Exception {
        WindowResultCache cache = new WindowResultCache(100);
        CountDownLatch refreshed = new CountDownLatch(1);
        cache.getRecent("roi", 1L, () -> compute("r1"), r -> 1);
        assertThat(cache.getRecent("roi", 2L, () -> {
            refreshed.countDown();
            return compute("r2");
        }, r -> 1).value()).isEqualTo("r1");
        assertThat(refreshed.await(10, TimeUnit.SECONDS)).as("refreshed on the cache's own thread").isTrue();
        while (!cache.getRecent("roi", 2L, () -> compute("never"), r -> 1).current()) {
            Thread.onSpinWait(); // the refresh settles just after computing
        }

        cache.close();
        assertThat(cache.getRecent("roi", 3L, () -> compute("r3"), r -> 1)).isEqualTo(new WindowResultCache.Answer<>("r3", Duration.ZERO));
        assertThat(computed).hasValue(3);
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
