package io.balancepoint.routing;

import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test tickets: a mutable builder over the fields routing reads. */
final class TicketBuilder {

    static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    private String key = "SD-1";
    private String requestType = "Question";
    private String channel = "email";
    private String priority = "Medium";
    private String organisation;
    private String supportTier;
    private final List<Comment> comments = new ArrayList<>();
    private final List<ResolutionEvent> resolutions = new ArrayList<>();

    static TicketBuilder ticket() {
        return new TicketBuilder();
    }

    TicketBuilder key(String value) {
        key = value;
        return this;
    }

    TicketBuilder requestType(String value) {
        requestType = value;
        return this;
    }

    TicketBuilder channel(String value) {
        channel = value;
        return this;
    }

    TicketBuilder priority(String value) {
        priority = value;
        return this;
    }

    TicketBuilder organisation(String value) {
        organisation = value;
        return this;
    }

    TicketBuilder tier(String value) {
        supportTier = value;
        return this;
    }

    /** Adds a comment {@code minutes} after creation. */
    TicketBuilder comment(int minutes, AuthorRole role, boolean isPublic) {
        comments.add(new Comment(comments.size() + 1, role.name().toLowerCase(), at(minutes), isPublic, role));
        return this;
    }

    TicketBuilder agentReply(int minutes) {
        return comment(minutes, AuthorRole.AGENT, true);
    }

    TicketBuilder customerComment(int minutes) {
        return comment(minutes, AuthorRole.CUSTOMER, true);
    }

    TicketBuilder resolved(int minutes) {
        resolutions.add(ResolutionEvent.resolved(at(minutes), "Done", "agent"));
        return this;
    }

    TicketBuilder reopened(int minutes) {
        resolutions.add(ResolutionEvent.reopened(at(minutes), "customer"));
        return this;
    }

    static Instant at(int minutes) {
        return CREATED.plus(Duration.ofMinutes(minutes));
    }

    TicketSnapshot build() {
        return new TicketSnapshot(1, key, "SD", requestType, channel, priority, "cust", organisation, CREATED,
                supportTier, List.of(), comments, resolutions, null, null);
    }
}
