package io.balancepoint.rest;

import io.balancepoint.validation.Problems;

/** A page asked for with {@code offset} and {@code limit} query parameters: newest first, at most {@link #MAX_LIMIT}. */
public record Paging(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** No page may start further in: keeps deep scans (and overflows) out of the database. */
    public static final int MAX_OFFSET = 1_000_000;

    /** From the raw parameters: 400 when unparseable, 422 with both problems when out of range. */
    public static Paging of(String offset, String limit) {
        long from = QueryParameters.wholeNumber("offset", offset, 0);
        long size = QueryParameters.wholeNumber("limit", limit, DEFAULT_LIMIT);
        Problems problems = new Problems();
        QueryParameters.range(problems, "offset", from, 0, MAX_OFFSET);
        QueryParameters.range(problems, "limit", size, 1, MAX_LIMIT);
        problems.throwIfAny("invalid page");
        return new Paging((int) from, (int) size);
    }
}
