package io.balancepoint.bench;

import io.balancepoint.ingest.RecomputeQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an issue event costs Jira's request thread: one enqueue of a ticket id. Compares the
 * primitive {@link RecomputeQueue} against the naive baseline of a boxed blocking queue plus a
 * concurrent set for de-duplication. Ids cycle over a working set larger than the queue, and a
 * poll follows each offer so the queue stays in its steady state (mostly new ids, some repeats).
 * Run with {@code -prof gc} to see allocation per operation (the queue's is zero).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EnqueueBench {

    private static final int CAPACITY = 10_000;

    private RecomputeQueue queue;
    private LinkedBlockingQueue<Long> naiveQueue;
    private Set<Long> naiveWaiting;
    private long next;

    @Setup
    public void setUp() {
        queue = new RecomputeQueue(CAPACITY);
        naiveQueue = new LinkedBlockingQueue<>(CAPACITY);
        naiveWaiting = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < CAPACITY / 2; i++) {
            queue.offer(1_000_000 + i);
            naiveQueue.offer(1_000_000L + i);
            naiveWaiting.add(1_000_000L + i);
        }
    }

    private long nextId() {
        // Ids 1..15000: a third of offers hit an id that is still waiting.
        next = next % 15_000 + 1;
        return next;
    }

    @Benchmark
    public long recomputeQueue() throws InterruptedException {
        queue.offer(nextId());
        return queue.poll(0, TimeUnit.NANOSECONDS);
    }

    @Benchmark
    public Long naiveBaseline() {
        long id = nextId();
        if (naiveWaiting.add(id) && !naiveQueue.offer(id)) {
            naiveWaiting.remove(id);
        }
        Long taken = naiveQueue.poll();
        if (taken != null) {
            naiveWaiting.remove(taken);
        }
        return taken;
    }
}
