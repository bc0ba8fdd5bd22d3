package io.balancepoint.workbench.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import io.balancepoint.json.Json;
import io.balancepoint.rest.exports.CsvWriter;
import io.balancepoint.rest.exports.JsonRows;
import io.balancepoint.rest.exports.TicketFactsTable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a report as {@code facts.json}, {@code facts.csv}, {@code monthly-metrics.json} and
 * {@code monthly-metrics.csv}, with the columns and the CSV rules (formula injection neutralised)
 * of the product's REST exports. Each file is written beside its target and then moved into place,
 * so a failed run never leaves half a file.
 */
public final class ReportFiles {

    public static final List<String> NAMES = List.of("facts.json", "facts.csv", "monthly-metrics.json", "monthly-metrics.csv");

    private ReportFiles() {
    }

    public static void write(ExportAnalysis.Report report, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<List<Object>> facts = report.facts().stream().map(TicketFactsTable::cells).toList();
        List<List<Object>> monthly = report.monthly().stream().map(MonthlyProjectMetrics::cells).toList();
        writeJson(directory.resolve("facts.json"), TicketFactsTable.COLUMNS, facts);
        writeCsv(directory.resolve("facts.csv"), TicketFactsTable.COLUMNS, facts);
        writeJson(directory.resolve("monthly-metrics.json"), MonthlyProjectMetrics.COLUMNS, monthly);
        writeCsv(directory.resolve("monthly-metrics.csv"), MonthlyProjectMetrics.COLUMNS, monthly);
    }

    private static void writeCsv(Path target, List<String> columns, List<List<Object>> rows) throws IOException {
        replace(target, writer -> {
            CsvWriter csv = new CsvWriter(writer);
            csv.row(columns);
            rows.forEach(csv::row);
        });
    }

    private static void writeJson(Path target, List<String> columns, List<List<Object>> rows) throws IOException {
        replace(target, writer -> {
            try (JsonGenerator json = Json.mapper().getFactory().createGenerator(writer).useDefaultPrettyPrinter()
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                json.writeStartArray();
                rows.forEach(cells -> JsonRows.write(json, columns, cells));
                json.writeEndArray();
            }
            writer.write("\n");
        });
    }

    private static void replace(Path target, Body body) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                body.write(writer);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** What goes into one file. */
    @FunctionalInterface
    private interface Body {
        void write(Writer writer) throws IOException;
    }
}
