package io.balancepoint.dashboards;

import java.util.List;

/**
 * One page of a list: the items at positions [offset, offset + limit) of the whole ordered list,
 * and the size of that list.
 *
 * @param total how many items the whole list has
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    /** True when items follow this page. */
    public boolean hasMore() {
        return offset + (long) items.size() < total;
    }
}
