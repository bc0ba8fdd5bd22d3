package io.balancepoint.routing;

import java.util.Set;

/**
 * Port: the candidates of assignee groups at routing time (in Jira: the group's active members,
 * their unresolved assigned issues and when routing last assigned them). A host without one uses
 * {@link #NONE}: rules with an assignment strategy then leave tickets unassigned, saying so in the
 * explanation.
 */
@FunctionalInterface
public interface AssigneePoolSource {

    /** No groups known: nobody is ever assigned. */
    AssigneePoolSource NONE = groups -> AssigneePools.none();

    /** The pools of {@code groups} (groups the host does not know may be left out). */
    AssigneePools pools(Set<String> groups);
}
