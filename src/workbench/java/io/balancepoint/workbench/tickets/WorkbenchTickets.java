package io.balancepoint.workbench.tickets;

import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.TicketSource;
import io.balancepoint.ticket.TicketStamp;
import io.balancepoint.tiering.OrganisationAttributes;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The workbench's tickets, projects and organisations, kept in tables of their own next to the
 * product's ({@code WB_*}, never {@code AO_*}): what Jira is to the plugin, this is to the
 * workbench (and the people of an imported desk). A ticket row holds the snapshot as JSON (the recompute's only input, read whole
 * anyway) plus the columns that are listed or searched. The sample desk and imports write here, so
 * both survive a restart; the recompute worker and the jobs read through {@link TicketSource}.
 */
public final class WorkbenchTickets implements TicketSource, OrganisationAttributes {

    /** Where connections come from (the workbench database's pool). */
    @FunctionalInterface
    public interface Connections {
        Connection get() throws SQLException;
    }

    /** A page of the ticket list and how many tickets match in all. */
    public record ListPage(List<TicketListItem> items, long total) {
    }

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS WB_TICKET (ISSUE_ID BIGINT PRIMARY KEY, ISSUE_KEY VARCHAR(255) NOT NULL UNIQUE,"
                    + " PROJECT_KEY VARCHAR(255) NOT NULL, REQUEST_TYPE VARCHAR(255), SUMMARY VARCHAR(1000),"
                    + " ASSIGNEE VARCHAR(255), UPDATED_MILLIS BIGINT NOT NULL, SNAPSHOT LONGVARCHAR NOT NULL)",
            "CREATE INDEX IF NOT EXISTS WB_TICKET_PROJECT ON WB_TICKET (PROJECT_KEY, ISSUE_ID)",
            "CREATE TABLE IF NOT EXISTS WB_PROJECT (PROJECT_KEY VARCHAR(255) PRIMARY KEY, NAME VARCHAR(255) NOT NULL)",
            "CREATE TABLE IF NOT EXISTS WB_ORGANISATION (NAME VARCHAR(255) PRIMARY KEY, ATTRIBUTE_NAME VARCHAR(255),"
                    + " ATTRIBUTE_VALUE DECIMAL(20,4))",
            "CREATE TABLE IF NOT EXISTS WB_STATE (NAME VARCHAR(255) PRIMARY KEY, VAL VARCHAR(4000))",
            "CREATE TABLE IF NOT EXISTS WB_PERSON (USER_KEY VARCHAR(255) PRIMARY KEY, NAME VARCHAR(255), AGENT BOOLEAN NOT NULL,"
                    + " GROUP_NAMES LONGVARCHAR NOT NULL)");

    private static final String MERGE_TICKET = "MERGE INTO WB_TICKET T USING (VALUES(CAST(? AS BIGINT), CAST(? AS VARCHAR(255)),"
            + " CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(255)),"
            + " CAST(? AS BIGINT), CAST(? AS LONGVARCHAR)))"
            + " AS V(ID, K, P, RT, S, A, U, J) ON T.ISSUE_ID = V.ID"
            + " WHEN MATCHED THEN UPDATE SET ISSUE_KEY = V.K, PROJECT_KEY = V.P, REQUEST_TYPE = V.RT, SUMMARY = V.S,"
            + " ASSIGNEE = V.A, UPDATED_MILLIS = V.U, SNAPSHOT = V.J"
            + " WHEN NOT MATCHED THEN INSERT VALUES (V.ID, V.K, V.P, V.RT, V.S, V.A, V.U, V.J)";

    private final Connections connections;

    public WorkbenchTickets(Connections connections) {
        this.connections = connections;
        run(c -> {
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
            }
            return null;
        });
    }

    // ---- TicketSource ----

    @Override
    public Optional<SourcedTicket> read(long issueId) {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT SNAPSHOT, UPDATED_MILLIS FROM WB_TICKET WHERE ISSUE_ID = ?")) {
                s.setLong(1, issueId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new SourcedTicket(SnapshotJson.read(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<TicketStamp> ticketsAfter(long afterIssueId, int limit) {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT ISSUE_ID, UPDATED_MILLIS FROM WB_TICKET WHERE ISSUE_ID > ? ORDER BY ISSUE_ID LIMIT ?")) {
                s.setLong(1, afterIssueId);
                s.setInt(2, limit);
                List<TicketStamp> stamps = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        stamps.add(new TicketStamp(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2))));
                    }
                }
                return stamps;
            }
        });
    }

    /** Whole tickets by issue id after {@code afterIssueId}, at most {@code limit}: one query for a page of a scan. */
    public List<SourcedTicket> readAfter(long afterIssueId, int limit) {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT SNAPSHOT, UPDATED_MILLIS FROM WB_TICKET WHERE ISSUE_ID > ? ORDER BY ISSUE_ID LIMIT ?")) {
                s.setLong(1, afterIssueId);
                s.setInt(2, limit);
                List<SourcedTicket> tickets = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        tickets.add(new SourcedTicket(SnapshotJson.read(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2))));
                    }
                }
                return tickets;
            }
        });
    }

    @Override
    public long count() {
        return run(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM WB_TICKET")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    // ---- writes ----

    /** Stores the tickets (new or replacing the row with the same issue id) in one transaction. */
    public void putAll(List<DeskTicket> tickets) {
        if (tickets.isEmpty()) {
            return;
        }
        transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(MERGE_TICKET)) {
                for (DeskTicket ticket : tickets) {
                    TicketSnapshot snapshot = ticket.ticket().snapshot();
                    s.setLong(1, snapshot.issueId());
                    s.setString(2, snapshot.issueKey());
                    s.setString(3, snapshot.projectKey());
                    s.setString(4, snapshot.requestType());
                    s.setString(5, ticket.summary());
                    s.setString(6, ticket.assignee());
                    s.setLong(7, ticket.ticket().updated().toEpochMilli());
                    s.setString(8, SnapshotJson.write(snapshot));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /**
     * Changes one ticket's snapshot and assignee (what an agent or the router does in Jira) and
     * stamps it as changed at {@code now}, so the reconcile job sees the change too.
     *
     * @return false when there is no such ticket
     */
    public boolean update(long issueId, UnaryOperator<TicketSnapshot> change, String assignee, Instant now) {
        return transaction(c -> {
            TicketSnapshot before;
            try (PreparedStatement s = c.prepareStatement("SELECT SNAPSHOT FROM WB_TICKET WHERE ISSUE_ID = ? FOR UPDATE")) {
                s.setLong(1, issueId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    before = SnapshotJson.read(rs.getString(1));
                }
            }
            TicketSnapshot after = change.apply(before);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE WB_TICKET SET SNAPSHOT = ?, ASSIGNEE = COALESCE(?, ASSIGNEE), UPDATED_MILLIS = ? WHERE ISSUE_ID = ?")) {
                s.setString(1, SnapshotJson.write(after));
                s.setString(2, assignee);
                s.setLong(3, now.toEpochMilli());
                s.setLong(4, issueId);
                s.executeUpdate();
            }
            return true;
        });
    }

    public void putProjects(List<Project> projects) {
        transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO WB_PROJECT T USING (VALUES(CAST(? AS VARCHAR(255)),"
                    + " CAST(? AS VARCHAR(255)))) AS V(K, N) ON T.PROJECT_KEY = V.K WHEN MATCHED THEN UPDATE SET NAME = V.N"
                    + " WHEN NOT MATCHED THEN INSERT VALUES (V.K, V.N)")) {
                for (Project project : projects) {
                    s.setString(1, project.key());
                    s.setString(2, project.name());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    public void putOrganisations(List<Organisation> organisations) {
        transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO WB_ORGANISATION T USING (VALUES(CAST(? AS VARCHAR(255)),"
                    + " CAST(? AS VARCHAR(255)), CAST(? AS DECIMAL(20,4)))) AS V(N, A, X) ON T.NAME = V.N"
                    + " WHEN MATCHED THEN UPDATE SET ATTRIBUTE_NAME = V.A, ATTRIBUTE_VALUE = V.X"
                    + " WHEN NOT MATCHED THEN INSERT VALUES (V.N, V.A, V.X)")) {
                for (Organisation organisation : organisations) {
                    s.setString(1, organisation.name());
                    s.setString(2, organisation.attributeName());
                    s.setBigDecimal(3, organisation.attributeValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Records the people of an imported desk (the sample desk's are fixed, see {@code DemoPeople}). */
    public void putPeople(List<Person> people) {
        transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO WB_PERSON T USING (VALUES(CAST(? AS VARCHAR(255)),"
                    + " CAST(? AS VARCHAR(255)), CAST(? AS BOOLEAN), CAST(? AS LONGVARCHAR))) AS V(K, N, A, G)"
                    + " ON T.USER_KEY = V.K WHEN MATCHED THEN UPDATE SET NAME = V.N, AGENT = V.A, GROUP_NAMES = V.G"
                    + " WHEN NOT MATCHED THEN INSERT VALUES (V.K, V.N, V.A, V.G)")) {
                for (Person person : people) {
                    s.setString(1, person.key());
                    s.setString(2, person.name());
                    s.setBoolean(3, person.agent());
                    // Group names are Jira group names, which cannot contain a line break.
                    s.setString(4, String.join("\n", new java.util.TreeSet<>(person.groups())));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** The people of an imported desk, by key; empty for the sample desk. */
    public List<Person> people() {
        return run(c -> {
            List<Person> people = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT USER_KEY, NAME, AGENT, GROUP_NAMES FROM WB_PERSON ORDER BY USER_KEY")) {
                while (rs.next()) {
                    String groups = rs.getString(4);
                    people.add(new Person(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            groups.isEmpty() ? java.util.Set.of() : java.util.Set.of(groups.split("\n"))));
                }
            }
            return people;
        });
    }

    // ---- reads for the pages and access ----

    public List<Project> projects() {
        return run(c -> {
            List<Project> projects = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT PROJECT_KEY, NAME FROM WB_PROJECT ORDER BY PROJECT_KEY")) {
                while (rs.next()) {
                    projects.add(new Project(rs.getString(1), rs.getString(2)));
                }
            }
            return projects;
        });
    }

    /** Tickets by issue id, of one project or (null) all; {@code page} counts from 0. */
    public ListPage list(String projectKey, int page, int size) {
        return run(c -> {
            String where = projectKey == null ? "" : " WHERE PROJECT_KEY = ?";
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM WB_TICKET" + where)) {
                if (projectKey != null) {
                    s.setString(1, projectKey);
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<TicketListItem> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT ISSUE_KEY, ISSUE_ID, SUMMARY, PROJECT_KEY, REQUEST_TYPE FROM WB_TICKET"
                    + where + " ORDER BY ISSUE_ID LIMIT ? OFFSET ?")) {
                int i = 1;
                if (projectKey != null) {
                    s.setString(i++, projectKey);
                }
                s.setInt(i++, size);
                s.setLong(i, (long) page * size);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(new TicketListItem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return new ListPage(items, total);
        });
    }

    /** The list row of a ticket by issue id. */
    public Optional<TicketListItem> byId(long issueId) {
        return one("ISSUE_ID = ?", s -> s.setLong(1, issueId));
    }

    /** The list row of a ticket by issue key. */
    public Optional<TicketListItem> byKey(String issueKey) {
        return one("ISSUE_KEY = ?", s -> s.setString(1, issueKey));
    }

    /** The assignee of a ticket; empty when unassigned or unknown. */
    public Optional<String> assignee(long issueId) {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT ASSIGNEE FROM WB_TICKET WHERE ISSUE_ID = ?")) {
                s.setLong(1, issueId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Map<String, BigDecimal> values(String attributeName) {
        return run(c -> {
            Map<String, BigDecimal> values = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT NAME, ATTRIBUTE_VALUE FROM WB_ORGANISATION WHERE ATTRIBUTE_NAME = ? AND ATTRIBUTE_VALUE IS NOT NULL")) {
                s.setString(1, attributeName);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        values.put(rs.getString(1), rs.getBigDecimal(2));
                    }
                }
            }
            return values;
        });
    }

    // ---- workbench state (what was loaded, with which options) ----

    public Optional<String> state(String name) {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT VAL FROM WB_STATE WHERE NAME = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void putState(String name, String value) {
        transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO WB_STATE T USING (VALUES(CAST(? AS VARCHAR(255)),"
                    + " CAST(? AS VARCHAR(4000)))) AS V(N, X) ON T.NAME = V.N WHEN MATCHED THEN UPDATE SET VAL = V.X"
                    + " WHEN NOT MATCHED THEN INSERT VALUES (V.N, V.X)")) {
                s.setString(1, name);
                s.setString(2, value);
                s.executeUpdate();
            }
            return null;
        });
    }

    // ---- plumbing ----

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private Optional<TicketListItem> one(String condition, Binder binder) {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT ISSUE_KEY, ISSUE_ID, SUMMARY, PROJECT_KEY, REQUEST_TYPE FROM WB_TICKET WHERE " + condition)) {
                binder.bind(s);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new TicketListItem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                            : Optional.empty();
                }
            }
        });
    }

    private interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    private <R> R run(Work<R> work) {
        try (Connection c = connections.get()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("workbench ticket store: " + e.getMessage(), e);
        }
    }

    private <R> R transaction(Work<R> work) {
        return run(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                R result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }
}
