package io.balancepoint.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Snapshots for tests of the recompute pipeline: one e-mail request with worked time and one agent reply. */
public final class TestTickets {

    public static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    private TestTickets() {
    }

    /**
     * A ticket of project SUP: {@code labourSeconds} logged by alice at 10:00, one agent reply at
     * 11:30, resolved "Done" at {@code resolvedAt} (open when null).
     */
    public static TicketSnapshot ticket(long id, long labourSeconds, Instant resolvedAt) {
        return ticket(id, "carol", labourSeconds, CREATED, resolvedAt);
    }

    public static TicketSnapshot ticket(long id, String customer, long labourSeconds, Instant created, Instant resolvedAt) {
        Instant worked = created.plus(Duration.ofHours(1));
        return new TicketSnapshot(id, "SUP-" + id, "SUP", "Get help", "email", "Medium", customer, "Acme", created, "L1",
                labourSeconds == 0 ? List.of() : List.of(new Worklog(10 * id, "alice", worked, labourSeconds)),
                List.of(new Comment(100 * id, customer, created.plusSeconds(60), true, AuthorRole.CUSTOMER),
                        new Comment(100 * id + 1, "alice", worked.plus(Duration.ofMinutes(90)), true, AuthorRole.AGENT)),
                resolvedAt == null ? List.of() : List.of(ResolutionEvent.resolved(resolvedAt, "Done", "alice")),
                null, Map.of("alice", Set.of("service-desk-agents")));
    }
}
