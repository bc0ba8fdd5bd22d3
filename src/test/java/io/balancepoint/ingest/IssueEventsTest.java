package io.balancepoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ingest.IssueEvents.Change;
import io.balancepoint.ingest.IssueEvents.Kind;
import io.balancepoint.ticket.FieldChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which events the Jira bridge enqueues, and how resolve/reopen are recognised from the change log. */
class IssueEventsTest {

    private static final Instant AT = Instant.parse("2026-02-01T09:00:00Z");

    private static FieldChange change(String field, String from, String to) {
        return new FieldChange(AT, field, from, from, to, to, "agent");
    }

    @Test
    void everyEventBalancePointReadsIsEnqueued() {
        assertThat(IssueEvents.changes(Kind.CREATED, List.of())).containsExactly(Change.CREATED);
        assertThat(IssueEvents.changes(Kind.ASSIGNED, List.of())).containsExactly(Change.ASSIGNED);
        assertThat(IssueEvents.changes(Kind.COMMENTED, List.of())).containsExactly(Change.COMMENTED);
        assertThat(IssueEvents.changes(Kind.COMMENT_EDITED, List.of())).containsExactly(Change.COMMENTED);
        assertThat(IssueEvents.changes(Kind.WORKLOGGED, List.of())).containsExactly(Change.WORKLOG);
        assertThat(IssueEvents.changes(Kind.WORKLOG_UPDATED, List.of())).containsExactly(Change.WORKLOG);
        assertThat(IssueEvents.changes(Kind.WORKLOG_DELETED, List.of())).containsExactly(Change.WORKLOG);
        assertThat(IssueEvents.changes(Kind.DELETED, List.of())).containsExactly(Change.DELETED);
        assertThat(IssueEvents.changes(Kind.REOPENED, List.of())).containsExactly(Change.FIELDS);
    }

    @Test
    void aCustomEventThatSetsTheResolutionIsAResolve() {
        List<FieldChange> log = List.of(change("status", "Open", "Done"), change("resolution", null, "Done"));

        assertThat(IssueEvents.changes(Kind.OTHER, log)).containsExactlyInAnyOrder(Change.FIELDS, Change.RESOLVED);
        assertThat(IssueEvents.changes(Kind.GENERIC, log)).contains(Change.RESOLVED);
    }

    @Test
    void anUpdateThatClearsTheResolutionIsAReopen() {
        List<FieldChange> log = List.of(change("resolution", "Done", null));

        assertThat(IssueEvents.changes(Kind.UPDATED, log)).containsExactlyInAnyOrder(Change.FIELDS, Change.REOPENED);
    }

    @Test
    void anAssigneeChangeInAnUpdateIsAnAssignment() {
        assertThat(IssueEvents.changes(Kind.UPDATED, List.of(change("assignee", "a", "b"))))
                .containsExactlyInAnyOrder(Change.FIELDS, Change.ASSIGNED);
    }

    @Test
    void eventsWithoutChangesAreNotEnqueued() {
        assertThat(IssueEvents.needsRecompute(Kind.OTHER, List.of())).isFalse();
        assertThat(IssueEvents.needsRecompute(Kind.UPDATED, List.of())).isFalse();
        assertThat(IssueEvents.needsRecompute(Kind.GENERIC, List.of())).isFalse();
    }

    @Test
    void withoutTheItemsAnyChangeLogIsEnough() {
        assertThat(IssueEvents.needsRecompute(Kind.OTHER, true)).isTrue();
        assertThat(IssueEvents.needsRecompute(Kind.OTHER, false)).isFalse();
        assertThat(IssueEvents.needsRecompute(Kind.UPDATED, false)).isFalse();
        assertThat(IssueEvents.needsRecompute(Kind.WORKLOG_DELETED, false)).isTrue();
        assertThat(IssueEvents.needsRecompute(Kind.CREATED, false)).isTrue();
    }
}
