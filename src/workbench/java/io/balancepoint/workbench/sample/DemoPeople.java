package io.balancepoint.workbench.sample;

import io.balancepoint.access.DirectoryAccessPolicy;
import io.balancepoint.workbench.tickets.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people of the workbench: the agents of the sample desk (who log work and answer customers)
 * and the demo users one can act as. Group and role names match the sample settings' visibility
 * section, so each demo user sees what that role sees in Jira.
 */
public final class DemoPeople {

    /** Every sample project; the demo staff work in all of them. */
    public static final List<String> PROJECTS = List.of("SUP", "ITHELP", "BILL");

    public static final String ADMIN = "ada";
    public static final String LEAD = "leo";
    public static final String FINANCE = "fiona";
    public static final String CUSTOMER = "carla";

    static final String AGENTS_GROUP = "service-desk-agents";
    static final String LEADS_GROUP = "service-desk-leads";
    static final String FINANCE_GROUP = "service-finance";
    static final String LEAD_ROLE = "Service Desk Team Lead";

    /** An agent of the sample desk and their support tier (L1, L2, L3). */
    public record Agent(String key, String name, String tier) {
    }

    /** A user one can act as in the workbench; {@code role} is what the user picker shows. */
    public record DemoUser(String key, String name, String role, DirectoryAccessPolicy.User user) {
    }

    /** The agents, first line first. */
    public static final List<Agent> AGENTS = List.of(
            new Agent("alice", "Alice Agent", "L1"), new Agent("bob", "Bob Brandt", "L1"),
            new Agent("chen", "Chen Wei", "L1"), new Agent("dana", "Dana Dvořák", "L1"),
            new Agent("emil", "Emil Eriksen", "L1"), new Agent("farah", "Farah Haddad", "L1"),
            new Agent("gus", "Gus Gallagher", "L1"), new Agent("hana", "Hana Hoshino", "L1"),
            new Agent("ivan", "Ivan Ilić", "L2"), new Agent("jules", "Jules Janssen", "L2"),
            new Agent("kim", "Kim Kowalski", "L2"), new Agent("lena", "Lena Lindqvist", "L2"),
            new Agent("marco", "Marco Moretti", "L3"), new Agent("nadia", "Nadia Nowak", "L3"));

    private DemoPeople() {
    }

    public static List<Agent> agentsOfTier(String tier) {
        return AGENTS.stream().filter(agent -> agent.tier().equals(tier)).toList();
    }

    /** The Jira groups of an agent, as worklog author roles in the snapshots. */
    public static Set<String> groupsOf(Agent agent) {
        return Set.of(AGENTS_GROUP, "service-desk-" + agent.tier().toLowerCase(java.util.Locale.ROOT));
    }

    /** Everyone one can act as: admin, team lead, finance, every agent, a portal customer. */
    public static List<DemoUser> users() {
        List<DemoUser> users = new ArrayList<>(staff(PROJECTS));
        Set<String> all = Set.copyOf(PROJECTS);
        for (Agent agent : AGENTS) {
            users.add(new DemoUser(agent.key(), agent.name(), "agent " + agent.tier(),
                    new DirectoryAccessPolicy.User(agent.key(), true, false, groupsOf(agent), all, roles(PROJECTS, Set.of("Service Desk Team")))));
        }
        users.add(new DemoUser(CUSTOMER, "Carla Customer", "portal customer",
                new DirectoryAccessPolicy.User(CUSTOMER, false, false, Set.of(), Set.of(), Map.of())));
        return List.copyOf(users);
    }

    /**
     * The people of an imported desk: the demo admin, team lead and finance user over its projects,
     * then the export's agents (with their Jira groups, so role rates and visibility match) and its
     * other users (who see no project, as portal customers).
     */
    public static List<DemoUser> users(List<String> projects, List<Person> imported) {
        List<DemoUser> users = new ArrayList<>(staff(projects));
        Set<String> taken = new java.util.HashSet<>(users.stream().map(DemoUser::key).toList());
        for (Person person : imported) {
            if (!taken.add(person.key())) {
                continue; // a demo key wins: acting as "ada" must stay the admin
            }
            String name = person.name() == null ? person.key() : person.name();
            users.add(person.agent()
                    ? new DemoUser(person.key(), name, "agent", new DirectoryAccessPolicy.User(person.key(), true, false,
                            person.groups(), Set.copyOf(projects), roles(projects, Set.of("Service Desk Team"))))
                    : new DemoUser(person.key(), name, "portal customer", new DirectoryAccessPolicy.User(person.key(), false,
                            false, person.groups(), Set.of(), Map.of())));
        }
        return List.copyOf(users);
    }

    /** A directory of {@code users} (tickets come from the workbench's ticket store, not from here). */
    public static DirectoryAccessPolicy directory(List<DemoUser> users) {
        return new DirectoryAccessPolicy(users.stream().map(DemoUser::user).toList(), List.of());
    }

    private static List<DemoUser> staff(List<String> projects) {
        Set<String> all = Set.copyOf(projects);
        List<DemoUser> users = new ArrayList<>();
        users.add(new DemoUser(ADMIN, "Ada Admin", "admin",
                new DirectoryAccessPolicy.User(ADMIN, true, true, Set.of("jira-administrators"), all, roles(projects, Set.of("Administrators")))));
        users.add(new DemoUser(LEAD, "Leo Lead", "team lead",
                new DirectoryAccessPolicy.User(LEAD, true, false, Set.of(AGENTS_GROUP, LEADS_GROUP), all,
                        roles(projects, Set.of("Service Desk Team", LEAD_ROLE)))));
        users.add(new DemoUser(FINANCE, "Fiona Finance", "finance (app admin, sees rates)",
                new DirectoryAccessPolicy.User(FINANCE, true, false, Set.of(FINANCE_GROUP), all, Map.of())));
        return users;
    }

    /** The directory of the demo users (tickets come from the workbench's ticket store, not from here). */
    public static DirectoryAccessPolicy directory() {
        return new DirectoryAccessPolicy(users().stream().map(DemoUser::user).toList(), List.of());
    }

    private static Map<String, Set<String>> roles(List<String> projects, Set<String> names) {
        return projects.stream().collect(Collectors.toMap(p -> p, p -> names, (a, b) -> a, LinkedHashMap::new));
    }
}
