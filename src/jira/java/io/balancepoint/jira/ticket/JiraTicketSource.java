package io.balancepoint.jira.ticket;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.EntityPropertyType;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import io.balancepoint.jira.config.AppConfiguration;
import io.balancepoint.routing.SupportTierMarking;
import io.balancepoint.ticket.AuthorRoles;
import io.balancepoint.ticket.Channels;
import io.balancepoint.ticket.ChangeLog;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.CommentVisibility;
import io.balancepoint.ticket.CsatValues;
import io.balancepoint.ticket.FieldChange;
import io.balancepoint.ticket.LastChange;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.TicketSource;
import io.balancepoint.ticket.TicketStamp;
import io.balancepoint.ticket.Worklog;
import io.balancepoint.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link TicketSource} over Jira: the issues of service-desk projects (project type
 * {@code service_desk}), read with Jira's managers and, when installed, JSM's services. Every rule
 * applied to what is read (channel, visibility, author role, CSAT, resolve/reopen, support tier,
 * last change) is a plain function in {@code src/main/java}, tested there.
 */
public final class JiraTicketSource implements TicketSource {

    /** Jira's project type key of service-desk projects. */
    static final String SERVICE_DESK_TYPE = "service_desk";
    /** The name of JSM's satisfaction custom field. */
    static final String SATISFACTION_FIELD = "Satisfaction";

    private final IssueManager issues;
    private final ProjectManager projects;
    private final WorklogManager worklogs;
    private final CommentManager comments;
    private final ChangeHistoryManager history;
    private final CustomFieldManager fields;
    private final JsonEntityPropertyManager properties;
    private final GroupManager groups;
    private final ProjectRoleManager roles;
    private final JsmFacts jsm;
    private final AppConfiguration configuration;
    private final Supplier<List<String>> supportTiers;

    public JiraTicketSource(IssueManager issues, ProjectManager projects, WorklogManager worklogs, CommentManager comments,
                            ChangeHistoryManager history, CustomFieldManager fields, JsonEntityPropertyManager properties,
                            GroupManager groups, ProjectRoleManager roles, JsmFacts jsm, AppConfiguration configuration,
                            Supplier<List<String>> supportTiers) {
        this.issues = issues;
        this.projects = projects;
        this.worklogs = worklogs;
        this.comments = comments;
        this.history = history;
        this.fields = fields;
        this.properties = properties;
        this.groups = groups;
        this.roles = roles;
        this.jsm = jsm;
        this.configuration = configuration;
        this.supportTiers = supportTiers;
    }

    @Override
    public Optional<SourcedTicket> read(long issueId) {
        Issue issue = issues.getIssueObject(issueId);
        if (issue == null || !isServiceDesk(issue.getProjectObject())) {
            return Optional.empty();
        }
        List<FieldChange> changes = changesOf(issue);
        List<com.atlassian.jira.issue.worklog.Worklog> jiraWorklogs = worklogs.getByIssue(issue);
        List<com.atlassian.jira.issue.comments.Comment> jiraComments = comments.getComments(issue);
        Optional<Instant> ratedAt = ChangeLog.lastChangeOf(changes, SATISFACTION_FIELD);

        Map<String, Set<String>> authorRoles = new HashMap<>();
        List<Worklog> work = new ArrayList<>();
        for (var w : jiraWorklogs) {
            if (w.getAuthorKey() == null || w.getStartDate() == null) {
                continue;
            }
            work.add(new Worklog(w.getId(), w.getAuthorKey(), w.getStartDate().toInstant(),
                    w.getTimeSpent() == null ? 0 : w.getTimeSpent()));
            authorRoles.computeIfAbsent(w.getAuthorKey(), key -> rolesOf(key, issue.getProjectObject()));
        }
        String reporterKey = issue.getReporter() == null ? null : issue.getReporter().getKey();
        String appUser = configuration.appUserKey().orElse(null);
        List<Comment> read = jiraComments.stream().map(c -> comment(c, reporterKey, appUser)).toList();

        TicketSnapshot snapshot = new TicketSnapshot(
                issue.getId(), issue.getKey(), issue.getProjectObject().getKey(),
                jsm.requestType(issue).orElse(null),
                Channels.fromRequestChannel(issueProperty(issue.getId(), Channels.PROPERTY)),
                issue.getPriority() == null ? null : issue.getPriority().getName(),
                reporterKey,
                jsm.organisation(issue).orElse(null),
                instant(issue.getCreated()),
                supportTier(issue).orElse(null),
                work, read, ChangeLog.resolutionHistory(changes),
                CsatValues.of(satisfaction(issue), ratedAt.orElse(instant(issue.getUpdated()))).orElse(null),
                authorRoles);
        List<Instant> later = new ArrayList<>();
        jiraWorklogs.forEach(w -> later.add(instantOrNull(w.getUpdated())));
        jiraComments.forEach(c -> later.add(instantOrNull(c.getUpdated())));
        ratedAt.ifPresent(later::add);
        return Optional.of(new SourcedTicket(snapshot, LastChange.of(instant(issue.getUpdated()), later)));
    }

    @Override
    public List<TicketStamp> ticketsAfter(long afterIssueId, int limit) {
        List<Long> ids = serviceDeskIssueIds().stream().filter(id -> id > afterIssueId).sorted().limit(limit).toList();
        List<TicketStamp> stamps = new ArrayList<>(ids.size());
        for (Long id : ids) {
            // the full read gives the stamp every other read gives: worklogs, comments and the rating included
            read(id).ifPresent(ticket -> stamps.add(ticket.stamp()));
        }
        return stamps;
    }

    @Override
    public long count() {
        long count = 0;
        for (Project project : serviceDeskProjects()) {
            count += issues.getIssueCountForProject(project.getId());
        }
        return count;
    }

    private List<Project> serviceDeskProjects() {
        return projects.getProjectObjects().stream().filter(this::isServiceDesk).toList();
    }

    private boolean isServiceDesk(Project project) {
        return project != null && project.getProjectTypeKey() != null
                && SERVICE_DESK_TYPE.equals(project.getProjectTypeKey().getKey());
    }

    private Set<Long> serviceDeskIssueIds() {
        Set<Long> ids = new HashSet<>();
        for (Project project : serviceDeskProjects()) {
            try {
                ids.addAll(issues.getIssueIdsForProject(project.getId()));
            } catch (Exception e) {
                throw new IllegalStateException("cannot list the issues of project " + project.getKey(), e);
            }
        }
        return ids;
    }

    private List<FieldChange> changesOf(Issue issue) {
        List<FieldChange> changes = new ArrayList<>();
        for (ChangeHistory group : history.getChangeHistories(issue)) {
            Instant at = instant(group.getTimePerformed());
            for (ChangeItemBean item : group.getChangeItemBeans()) {
                changes.add(new FieldChange(at, item.getField(), item.getFrom(), item.getFromString(), item.getTo(),
                        item.getToString(), group.getAuthorKey()));
            }
        }
        return changes;
    }

    private Comment comment(com.atlassian.jira.issue.comments.Comment c, String reporterKey, String appUser) {
        ApplicationUser author = c.getAuthorApplicationUser();
        String authorKey = author == null ? null : author.getKey();
        boolean isPublic = CommentVisibility.isPublic(jsm.isPublic(c), commentProperty(c.getId()));
        var role = AuthorRoles.of(author == null || Objects.equals(authorKey, appUser),
                Objects.equals(authorKey, reporterKey), jsm.isAgent(author));
        return new Comment(c.getId(), authorKey, instant(c.getCreated()), isPublic, role);
    }

    private Optional<String> supportTier(Issue issue) {
        SupportTierMarking marking = configuration.supportTierMarking();
        if (marking.mode() == SupportTierMarking.Mode.LABEL) {
            Set<String> labels = issue.getLabels().stream().map(Label::getLabel).collect(Collectors.toSet());
            return marking.tierFromLabels(labels, supportTiers.get());
        }
        CustomField field = fields.getCustomFieldObject(marking.target());
        return field == null ? Optional.empty()
                : SupportTierMarking.tierFromFieldValue(displayValue(issue.getCustomFieldValue(field)), supportTiers.get());
    }

    private Object satisfaction(Issue issue) {
        var candidates = fields.getCustomFieldObjectsByName(SATISFACTION_FIELD);
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        Object value = issue.getCustomFieldValue(candidates.iterator().next());
        return value == null ? null : value.toString();
    }

    private Set<String> rolesOf(String userKey, Project project) {
        ApplicationUser user = com.atlassian.jira.component.ComponentAccessor.getUserManager().getUserByKey(userKey);
        if (user == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>(groups.getGroupNamesForUser(user));
        for (ProjectRole role : roles.getProjectRoles(user, project)) {
            names.add(role.getName());
        }
        return names;
    }

    private String issueProperty(long issueId, String key) {
        return jsonValue(properties.get(EntityPropertyType.ISSUE_PROPERTY.getDbEntityName(), issueId, key), "value");
    }

    private String commentProperty(long commentId) {
        EntityProperty property = properties.get(EntityPropertyType.COMMENT_PROPERTY.getDbEntityName(), commentId,
                CommentVisibility.PROPERTY);
        return property == null ? null : property.getValue();
    }

    /** A member of a property's JSON value ({@code {"value": "email"}}), or the whole value when it is a plain string. */
    private static String jsonValue(EntityProperty property, String member) {
        if (property == null || property.getValue() == null) {
            return null;
        }
        try {
            var node = Json.mapper().readTree(property.getValue());
            if (node.isTextual()) {
                return node.asText();
            }
            var value = node.get(member);
            return value == null || value.isNull() ? null : value.asText();
        } catch (IOException malformed) {
            return null;
        }
    }

    private static String displayValue(Object value) {
        if (value instanceof com.atlassian.jira.issue.customfields.option.Option option) {
            return option.getValue();
        }
        return value == null ? null : value.toString();
    }

    private static Instant instant(Date date) {
        return Objects.requireNonNull(date, "date").toInstant();
    }

    private static Instant instantOrNull(Date date) {
        return date == null ? null : date.toInstant();
    }
}
