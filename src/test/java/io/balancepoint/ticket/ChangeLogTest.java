package io.balancepoint.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolve and reopen read from resolution changes, whatever the workflow's events. */
class ChangeLogTest {

    private static final Instant T1 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-06T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-01-07T10:00:00Z");

    static FieldChange resolution(Instant at, String from, String to, String actor) {
        return new FieldChange(at, "resolution", from == null ? null : "1", from, to == null ? null : "2", to, actor);
    }

    @Test
    void resolveReopenResolveInTimeOrderWhateverTheInputOrder() {
        List<FieldChange> changes = List.of(
                resolution(T3, null, "Done", "agent-2"),
                new FieldChange(T1, "status", "1", "Open", "5", "Resolved", "agent-1"),
                resolution(T1, null, "Done", "agent-1"),
                resolution(T2, "Done", null, "customer"));

        assertThat(ChangeLog.resolutionHistory(changes)).containsExactly(
                ResolutionEvent.resolved(T1, "Done", "agent-1"),
                ResolutionEvent.reopened(T2, "customer"),
                ResolutionEvent.resolved(T3, "Done", "agent-2"));
    }

    @Test
    void aResolutionChangedToAnotherIsTheLatestResolve() {
        List<ResolutionEvent> history = ChangeLog.resolutionHistory(List.of(
                resolution(T1, null, "Done", "a"), resolution(T2, "Done", "Duplicate", "b")));

        assertThat(history).extracting(ResolutionEvent::resolution).containsExactly("Done", "Duplicate");
        assertThat(ChangeLog.reopens(List.of(resolution(T2, "Done", "Duplicate", "b")))).isFalse();
        assertThat(ChangeLog.resolves(List.of(resolution(T2, "Done", "Duplicate", "b")))).isFalse();
    }

    @Test
    void onlyTheRawValueIsEnoughAndFieldNamesIgnoreCase() {
        FieldChange rawOnly = new FieldChange(T1, "Resolution", null, null, "10000", null, null);

        assertThat(ChangeLog.resolutionHistory(List.of(rawOnly)))
                .containsExactly(ResolutionEvent.resolved(T1, "10000", null));
        assertThat(ChangeLog.resolves(List.of(rawOnly))).isTrue();
    }

    @Test
    void statusChangesAloneNeitherResolveNorReopen() {
        List<FieldChange> statusOnly = List.of(new FieldChange(T1, "status", "5", "Resolved", "4", "Reopened", "x"));

        assertThat(ChangeLog.resolutionHistory(statusOnly)).isEmpty();
        assertThat(ChangeLog.reopens(statusOnly)).isFalse();
    }

    @Test
    void lastChangeOfAField() {
        List<FieldChange> changes = List.of(
                new FieldChange(T2, "Satisfaction", null, null, "4", "4", "c"),
                new FieldChange(T3, "status", null, null, "1", "Open", "c"),
                new FieldChange(T1, "satisfaction", null, null, "2", "2", "c"));

        assertThat(ChangeLog.lastChangeOf(changes, "satisfaction")).contains(T2);
        assertThat(ChangeLog.lastChangeOf(changes, "labels")).isEmpty();
    }
}
