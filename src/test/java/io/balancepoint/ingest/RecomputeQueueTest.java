package io.balancepoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ingest.RecomputeQueue.Offer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RecomputeQueueTest {

    @Test
    void deduplicatesWaitingIdsAndKeepsArrivalOrder() throws InterruptedException {
        RecomputeQueue q = new RecomputeQueue(10);
        assertThat(q.offer(7)).isEqualTo(Offer.QUEUED);
        assertThat(q.offer(3)).isEqualTo(Offer.QUEUED);
        assertThat(q.offer(7)).isEqualTo(Offer.ALREADY_QUEUED);
        assertThat(q.size()).isEqualTo(2);
        assertThat(q.poll(0, TimeUnit.MILLISECONDS)).isEqualTo(7);
        // 7 is being worked on: a new event for it must queue it again.
        assertThat(q.offer(7)).isEqualTo(Offer.QUEUED);
        assertThat(q.poll(0, TimeUnit.MILLISECONDS)).isEqualTo(3);
        assertThat(q.poll(0, TimeUnit.MILLISECONDS)).isEqualTo(7);
        assertThat(q.poll(10, TimeUnit.MILLISECONDS)).isEqualTo(-1);
    }

    @Test
    void fullQueueDropsAndRaisesOverflowUntilReconciled() throws InterruptedException {
        RecomputeQueue q = new RecomputeQueue(2);
        q.offer(1);
        q.offer(2);
        assertThat(q.overflowed()).isFalse();
        assertThat(q.offer(3)).isEqualTo(Offer.FULL);
        assertThat(q.offer(2)).isEqualTo(Offer.ALREADY_QUEUED);
        assertThat(q.overflowed()).isTrue();
        assertThat(q.droppedCount()).isEqualTo(1);
        q.poll(0, TimeUnit.MILLISECONDS);
        assertThat(q.overflowed()).as("draining does not clear the flag; only reconcile does").isTrue();
        assertThat(q.offer(3)).isEqualTo(Offer.QUEUED);
        q.clearOverflow();
        assertThat(q.overflowed()).isFalse();
    }

    @Property
    void behavesLikeAnOrderedSetWithinCapacity(@ForAll @Size(max = 200) List<@LongRange(min = 0, max = 50) Long> ids,
                                               @ForAll @IntRange(min = 1, max = 60) int capacity) throws InterruptedException {
        RecomputeQueue q = new RecomputeQueue(capacity);
        LinkedHashSet<Long> model = new LinkedHashSet<>();
        for (long id : ids) {
            Offer expected = model.contains(id) ? Offer.ALREADY_QUEUED : model.size() == capacity ? Offer.FULL : Offer.QUEUED;
            assertThat(q.offer(id)).isEqualTo(expected);
            if (expected == Offer.QUEUED) {
                model.add(id);
            }
        }
        List<Long> drained = new ArrayList<>();
        for (long id; (id = q.poll(0, TimeUnit.MILLISECONDS)) >= 0; ) {
            drained.add(id);
        }
        assertThat(drained).containsExactlyElementsOf(model);
    }

    @Property
    void hashSetMatchesJavaSet(@ForAll @Size(max = 300) List<@LongRange(min = -40, max = 40) Long> ops) {
        LongHashSet set = new LongHashSet(100);
        Set<Long> model = new HashSet<>();
        for (long op : ops) {
            long v = Math.abs(op);
            if (op >= 0) {
                assertThat(set.add(v)).isEqualTo(model.add(v));
            } else {
                assertThat(set.remove(v)).isEqualTo(model.remove(v));
            }
            assertThat(set.size()).isEqualTo(model.size());
        }
        for (long v = 0; v <= 40; v++) {
            assertThat(set.contains(v)).isEqualTo(model.contains(v));
        }
    }

    @Test
    void concurrentProducersAndConsumersLoseNothing() throws InterruptedException {
        RecomputeQueue q = new RecomputeQueue(64);
        int producers = 4;
        int perProducer = 5_000;
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger dropped = new AtomicInteger();
        CountDownLatch producersDone = new CountDownLatch(producers);
        for (int p = 0; p < producers; p++) {
            int base = p * perProducer;
            Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perProducer; i++) {
                    if (q.offer(base + i) == Offer.FULL) {
                        dropped.incrementAndGet();
                    }
                }
                producersDone.countDown();
            });
        }
        List<Thread> consumers = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            consumers.add(Thread.ofPlatform().start(() -> {
                try {
                    while (producersDone.getCount() > 0 || q.size() > 0) {
                        long id = q.poll(5, TimeUnit.MILLISECONDS);
                        if (id >= 0) {
                            seen.add(id);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread t : consumers) {
            t.join();
        }
        // Every id was either delivered or counted as dropped (and the overflow flag says so).
        assertThat(seen.size() + dropped.get()).isEqualTo(producers * perProducer);
        assertThat(q.droppedCount()).isEqualTo(dropped.get());
        assertThat(q.overflowed()).isEqualTo(dropped.get() > 0);
    }
}
