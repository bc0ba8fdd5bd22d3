package io.balancepoint.jira.events;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.balancepoint.ingest.IssueEvents;
import io.balancepoint.ingest.IssueEvents.Kind;
import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.jira.JiraServices;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Jira issue events to the recompute queue, and nothing else: no lookups, no I/O on the thread that
 * fired the event. Registered when the plugin's Spring context starts and unregistered when it
 * stops (plugin disabled, upgraded or uninstalled), so a disabled plugin receives nothing. Events of
 * projects without a service desk are queued too: the ticket source answers "no such ticket" for
 * them, which costs one read in the background instead of a project lookup here.
 */
@Named
public final class IssueEventBridge {

    private final EventPublisher events;
    private final RecomputeQueue queue;

    @Inject
    public IssueEventBridge(@ComponentImport EventPublisher events, JiraServices services) {
        this.events = events;
        this.queue = services.queue();
    }

    @PostConstruct
    public void register() {
        events.register(this);
    }

    @PreDestroy
    public void unregister() {
        events.unregister(this);
    }

    /** Created, updated, assigned, commented, worklogged (created, updated, deleted), resolved, reopened, deleted, and custom events. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        Kind kind = kindOf(event.getEventTypeId());
        if (IssueEvents.needsRecompute(kind, event.getChangeLog() != null)) {
            queue.offer(issue.getId());
        }
    }

    /** Jira's system event type ids (EventType constants) to the kinds Balance Point tells apart. */
    static Kind kindOf(Long eventTypeId) {
        if (eventTypeId == null) {
            return Kind.OTHER;
        }
        long id = eventTypeId;
        if (id == EventType.ISSUE_CREATED_ID) {
            return Kind.CREATED;
        } else if (id == EventType.ISSUE_UPDATED_ID) {
            return Kind.UPDATED;
        } else if (id == EventType.ISSUE_ASSIGNED_ID) {
            return Kind.ASSIGNED;
        } else if (id == EventType.ISSUE_RESOLVED_ID) {
            return Kind.RESOLVED;
        } else if (id == EventType.ISSUE_CLOSED_ID) {
            return Kind.CLOSED;
        } else if (id == EventType.ISSUE_COMMENTED_ID) {
            return Kind.COMMENTED;
        } else if (id == EventType.ISSUE_COMMENT_EDITED_ID) {
            return Kind.COMMENT_EDITED;
        } else if (id == EventType.ISSUE_COMMENT_DELETED_ID) {
            return Kind.COMMENT_DELETED;
        } else if (id == EventType.ISSUE_REOPENED_ID) {
            return Kind.REOPENED;
        } else if (id == EventType.ISSUE_DELETED_ID) {
            return Kind.DELETED;
        } else if (id == EventType.ISSUE_MOVED_ID) {
            return Kind.MOVED;
        } else if (id == EventType.ISSUE_WORKLOGGED_ID) {
            return Kind.WORKLOGGED;
        } else if (id == EventType.ISSUE_WORKLOG_UPDATED_ID) {
            return Kind.WORKLOG_UPDATED;
        } else if (id == EventType.ISSUE_WORKLOG_DELETED_ID) {
            return Kind.WORKLOG_DELETED;
        } else if (id == EventType.ISSUE_GENERICEVENT_ID) {
            return Kind.GENERIC;
        }
        return Kind.OTHER;
    }
}
