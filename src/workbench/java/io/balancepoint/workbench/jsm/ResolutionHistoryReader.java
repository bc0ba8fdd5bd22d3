package io.balancepoint.workbench.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.ticket.ChangeLog;
import io.balancepoint.ticket.FieldChange;
import io.balancepoint.ticket.ResolutionEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an issue's resolves and reopens from its change history ({@code changelog.histories}), by the
 * product's rule ({@link ChangeLog#resolutionHistory}) plus what only an export needs:
 * <ul>
 *   <li>The {@code resolution} field is the signal, as it is Jira's own definition of "resolved": set
 *       (from empty) = resolved, cleared = reopened, changed from one resolution to another = resolved
 *       again under the new name at that moment.</li>
 *   <li>Only when an issue's history never touches the resolution and the issue has none now (a workflow
 *       that does not set resolutions) do status changes count: into a status of the "done" category =
 *       resolved under the status's name, out of it = reopened. This needs {@code statuses.json}.</li>
 *   <li>An issue resolved now without any resolve in its history (created resolved, e.g. by a CSV
 *       import) gets one resolve at {@code fields.resolutiondate}.</li>
 *   <li>A history that ends in another state than the issue's current resolution is a problem:
 *       the history is incomplete.</li>
 * </ul>
 */
final class ResolutionHistoryReader {

    private final Set<String> doneStatusIds;

    ResolutionHistoryReader(Set<String> doneStatusIds) {
        this.doneStatusIds = doneStatusIds;
    }

    List<ResolutionEvent> read(JsonNode issue, JsonNode fields, Fields f) {
        JsonNode histories = f.completeList(issue, "", "changelog", "histories",
                "the export must hold the whole history (GET /rest/api/2/issue/{key}?expand=changelog)");
        List<FieldChange> resolutionChanges = new ArrayList<>();
        List<FieldChange> statusChanges = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            JsonNode history = histories.get(i);
            String at = Fields.path("changelog.histories", i);
            Instant created = f.time(history, at, "created");
            JsonNode author = history.path("author");
            String actor = author.isObject() ? f.userId(author, Fields.path(at, "author")) : null;
            JsonNode items = f.array(history, at, "items");
            for (int j = 0; j < items.size(); j++) {
                JsonNode item = items.get(j);
                String itemAt = Fields.path(Fields.path(at, "items"), j);
                String field = item.path("field").asText("");
                if (created == null || !"jira".equals(item.path("fieldtype").asText("jira"))) {
                    continue;
                }
                String from = f.optionalText(item, itemAt, "from");
                String to = f.optionalText(item, itemAt, "to");
                String toName = f.optionalText(item, itemAt, "toString");
                if (field.equals(ChangeLog.RESOLUTION)) {
                    if (to != null && toName == null) {
                        f.problem(Fields.path(itemAt, "toString"), "is required when a resolution is set");
                    }
                    resolutionChanges.add(new FieldChange(created, field, from, f.optionalText(item, itemAt, "fromString"),
                            to, toName, actor));
                } else if (field.equals("status")) {
                    boolean wasDone = from != null && doneStatusIds.contains(from);
                    boolean isDone = to != null && doneStatusIds.contains(to);
                    if (wasDone != isDone) {
                        // As a resolution change: into "done" sets the status's name, out of it clears it.
                        statusChanges.add(new FieldChange(created, ChangeLog.RESOLUTION, wasDone ? from : null, null,
                                isDone ? to : null, isDone ? toName : null, actor));
                    }
                }
            }
        }
        JsonNode resolutionNow = f.optionalObject(fields, "fields", "resolution");
        String currentResolution = resolutionNow == null ? null : f.text(resolutionNow, "fields.resolution", "name");
        boolean byStatus = resolutionChanges.isEmpty() && resolutionNow == null;
        List<ResolutionEvent> events = new ArrayList<>(ChangeLog.resolutionHistory(byStatus ? statusChanges : resolutionChanges));
        boolean endsResolved = !events.isEmpty() && events.get(events.size() - 1).kind() == ResolutionEvent.Kind.RESOLVED;
        if (resolutionNow != null && events.isEmpty()) {
            Instant resolved = f.time(fields, "fields", "resolutiondate");
            if (resolved != null && currentResolution != null) {
                events.add(ResolutionEvent.resolved(resolved, currentResolution, null));
            }
        } else if (resolutionNow != null && !endsResolved) {
            f.problem("changelog", "ends with the issue reopened, but fields.resolution is '" + currentResolution
                    + "': the history is incomplete");
        } else if (resolutionNow == null && endsResolved && !byStatus) {
            f.problem("changelog", "ends with the issue resolved, but fields.resolution is null: the history is incomplete");
        }
        return events;
    }
}
