package io.balancepoint.bench;

import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.CsatRating;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.Worklog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Deterministic benchmark tickets: 10 worklogs and 10 comments each, as the benchmark brief asks. */
final class SampleTickets {

    private static final String[] AGENTS = {"alice", "bob", "chen", "dana"};
    private static final String[] CHANNELS = {"email", "portal", "phone", "chat"};
    private static final String[] TYPES = {"Get help", "Report an outage", "Request access", "Billing question"};
    private static final Instant EPOCH = Instant.parse("2025-01-01T08:00:00Z");

    private SampleTickets() {
    }

    /** Ticket {@code id}; {@code variant} changes one worklog's length so a recompute has something to write. */
    static TicketSnapshot ticket(long id, int variant) {
        Instant created = EPOCH.plus(Duration.ofMinutes(id * 37 % (365 * 24 * 60)));
        String customer = "customer-" + (id % 2_000);
        List<Worklog> worklogs = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            long seconds = 300 + (id * 13 + w * 7) % 3_000 + (w == 0 ? variant * 60L : 0);
            worklogs.add(new Worklog(id * 100 + w, AGENTS[(int) ((id + w) % AGENTS.length)],
                    created.plus(Duration.ofMinutes(30L * (w + 1))), seconds));
        }
        List<Comment> comments = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            AuthorRole role = c % 2 == 0 ? AuthorRole.CUSTOMER : AuthorRole.AGENT;
            boolean isPublic = c != 9; // one internal note
            String author = role == AuthorRole.AGENT ? AGENTS[(int) (id % AGENTS.length)] : customer;
            comments.add(new Comment(id * 100 + c, author, created.plus(Duration.ofMinutes(20L * (c + 1))), isPublic, role));
        }
        Instant resolved = created.plus(Duration.ofHours(6));
        return new TicketSnapshot(id, "BENCH-" + id, "BENCH", TYPES[(int) (id % TYPES.length)],
                CHANNELS[(int) (id % CHANNELS.length)], "Medium", customer, "org-" + (id % 50), created, "L1",
                worklogs, comments, List.of(ResolutionEvent.resolved(resolved, "Done", AGENTS[0])),
                new CsatRating((int) (id % 5) + 1, resolved.plus(Duration.ofHours(1))),
                Map.of("alice", Set.of("service-desk-agents")));
    }
}
