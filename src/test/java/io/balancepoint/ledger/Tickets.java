package io.balancepoint.ledger;

import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.Worklog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test snapshots: only the fields the ledger reads are varied. */
final class Tickets {

    private Tickets() {
    }

    static TicketSnapshot ticket(String project, String channel, List<Worklog> worklogs, List<Comment> comments,
                                 List<ResolutionEvent> resolutions, Map<String, Set<String>> roles) {
        return new TicketSnapshot(1L, project + "-1", project, "Get help", channel, "Medium", "cust", null,
                Instant.parse("2026-01-01T00:00:00Z"), null, worklogs, comments, resolutions, null, roles);
    }

    static Worklog worklog(long id, String author, String started, long seconds) {
        return new Worklog(id, author, Instant.parse(started), seconds);
    }

    static Comment agentReply(long id, String at) {
        return new Comment(id, "agent", Instant.parse(at), true, AuthorRole.AGENT);
    }

    static Comment comment(long id, String at, boolean isPublic, AuthorRole role) {
        return new Comment(id, "someone", Instant.parse(at), isPublic, role);
    }

    static ResolutionEvent resolved(String at) {
        return ResolutionEvent.resolved(Instant.parse(at), "Done", "agent");
    }

    static ResolutionEvent reopened(String at) {
        return ResolutionEvent.reopened(Instant.parse(at), "cust");
    }
}
