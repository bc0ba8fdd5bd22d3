package io.balancepoint.workbench.tickets;

import java.util.Set;

/** A user of an imported desk: their key, display name, whether they are an agent, and their Jira groups. */
public record Person(String key, String name, boolean agent, Set<String> groups) {

    public Person {
        groups = Set.copyOf(groups);
    }
}
