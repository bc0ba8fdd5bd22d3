package io.balancepoint.workbench.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.function.Predicate;

/**
 * Reads values out of one file's JSON (or one issue in it) and reports what is missing or of the wrong
 * type as a problem naming the file, the issue and the field path. A read that fails returns null (or
 * a missing node) so the caller can go on and report the next problem. Fields that are not asked for
 * are never looked at: Jira adds fields with every release, and an export must not fail because of them.
 */
final class Fields {

    /** Jira's REST date-time ({@code 2024-03-04T09:00:00.000+0000}); also accepts ISO-8601 with a colon in the offset. */
    private static final DateTimeFormatter JIRA_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter();

    private final ImportProblems problems;
    private final String file;
    private final String issueKey;

    Fields(ImportProblems problems, String file, String issueKey) {
        this.problems = problems;
        this.file = file;
        this.issueKey = issueKey;
    }

    /** The same file, about another issue. */
    Fields forIssue(String key) {
        return new Fields(problems, file, key);
    }

    String file() {
        return file;
    }

    void problem(String field, String reason) {
        problems.add(file, issueKey, field, reason);
    }

    static String path(String parent, String name) {
        return parent == null || parent.isEmpty() ? name : parent + "." + name;
    }

    static String path(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** A required JSON object; a missing node (after a problem) when absent or not an object. */
    JsonNode object(JsonNode parent, String parentPath, String name) {
        return required(parent, parentPath, name, JsonNode::isObject, "must be an object");
    }

    /** An optional JSON object: null when absent or null, a problem when another type. */
    JsonNode optionalObject(JsonNode parent, String parentPath, String name) {
        JsonNode value = parent.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problem(path(parentPath, name), "must be an object or null");
            return null;
        }
        return value;
    }

    /** A required JSON array; a missing node (after a problem) when absent or not an array. */
    JsonNode array(JsonNode parent, String parentPath, String name) {
        return required(parent, parentPath, name, JsonNode::isArray, "must be an array");
    }

    private JsonNode required(JsonNode parent, String parentPath, String name, Predicate<JsonNode> shape, String expected) {
        JsonNode value = parent.path(name);
        if (!shape.test(value)) {
            problem(path(parentPath, name), value.isMissingNode() || value.isNull() ? "is required" : expected);
            return MissingNode.getInstance();
        }
        return value;
    }

    /**
     * The entries of a required Jira list object ({@code {startAt, maxResults, total, <entries>: [...]}}),
     * reporting one that Jira cut short (search holds at most 20 worklogs; histories may be paged); a
     * missing node (no entries) after a problem.
     */
    JsonNode completeList(JsonNode parent, String parentPath, String name, String entries, String remedy) {
        JsonNode list = object(parent, parentPath, name);
        if (list.isMissingNode()) {
            return list;
        }
        String listPath = path(parentPath, name);
        JsonNode values = array(list, listPath, entries);
        Long total = count(list, listPath, "total");
        if (total != null && total != values.size()) {
            problem(listPath, "holds " + values.size() + " of " + total + "; " + remedy);
        }
        return values;
    }

    /** A required non-blank string. */
    String text(JsonNode parent, String parentPath, String name) {
        JsonNode value = parent.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(path(parentPath, name), value.isMissingNode() || value.isNull() ? "is required" : "must be a non-empty string");
            return null;
        }
        return value.asText();
    }

    /** An optional string: null when absent or null. */
    String optionalText(JsonNode parent, String parentPath, String name) {
        JsonNode value = parent.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problem(path(parentPath, name), "must be a string or null");
            return null;
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    /** A required whole number, given as a JSON number or (as Jira gives ids) a string of digits. */
    Long id(JsonNode parent, String parentPath, String name) {
        JsonNode value = parent.path(name);
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().matches("[0-9]{1,18}")) {
            return Long.parseLong(value.asText());
        }
        problem(path(parentPath, name), value.isMissingNode() || value.isNull() ? "is required" : "must be a whole number");
        return null;
    }

    /** A required whole number that is not negative. */
    Long count(JsonNode parent, String parentPath, String name) {
        JsonNode value = parent.path(name);
        if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0) {
            return value.asLong();
        }
        problem(path(parentPath, name), value.isMissingNode() || value.isNull() ? "is required" : "must be a whole number, 0 or more");
        return null;
    }

    /** A required boolean. */
    Boolean bool(JsonNode parent, String parentPath, String name) {
        JsonNode value = parent.path(name);
        if (!value.isBoolean()) {
            problem(path(parentPath, name), value.isMissingNode() || value.isNull() ? "is required" : "must be true or false");
            return null;
        }
        return value.asBoolean();
    }

    /** A required Jira date-time. */
    Instant time(JsonNode parent, String parentPath, String name) {
        JsonNode value = parent.path(name);
        if (value.isMissingNode() || value.isNull()) {
            problem(path(parentPath, name), "is required");
            return null;
        }
        return parseTime(value, path(parentPath, name));
    }

    /** An optional Jira date-time: null when absent or null. */
    Instant optionalTime(JsonNode parent, String parentPath, String name) {
        JsonNode value = parent.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return parseTime(value, path(parentPath, name));
    }

    private Instant parseTime(JsonNode value, String field) {
        if (value.isTextual()) {
            try {
                return OffsetDateTime.parse(value.asText(), JIRA_TIME).toInstant();
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problem(field, "must be a Jira date-time such as 2024-03-04T09:00:00.000+0000, was " + value);
        return null;
    }

    /**
     * The time of the JSM REST "date" object ({@code {iso8601, jira, friendly, epochMillis}}):
     * {@code epochMillis} when present (exact, no zone to get wrong), else {@code iso8601}.
     */
    Instant serviceDeskTime(JsonNode parent, String parentPath, String name) {
        JsonNode date = object(parent, parentPath, name);
        if (date.isMissingNode()) {
            return null;
        }
        String field = path(parentPath, name);
        JsonNode millis = date.path("epochMillis");
        if (millis.isIntegralNumber()) {
            return Instant.ofEpochMilli(millis.asLong());
        }
        if (!millis.isMissingNode()) {
            problem(path(field, "epochMillis"), "must be a whole number");
            return null;
        }
        return time(date, field, "iso8601");
    }

    /**
     * The id Balance Point knows a Jira user by: the user key on Data Center ({@code key}), the
     * {@code accountId} on Cloud; the user name only when neither is given (very old exports).
     */
    String userId(JsonNode user, String field) {
        for (String name : new String[] {"key", "accountId", "name"}) {
            JsonNode value = user.path(name);
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        problem(field, "a user needs a key (Data Center) or an accountId (Cloud)");
        return null;
    }
}
