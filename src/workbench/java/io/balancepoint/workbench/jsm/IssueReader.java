package io.balancepoint.workbench.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Channels;
import io.balancepoint.ticket.CsatValues;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.CsatRating;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.Worklog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one issue of a search page, with its JSM request comments and its channel property, into a
 * ticket snapshot. Every problem is reported with the file, the issue key and the field; an issue
 * with a problem yields null.
 */
final class IssueReader {

    /** One issue as read: the ticket, its project, and who raised it (for the customer list). */
    record ReadIssue(SourcedTicket ticket, JsmProject project, JsmUserRef reporter, int publicComments,
                     int internalComments) {
    }

    /** A user as an issue names them (the reporter need not be in users.json). */
    record JsmUserRef(String key, String displayName, String emailAddress) {
    }

    private final ExportFiles files;
    private final SiteData site;
    private final CommentAuthors authors;
    private final ResolutionHistoryReader history;

    IssueReader(ExportFiles files, SiteData site) {
        this.files = files;
        this.site = site;
        this.authors = new CommentAuthors(site.users());
        this.history = new ResolutionHistoryReader(site.doneStatusIds());
    }

    ReadIssue read(JsonNode issue, Fields page, ImportProblems problems) {
        int before = problems.size();
        String key = page.text(issue, "", "key");
        Fields f = page.forIssue(key);
        Long id = f.id(issue, "", "id");
        JsonNode fields = f.object(issue, "", "fields");
        if (key == null || id == null || fields.isMissingNode()) {
            return null;
        }
        JsonNode projectNode = f.object(fields, "fields", "project");
        JsmProject project = projectNode.isMissingNode() ? null : new JsmProject(
                orZero(f.id(projectNode, "fields.project", "id")), f.text(projectNode, "fields.project", "key"),
                f.optionalText(projectNode, "fields.project", "name"));
        Instant created = f.time(fields, "fields", "created");
        Instant updated = f.time(fields, "fields", "updated");
        JsmUserRef reporter = user(fields, "reporter", f);
        String reporterKey = reporter == null ? null : reporter.key();
        Set<String> participants = participants(fields, f);
        String requestType = requestType(fields, f);
        String organisation = organisation(fields, f);
        JsonNode priority = f.optionalObject(fields, "fields", "priority");
        String priorityName = priority == null ? null : f.optionalText(priority, "fields.priority", "name");

        List<Worklog> worklogs = worklogs(fields, f);
        List<Comment> comments = comments(key, fields, reporterKey, participants, f, problems);
        List<ResolutionEvent> resolutions = history.read(issue, fields, f);
        CsatRating csat = csat(fields, f);
        String channel = channel(key, problems);
        Map<String, Set<String>> roles = new HashMap<>();
        for (Worklog w : worklogs) {
            JsmUser user = site.users().get(w.authorKey());
            if (user == null) {
                f.problem("fields.worklog", "worklog " + w.id() + " is by '" + w.authorKey()
                        + "', who is not in users.json (their groups decide role rates)");
            } else {
                roles.put(user.key(), user.groups());
            }
        }
        if (problems.size() > before || project == null || project.key() == null || created == null || updated == null) {
            return null;
        }
        TicketSnapshot snapshot = new TicketSnapshot(id, key, project.key(), requestType, channel, priorityName,
                reporterKey, organisation, created, null, worklogs, comments, resolutions, csat, roles);
        int publicComments = (int) comments.stream().filter(Comment::isPublic).count();
        return new ReadIssue(new SourcedTicket(snapshot, updated), project, reporter, publicComments,
                comments.size() - publicComments);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static JsmUserRef user(JsonNode fields, String name, Fields f) {
        JsonNode user = f.optionalObject(fields, "fields", name);
        if (user == null) {
            return null;
        }
        String key = f.userId(user, "fields." + name);
        return key == null ? null : new JsmUserRef(key, user.path("displayName").asText(null), user.path("emailAddress").asText(null));
    }

    private Set<String> participants(JsonNode fields, Fields f) {
        String id = site.fieldIds().participants();
        Set<String> keys = new HashSet<>();
        JsonNode value = id == null ? null : fields.get(id);
        if (value == null || value.isNull()) {
            return keys;
        }
        if (!value.isArray()) {
            f.problem("fields." + id, "(Request participants) must be an array of users");
            return keys;
        }
        for (int i = 0; i < value.size(); i++) {
            String key = f.userId(value.get(i), Fields.path("fields." + id, i));
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The request type's name from the Customer Request Type field ({@code {requestType: {name}}}); null when none. */
    private String requestType(JsonNode fields, Fields f) {
        String id = site.fieldIds().requestType();
        JsonNode value = id == null ? null : f.optionalObject(fields, "fields", id);
        if (value == null) {
            return null;
        }
        JsonNode type = f.object(value, "fields." + id, "requestType");
        return type.isMissingNode() ? null : f.text(type, "fields." + id + ".requestType", "name");
    }

    /** The first organisation of the Organizations field (a ticket has one organisation in Balance Point). */
    private String organisation(JsonNode fields, Fields f) {
        String id = site.fieldIds().organisations();
        JsonNode value = id == null ? null : fields.get(id);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            f.problem("fields." + id, "(Organizations) must be an array of organisations");
            return null;
        }
        if (value.isEmpty()) {
            return null;
        }
        String name = f.text(value.get(0), "fields." + id + "[0]", "name");
        if (name != null && !site.organisations().isEmpty() && !site.organisations().containsKey(name)) {
            f.problem("fields." + id + "[0].name", "organisation '" + name + "' is not in organizations.json");
        }
        return name;
    }

    private List<Worklog> worklogs(JsonNode fields, Fields f) {
        JsonNode entries = f.completeList(fields, "fields", "worklog", "worklogs",
                "the export must replace it with GET /rest/api/2/issue/{key}/worklog");
        List<Worklog> worklogs = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String at = Fields.path("fields.worklog.worklogs", i);
            Long id = f.id(entry, at, "id");
            JsonNode author = f.object(entry, at, "author");
            String authorKey = author.isMissingNode() ? null : f.userId(author, Fields.path(at, "author"));
            Instant started = f.time(entry, at, "started");
            Long seconds = f.count(entry, at, "timeSpentSeconds");
            if (id != null && !ids.add(id)) {
                f.problem(Fields.path(at, "id"), "worklog " + id + " is listed twice");
            } else if (id != null && authorKey != null && started != null && seconds != null) {
                worklogs.add(new Worklog(id, authorKey, started, seconds));
            }
        }
        return worklogs;
    }

    /** The comments from the JSM request comments (which carry the public flag). */
    private List<Comment> comments(String key, JsonNode fields, String reporterKey, Set<String> participants, Fields issue,
                                   ImportProblems problems) {
        String file = ExportFiles.requestComments(key);
        if (!files.exists(file)) {
            problems.add(file, key, null, "is missing: every issue needs its JSM request comments "
                    + "(GET /rest/servicedeskapi/request/" + key + "/comment), which say which comments are public");
            return List.of();
        }
        JsonNode page = files.read(file, problems);
        if (page == null) {
            return List.of();
        }
        Fields f = new Fields(problems, file, key);
        Boolean last = f.bool(page, "", "isLastPage");
        if (Boolean.FALSE.equals(last)) {
            f.problem("isLastPage", "is false: merge every page of the request's comments into values");
        }
        JsonNode values = f.array(page, "", "values");
        List<Comment> comments = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            String at = Fields.path("values", i);
            Long id = f.id(value, at, "id");
            Boolean isPublic = f.bool(value, at, "public");
            Instant created = f.serviceDeskTime(value, at, "created");
            JsonNode author = value.path("author");
            String authorKey = author.isObject() ? f.userId(author, Fields.path(at, "author")) : null;
            if (authorKey != null && !authorKey.equals(reporterKey) && !participants.contains(authorKey)
                    && !site.users().containsKey(authorKey)) {
                f.problem(Fields.path(at, "author"), "'" + authorKey
                        + "' is not in users.json (whether they are an agent decides whether the comment is a contact)");
                continue;
            }
            if (id != null && !ids.add(id)) {
                f.problem(Fields.path(at, "id"), "comment " + id + " is listed twice");
            } else if (id != null && isPublic != null && created != null) {
                AuthorRole role = authors.roleOf(authorKey, isPublic, reporterKey, participants);
                comments.add(new Comment(id, authorKey, created, isPublic, role));
            }
        }
        JsonNode jiraComments = fields.path("comment");
        if (jiraComments.isObject() && jiraComments.path("total").canConvertToInt()
                && jiraComments.path("total").asInt() != values.size()) {
            issue.problem("fields.comment.total", "is " + jiraComments.path("total").asInt() + " but " + file + " holds "
                    + values.size() + " comments: export with an agent's token, who sees internal comments too");
        }
        return comments;
    }

    /**
     * The satisfaction rating: the Satisfaction field's value read as the Jira adapter reads it ({@link CsatValues}),
     * rated at the Satisfaction date, else at the resolution date, else at the last update.
     */
    private CsatRating csat(JsonNode fields, Fields f) {
        String id = site.fieldIds().satisfaction();
        JsonNode value = id == null ? null : fields.get(id);
        if (value == null || value.isNull()) {
            return null;
        }
        Optional<Integer> rating = CsatValues.rating(value.isNumber() ? value.numberValue()
                : value.isTextual() ? value.asText() : value.toString());
        if (rating.isEmpty()) {
            f.problem("fields." + id, "(Satisfaction) must hold a rating 1 to 5 ({\"rating\": 4} or a number), was " + value);
            return null;
        }
        String dateId = site.fieldIds().satisfactionDate();
        Instant ratedAt = dateId == null ? null : f.optionalTime(fields, "fields", dateId);
        if (ratedAt == null) {
            ratedAt = f.optionalTime(fields, "fields", "resolutiondate");
        }
        if (ratedAt == null) {
            ratedAt = f.optionalTime(fields, "fields", "updated");
        }
        return new CsatRating(rating.get(), ratedAt);
    }

    /**
     * The channel from {@code channel/KEY.json} (the {@code request.channel.type} property), mapped as the
     * Jira adapter maps it ({@link Channels}); no property means the request was raised in Jira.
     */
    private String channel(String key, ImportProblems problems) {
        String file = ExportFiles.channel(key);
        if (!files.exists(file)) {
            return Channels.fromRequestChannel(null);
        }
        JsonNode property = files.read(file, problems);
        if (property == null) {
            return null;
        }
        Fields f = new Fields(problems, file, key);
        String propertyKey = f.text(property, "", "key");
        if (propertyKey != null && !propertyKey.equals(Channels.PROPERTY)) {
            f.problem("key", "must be '" + Channels.PROPERTY + "', was '" + propertyKey + "'");
        }
        JsonNode value = f.object(property, "", "value");
        String channel = value.isMissingNode() ? null : f.text(value, "value", "value");
        return channel == null ? null : Channels.fromRequestChannel(channel);
    }
}
