package io.balancepoint.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The candidates of each assignee group at routing time (read by the caller from Jira: the group's
 * active members, their open tickets, when routing last assigned them). Members are kept in
 * user-key order, the order round-robin follows.
 */
public record AssigneePools(Map<String, List<PoolMember>> groups) {

    private static final Comparator<PoolMember> BY_KEY = Comparator.comparing(PoolMember::userKey);

    public AssigneePools {
        TreeMap<String, List<PoolMember>> sorted = new TreeMap<>();
        if (groups != null) {
            groups.forEach((group, members) -> {
                Objects.requireNonNull(group, "group name");
                List<PoolMember> ordered = members == null ? List.of() : members.stream().sorted(BY_KEY).toList();
                Set<String> keys = new HashSet<>();
                for (PoolMember member : ordered) {
                    if (!keys.add(member.userKey())) {
                        throw new IllegalArgumentException("group " + group + " lists " + member.userKey() + " twice");
                    }
                }
                sorted.put(group, ordered);
            });
        }
        groups = Collections.unmodifiableSortedMap(sorted);
    }

    /** No groups at all: every assignment falls back to "no members". */
    public static AssigneePools none() {
        return new AssigneePools(Map.of());
    }

    /** The group's members in user-key order; empty for an unknown group. */
    public List<PoolMember> members(String group) {
        return group == null ? List.of() : groups.getOrDefault(group, List.of());
    }

    /**
     * The pools after {@code userKey} was assigned a ticket of {@code group} at {@code at}: one more
     * open ticket for the user in every group (the load is the user's), and {@code at} as their
     * last assignment in {@code group} only (round-robin turns are per group).
     */
    public AssigneePools withAssignment(String group, String userKey, Instant at) {
        TreeMap<String, List<PoolMember>> next = new TreeMap<>();
        groups.forEach((name, members) -> {
            List<PoolMember> updated = new ArrayList<>(members.size());
            for (PoolMember m : members) {
                if (!m.userKey().equals(userKey)) {
                    updated.add(m);
                } else {
                    Instant last = name.equals(group) ? at : m.lastAssignedAt();
                    updated.add(new PoolMember(m.userKey(), m.openTickets() + 1, last));
                }
            }
            next.put(name, updated);
        });
        return new AssigneePools(next);
    }
}
