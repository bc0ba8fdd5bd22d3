package io.balancepoint.fcr;

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

/** Test fixture: builds ticket snapshots on a timeline measured in minutes after creation. */
public final class TicketBuilder {

    /** Creation time of every built ticket: Monday 2026-03-02 09:00 UTC, the start of a working day. */
    public static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    private final String key;
    private String project = "SD";
    private String requestType = "Password reset";
    private String channel = "email";
    private String priority = "Medium";
    private String customer = "cust-1";
    private String organisation = "Acme";
    private String supportTier = "L1";
    private Instant created = CREATED;
    private final List<Comment> comments = new ArrayList<>();
    private final List<Worklog> worklogs = new ArrayList<>();
    private final List<ResolutionEvent> history = new ArrayList<>();
    private CsatRating csat;
    private long nextId = 1;

    private TicketBuilder(String key) {
        this.key = key;
    }

    public static TicketBuilder ticket(String key) {
        return new TicketBuilder(key);
    }

    /** The instant {@code minutes} after {@link #CREATED}. */
    public static Instant minute(long minutes) {
        return CREATED.plus(Duration.ofMinutes(minutes));
    }

    public static Instant day(long days) {
        return CREATED.plus(Duration.ofDays(days));
    }

    public TicketBuilder project(String value) {
        project = value;
        return this;
    }

    public TicketBuilder requestType(String value) {
        requestType = value;
        return this;
    }

    public TicketBuilder channel(String value) {
        channel = value;
        return this;
    }

    public TicketBuilder priority(String value) {
        priority = value;
        return this;
    }

    public TicketBuilder customer(String value) {
        customer = value;
        return this;
    }

    public TicketBuilder organisation(String value) {
        organisation = value;
        return this;
    }

    public TicketBuilder supportTier(String value) {
        supportTier = value;
        return this;
    }

    public TicketBuilder created(Instant value) {
        created = value;
        return this;
    }

    public TicketBuilder agentReply(Instant at) {
        return comment(at, true, AuthorRole.AGENT, "agent-1");
    }

    public TicketBuilder customerComment(Instant at) {
        return comment(at, true, AuthorRole.CUSTOMER, customer);
    }

    public TicketBuilder internalNote(Instant at) {
        return comment(at, false, AuthorRole.AGENT, "agent-2");
    }

    public TicketBuilder automationComment(Instant at) {
        return comment(at, true, AuthorRole.OTHER, "automation");
    }

    public TicketBuilder comment(Instant at, boolean isPublic, AuthorRole role, String author) {
        comments.add(new Comment(nextId++, author, at, isPublic, role));
        return this;
    }

    public TicketBuilder work(Instant at, long seconds) {
        worklogs.add(new Worklog(nextId++, "agent-1", at, seconds));
        return this;
    }

    public TicketBuilder resolved(Instant at, String resolution) {
        return resolved(at, resolution, "agent-1");
    }

    public TicketBuilder resolved(Instant at, String resolution, String actor) {
        history.add(ResolutionEvent.resolved(at, resolution, actor));
        return this;
    }

    public TicketBuilder reopened(Instant at) {
        history.add(ResolutionEvent.reopened(at, customer));
        return this;
    }

    public TicketBuilder csat(int rating, Instant at) {
        csat = new CsatRating(rating, at);
        return this;
    }

    public TicketSnapshot build() {
        return new TicketSnapshot(Math.abs(key.hashCode()), key, project, requestType, channel, priority, customer,
                organisation, created, supportTier, worklogs, comments, history, csat, Map.of());
    }
}
