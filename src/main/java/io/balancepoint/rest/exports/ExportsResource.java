package io.balancepoint.rest.exports;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.core.JsonGenerator;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.rest.Allow;
import io.balancepoint.rest.ApiObjectMapper;
import io.balancepoint.rest.Audience;
import io.balancepoint.rest.error.MalformedRequestException;
import io.balancepoint.store.ExportScan;
import io.balancepoint.validation.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Exports of every cost line and every ticket's facts, as CSV or JSON, streamed row by row from
 * the database to the response (never all in memory), optionally for one project. Admins only:
 * exports hold every project's costs and the hourly rates of labour lines.
 */
@LicensedOnly
@Path("exports")
@Produces({"text/csv", MediaType.APPLICATION_JSON})
@Allow(Audience.ADMINS)
public final class ExportsResource {

    static final List<String> COST_LINE_COLUMNS = List.of("issueId", "projectKey", "sourceKey", "category", "amount",
            "currency", "quantity", "unit", "rateApplied", "rateSource", "occurredAt", "estimated", "note", "author");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    private final ExportScan scan;

    @Inject
    public ExportsResource(ExportScan scan) {
        this.scan = scan;
    }

    /** Every cost line: {@code format=csv} (default) or {@code json}. */
    @GET
    @Path("cost-lines")
    public Response costLines(@QueryParam("format") String format, @QueryParam("project") String project) {
        Format chosen = Format.of(format);
        Optional<String> projectKey = project(project);
        return chosen.response("cost-lines", COST_LINE_COLUMNS,
                rows -> scan.forEachCostLine(projectKey, row -> rows.accept(costLine(row))));
    }

    /** Every ticket's facts: {@code format=csv} (default) or {@code json}; costs by category are columns. */
    @GET
    @Path("ticket-facts")
    public Response ticketFacts(@QueryParam("format") String format, @QueryParam("project") String project) {
        Format chosen = Format.of(format);
        Optional<String> projectKey = project(project);
        return chosen.response("ticket-facts", TicketFactsTable.COLUMNS,
                rows -> scan.forEachFacts(projectKey, facts -> rows.accept(TicketFactsTable.cells(facts))));
    }

    private static List<Object> costLine(ExportScan.LedgerRow row) {
        CostLine line = row.line();
        return Arrays.asList(row.issueId(), row.projectKey(), line.sourceKey(), line.category().name(),
                line.amount().amount(), line.amount().currency().getCurrencyCode(), line.quantity(), line.unit(),
                line.rateApplied(), line.rateSource().name(), line.occurredAt(), line.estimated(), line.note(), line.author());
    }

    private static Optional<String> project(String project) {
        if (project == null || project.isEmpty()) {
            return Optional.empty();
        }
        if (!PROJECT_KEY.matcher(project).matches()) {
            throw InvalidInputException.of("project", "must be a project key such as SD");
        }
        return Optional.of(project);
    }

    /** The two export formats. */
    private enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        JSON(MediaType.APPLICATION_JSON, "json");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        static Format of(String format) {
            if (format == null || format.isEmpty() || format.equals("csv")) {
                return CSV;
            }
            if (format.equals("json")) {
                return JSON;
            }
            throw MalformedRequestException.of("format", "must be csv or json");
        }

        /** Streams the header (CSV) and every row the scan gives, as the client reads. */
        Response response(String name, List<String> columns, Consumer<Consumer<List<Object>>> scan) {
            StreamingOutput body = output -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
                if (this == CSV) {
                    CsvWriter csv = new CsvWriter(writer);
                    csv.row(columns);
                    scan.accept(csv::row);
                    writer.flush();
                } else {
                    try (JsonGenerator json = ApiObjectMapper.mapper().getFactory().createGenerator(writer)) {
                        json.writeStartArray();
                        scan.accept(cells -> JsonRows.write(json, columns, cells));
                        json.writeEndArray();
                    }
                }
            };
            return Response.ok(body, mediaType)
                    .header("Content-Disposition", "attachment; filename=\"balance-point-" + name + "." + extension + "\"")
                    .build();
        }
    }
}
