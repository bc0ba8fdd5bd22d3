package io.balancepoint.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

/**
 * A {@link TicketSource} over tickets held in memory, for tests: tickets can be changed and
 * deleted behind the product's back (no event), reads can be made to fail, and every read is counted.
 */
public final class InMemoryTicketSource implements TicketSource {

    private final NavigableMap<Long, SourcedTicket> tickets = new ConcurrentSkipListMap<>();
    private final Map<Long, Integer> reads = new HashMap<>();
    private volatile LongPredicate failing = id -> false;
    private volatile LongConsumer afterRead = id -> { };

    /** Adds or replaces a ticket as changed at {@code updated}. */
    public InMemoryTicketSource put(TicketSnapshot snapshot, Instant updated) {
        tickets.put(snapshot.issueId(), new SourcedTicket(snapshot, updated));
        return this;
    }

    public void delete(long issueId) {
        tickets.remove(issueId);
    }

    /** Makes reads of the matching ids throw, until changed again. */
    public void failReads(LongPredicate ids) {
        failing = ids;
    }

    /** Calls {@code listener} after every read that did not fail (to wait for a background reader, or to interfere). */
    public void afterRead(LongConsumer listener) {
        afterRead = listener;
    }

    /** How many times {@link #read} was asked for {@code issueId}. */
    public synchronized int reads(long issueId) {
        return reads.getOrDefault(issueId, 0);
    }

    /** Every read so far, by issue id. */
    public synchronized Map<Long, Integer> reads() {
        return Map.copyOf(reads);
    }

    @Override
    public Optional<SourcedTicket> read(long issueId) {
        synchronized (this) {
            reads.merge(issueId, 1, Integer::sum);
        }
        if (failing.test(issueId)) {
            throw new IllegalStateException("injected read failure for issue " + issueId);
        }
        Optional<SourcedTicket> ticket = Optional.ofNullable(tickets.get(issueId));
        afterRead.accept(issueId);
        return ticket;
    }

    @Override
    public List<TicketStamp> ticketsAfter(long afterIssueId, int limit) {
        List<TicketStamp> page = new ArrayList<>();
        for (SourcedTicket ticket : tickets.tailMap(afterIssueId, false).values()) {
            if (page.size() == limit) {
                break;
            }
            page.add(ticket.stamp());
        }
        return page;
    }

    @Override
    public long count() {
        return tickets.size();
    }
}
