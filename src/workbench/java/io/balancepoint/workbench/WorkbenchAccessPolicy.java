package io.balancepoint.workbench;

import io.balancepoint.access.AccessPolicy;
import io.balancepoint.access.DirectoryAccessPolicy;
import io.balancepoint.access.TicketRef;
import io.balancepoint.access.VisibleTicket;
import io.balancepoint.workbench.tickets.TicketListItem;
import io.balancepoint.workbench.tickets.WorkbenchTickets;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The workbench's access facts: people from the demo directory, tickets from the workbench's
 * ticket store (a directory's in-memory ticket list would be scanned per request and would not
 * see imported tickets).
 */
final class WorkbenchAccessPolicy implements AccessPolicy {

    private final DirectoryAccessPolicy people;
    private final WorkbenchTickets tickets;

    WorkbenchAccessPolicy(DirectoryAccessPolicy people, WorkbenchTickets tickets) {
        this.people = people;
        this.tickets = tickets;
    }

    @Override
    public boolean isJiraAdmin(String userKey) {
        return people.isJiraAdmin(userKey);
    }

    @Override
    public Set<String> groupsOf(String userKey) {
        return people.groupsOf(userKey);
    }

    @Override
    public boolean canBrowseProject(String userKey, String projectKey) {
        return people.canBrowseProject(userKey, projectKey);
    }

    @Override
    public Set<String> projectRolesOf(String userKey, String projectKey) {
        return people.projectRolesOf(userKey, projectKey);
    }

    @Override
    public boolean holdsProjectRoleAnywhere(String userKey, Collection<String> roleNames) {
        return people.holdsProjectRoleAnywhere(userKey, roleNames);
    }

    @Override
    public Optional<VisibleTicket> browsableTicket(String userKey, TicketRef ticket) {
        Optional<TicketListItem> found = switch (ticket) {
            case TicketRef.Id id -> tickets.byId(id.issueId());
            case TicketRef.Key key -> tickets.byKey(key.issueKey());
        };
        return found.filter(item -> canBrowseProject(userKey, item.project()))
                .map(item -> new VisibleTicket(item.id(), item.key(), item.project()));
    }
}
