package io.balancepoint.ingest;

import java.util.Arrays;

/**
 * An open-addressing set of {@code long}s with a fixed capacity, so the recompute queue can
 * de-duplicate ticket ids without boxing or allocating per call. Not thread-safe; the queue
 * guards it. Deletion uses backward shifting, so there are no tombstones to clean up.
 */
final class LongHashSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] slots;
    private final int mask;
    private int size;

    /** A set that holds at least {@code capacity} values at a load factor of at most 0.5. */
    LongHashSet(int capacity) {
        int tableSize = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
        slots = new long[tableSize];
        Arrays.fill(slots, EMPTY);
        mask = tableSize - 1;
    }

    boolean add(long value) {
        checkValue(value);
        int i = index(value);
        while (slots[i] != EMPTY) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    boolean contains(long value) {
        int i = index(value);
        while (slots[i] != EMPTY) {
            if (slots[i] == value) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    boolean remove(long value) {
        int i = index(value);
        while (slots[i] != value) {
            if (slots[i] == EMPTY) {
                return false;
            }
            i = (i + 1) & mask;
        }
        // Backward-shift: move later entries of the same probe run into the gap.
        int gap = i;
        int j = (gap + 1) & mask;
        while (slots[j] != EMPTY) {
            int home = index(slots[j]);
            boolean movable = gap <= j ? (home <= gap || home > j) : (home <= gap && home > j);
            if (movable) {
                slots[gap] = slots[j];
                gap = j;
            }
            j = (j + 1) & mask;
        }
        slots[gap] = EMPTY;
        size--;
        return true;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(slots, EMPTY);
        size = 0;
    }

    private int index(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static void checkValue(long value) {
        if (value == EMPTY) {
            throw new IllegalArgumentException("Long.MIN_VALUE cannot be stored");
        }
    }
}
