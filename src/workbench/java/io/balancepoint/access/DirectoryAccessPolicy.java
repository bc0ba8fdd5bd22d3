package io.balancepoint.access;

import io.balancepoint.validation.Problems;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link AccessPolicy} over a fixed, in-memory directory of users and tickets: the host of the
 * workbench and of the tests. It binds from JSON ({@code users}, {@code tickets}), so the
 * workbench can load its demo people from a file, and {@link #validate} reports what is wrong
 * with such a file.
 *
 * <p>Browsing follows Jira's shape without its schemes: a user browses a project when it is
 * listed in their {@code browseProjects}, and a ticket when they browse its project.
 */
public record DirectoryAccessPolicy(List<User> users, List<Ticket> tickets) implements AccessPolicy {

    /**
     * One person.
     *
     * @param licensed     has an application licence (agent, lead, admin); false: a portal customer
     * @param projectRoles per project key, the names of the project roles held there
     */
    public record User(String key, boolean licensed, boolean jiraAdmin, Set<String> groups,
                       Set<String> browseProjects, Map<String, Set<String>> projectRoles) {

        public User {
            groups = groups == null ? Set.of() : Set.copyOf(groups);
            browseProjects = browseProjects == null ? Set.of() : Set.copyOf(browseProjects);
            projectRoles = projectRoles == null ? Map.of() : copyRoles(projectRoles);
        }

        private static Map<String, Set<String>> copyRoles(Map<String, Set<String>> roles) {
            Map<String, Set<String>> copy = new HashMap<>();
            roles.forEach((project, names) -> copy.put(project, names == null ? Set.of() : Set.copyOf(names)));
            return Collections.unmodifiableMap(copy);
        }
    }

    /** One ticket: both identifiers and its project. */
    public record Ticket(long issueId, String issueKey, String projectKey) {
    }

    public DirectoryAccessPolicy {
        users = users == null ? List.of() : List.copyOf(users);
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
    }

    /** Reports blank or repeated user keys and tickets that repeat an id or key. */
    public void validate(Problems problems) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            User user = users.get(i);
            if (user.key() == null || user.key().isBlank()) {
                problems.at("users").at(i).add("key", "is required");
            } else if (!keys.add(user.key())) {
                problems.at("users").at(i).add("key", "repeats user " + user.key());
            }
        }
        Set<Long> ids = new HashSet<>();
        Set<String> issueKeys = new HashSet<>();
        for (int i = 0; i < tickets.size(); i++) {
            Ticket ticket = tickets.get(i);
            Problems at = problems.at("tickets").at(i);
            if (!ids.add(ticket.issueId())) {
                at.add("issueId", "repeats issue id " + ticket.issueId());
            }
            if (ticket.issueKey() == null || !TicketRef.KEY.matcher(ticket.issueKey()).matches()) {
                at.add("issueKey", "must be an issue key such as SD-12");
            } else if (!issueKeys.add(ticket.issueKey())) {
                at.add("issueKey", "repeats issue key " + ticket.issueKey());
            }
            if (ticket.projectKey() == null || ticket.projectKey().isBlank()) {
                at.add("projectKey", "is required");
            }
        }
    }

    /** The caller a login as {@code userKey} is: licensed or portal customer; anonymous for an unknown key. */
    public Caller callerFor(String userKey) {
        return user(userKey)
                .map(user -> user.licensed() ? Caller.licensed(user.key()) : Caller.portalCustomer(user.key()))
                .orElse(Caller.anonymous());
    }

    @Override
    public boolean isJiraAdmin(String userKey) {
        return user(userKey).map(User::jiraAdmin).orElse(false);
    }

    @Override
    public Set<String> groupsOf(String userKey) {
        return user(userKey).map(User::groups).orElse(Set.of());
    }

    @Override
    public boolean canBrowseProject(String userKey, String projectKey) {
        return user(userKey).map(user -> user.browseProjects().contains(projectKey)).orElse(false);
    }

    @Override
    public Set<String> projectRolesOf(String userKey, String projectKey) {
        return user(userKey).map(user -> user.projectRoles().getOrDefault(projectKey, Set.of())).orElse(Set.of());
    }

    @Override
    public boolean holdsProjectRoleAnywhere(String userKey, Collection<String> roleNames) {
        return user(userKey).map(user -> user.projectRoles().values().stream()
                .anyMatch(held -> !Collections.disjoint(held, roleNames))).orElse(false);
    }

    @Override
    public Optional<VisibleTicket> browsableTicket(String userKey, TicketRef ref) {
        return tickets.stream()
                .filter(ticket -> switch (ref) {
                    case TicketRef.Id id -> ticket.issueId() == id.issueId();
                    case TicketRef.Key key -> key.issueKey().equals(ticket.issueKey());
                })
                .findFirst()
                .filter(ticket -> canBrowseProject(userKey, ticket.projectKey()))
                .map(ticket -> new VisibleTicket(ticket.issueId(), ticket.issueKey(), ticket.projectKey()));
    }

    private Optional<User> user(String userKey) {
        return users.stream().filter(user -> Objects.equals(user.key(), userKey)).findFirst();
    }
}
