package io.balancepoint.bench;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ingest.TicketComputation;
import io.balancepoint.ingest.TicketComputation.ComputedTicket;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.RollupKey;
import io.balancepoint.store.TableRows;
import io.balancepoint.store.ao.AoNamespace;
import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.CsatRating;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.Worklog;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills empty Balance Point tables on PostgreSQL with a benchmark dataset: {@code tickets} tickets
 * of project {@value #PROJECT} plus 10 % spread over seven other projects, resolved over 24 months
 * up to {@link #LAST_MONTH}. Each ticket goes through the product's own {@link TicketComputation};
 * its lines and facts are written with {@code COPY … FROM STDIN} in the column form the stores write
 * ({@link TableRows}), and the day rollups are summed on the way (they depend on days and dimension
 * values only) and copied at the end, so the three tables agree as after a backfill and a rebuild.
 */
final class DatasetGenerator {

    static final String PROJECT = "BENCH";
    static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);
    static final int MONTHS_OF_DATA = 24;
    private static final int CHUNK = 5_000;

    /** What one generation wrote and how long it took. */
    record Dataset(int projectTickets, int tickets, long lines, int rollupRows, double seconds) {
        @Override
        public String toString() {
            return String.format("%,d tickets (%,d in %s), %,d cost lines, %,d rollup rows generated in %.1f s",
                    tickets, projectTickets, PROJECT, lines, rollupRows, seconds);
        }
    }

    private DatasetGenerator() {
    }

    /** Writes the dataset into the (empty) tables reachable through {@code connection}. */
    static Dataset generate(Connection connection, int projectTickets) throws SQLException {
        long started = System.nanoTime();
        SettingsDocument settings = SettingsDocument.defaults();
        ZoneId zone = settings.workingTime().zone();
        TicketComputation computation = new TicketComputation(settings);
        Instant now = LAST_MONTH.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Table facts = new Table(AoNamespace.TABLE_PREFIX + "TICKET_FACTS");
        Table lines = new Table(AoNamespace.TABLE_PREFIX + "COST_LINE");
        Map<RollupKey, FactMeasures> rollups = new HashMap<>();
        int total = projectTickets + projectTickets / 10;
        long lineCount = 0;
        for (long id = 1; id <= total; id++) {
            ComputedTicket t = computation.compute(ticket(id, id <= projectTickets ? PROJECT : "OTHER" + (id % 7)),
                    List.of(), "Standard", now);
            TicketFacts f = t.facts();
            facts.add(TableRows.ticketFacts(f));
            for (CostLine line : t.lines()) {
                lines.add(TableRows.costLine(f.issueId(), f.projectKey(), line));
                lineCount++;
            }
            FactMeasures measures = FactMeasures.of(f);
            for (RollupKey key : RollupKey.of(f, zone)) {
                rollups.merge(key, measures, FactMeasures::plus);
            }
            if (id % CHUNK == 0) {
                facts.flush(copy);
                lines.flush(copy);
            }
        }
        facts.flush(copy);
        lines.flush(copy);
        Table rollupTable = new Table(AoNamespace.TABLE_PREFIX + "ROLLUP");
        for (Map.Entry<RollupKey, FactMeasures> rollup : rollups.entrySet()) {
            rollupTable.add(TableRows.rollup(rollup.getKey(), rollup.getValue()));
            if (rollupTable.size() == CHUNK) {
                rollupTable.flush(copy);
            }
        }
        rollupTable.flush(copy);
        return new Dataset(projectTickets, total, lineCount, rollups.size(), (System.nanoTime() - started) / 1e9);
    }

    /** A light ticket (2 worklogs, 2–3 comments: 4 cost lines) resolved within the 24 months of data; every fifth rated. */
    static TicketSnapshot ticket(long id, String project) {
        Instant start = LAST_MONTH.minusMonths(MONTHS_OF_DATA - 1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long span = Duration.between(start, LAST_MONTH.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)).toMinutes();
        Instant created = start.plus(Duration.ofMinutes((id * 7_919) % (span - 600)));
        String agent = "agent-" + (id % 40);
        String customer = "customer-" + (id % 5_000);
        boolean followUp = id % 4 == 0;
        List<Comment> comments = new ArrayList<>();
        comments.add(new Comment(id * 10, agent, created.plus(Duration.ofMinutes(30)), true, AuthorRole.AGENT));
        if (followUp) {
            comments.add(new Comment(id * 10 + 1, customer, created.plus(Duration.ofMinutes(60)), true, AuthorRole.CUSTOMER));
        }
        comments.add(new Comment(id * 10 + 2, agent, created.plus(Duration.ofMinutes(90)), followUp, AuthorRole.AGENT));
        String resolution = id % 20 == 0 ? "Duplicate" : "Done";
        Instant resolved = created.plus(Duration.ofHours(8));
        // One customer in five answers the satisfaction survey (JSM desks see 10-30 %), ratings 1-5.
        CsatRating csat = id % 5 == 0 ? new CsatRating(1 + (int) (id / 5 % 5), resolved.plus(Duration.ofHours(1))) : null;
        return new TicketSnapshot(id, project + "-" + id, project, "Type " + (id % 6), new String[] {"email", "portal", "phone", "chat"}[(int) (id % 4)],
                "Medium", customer, "org-" + (id % 80), created, "L" + (1 + id % 3),
                List.of(new Worklog(id * 10, agent, created.plus(Duration.ofMinutes(10)), 600 + id % 1_800),
                        new Worklog(id * 10 + 1, agent, created.plus(Duration.ofMinutes(100)), 300 + id % 900)),
                comments, List.of(ResolutionEvent.resolved(resolved, resolution, agent)),
                csat, Map.of());
    }

    /**
     * Rows of one table buffered as CSV for one COPY. The column list is taken from the first row (all
     * rows of a table have the same keys); the generated ID column is left to its sequence.
     */
    private static final class Table {

        private final String name;
        private List<String> columns;
        private final StringBuilder csv = new StringBuilder(1 << 20);
        private int rows;

        Table(String name) {
            this.name = name;
        }

        int size() {
            return rows;
        }

        void add(Map<String, Object> row) {
            if (columns == null) {
                columns = List.copyOf(new TreeSet<>(row.keySet()));
            } else if (row.size() != columns.size() || !row.keySet().containsAll(columns)) {
                throw new IllegalArgumentException(name + ": row with columns " + row.keySet() + ", expected " + columns);
            }
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = row.get(columns.get(i));
                if (value instanceof String text) {
                    csv.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (value != null) {
                    csv.append(value); // numbers and booleans as PostgreSQL reads them; null stays an empty field
                }
            }
            csv.append('\n');
            rows++;
        }

        void flush(CopyManager copy) throws SQLException {
            if (rows == 0) {
                return;
            }
            String sql = "COPY \"" + name + "\" (" + String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList())
                    + ") FROM STDIN WITH (FORMAT csv)";
            try {
                copy.copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + name + " failed", e);
            }
            csv.setLength(0);
            rows = 0;
        }
    }
}
