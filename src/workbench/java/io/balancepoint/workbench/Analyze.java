package io.balancepoint.workbench;

import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.settings.SettingsCodec;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.validation.Problem;
import io.balancepoint.workbench.analysis.ExportAnalysis;
import io.balancepoint.workbench.analysis.MonthlyProjectMetrics;
import io.balancepoint.workbench.analysis.ReportFiles;
import io.balancepoint.workbench.jsm.ImportProblem;
import io.balancepoint.workbench.jsm.ImportSummary;
import io.balancepoint.workbench.jsm.JsmExport;
import io.balancepoint.workbench.jsm.JsmImport;
import io.balancepoint.workbench.jsm.JsmImportException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The {@code analyze} command line: {@code ./bp analyze EXPORT SETTINGS.json OUTDIR [--as-of INSTANT]}.
 * Reads a JSM export (docs/jsm-import.md) and a settings document (docs/settings.md), writes the
 * ticket facts and the monthly project metrics as JSON and CSV into OUTDIR and prints a short summary.
 * No server, no database. Nothing is written unless both inputs are valid.
 *
 * <p>Exit codes: 0 written; 2 wrong arguments; 3 invalid settings; 4 invalid export; 5 a file could
 * not be read or written.
 */
public final class Analyze {

    static final int OK = 0;
    static final int USAGE = 2;
    static final int BAD_SETTINGS = 3;
    static final int BAD_EXPORT = 4;
    static final int IO_FAILURE = 5;

    private static final String USAGE_TEXT = """
            usage: ./bp analyze EXPORT SETTINGS.json OUTDIR [--as-of 2024-04-30T12:00:00Z]
              EXPORT         a JSM export directory (docs/jsm-import.md; scripts/jsm-export.py makes one)
              SETTINGS.json  a Balance Point settings document (docs/settings.md)
              OUTDIR         where facts.json, facts.csv, monthly-metrics.json and monthly-metrics.csv go
              --as-of        the moment to analyse as of (provisional FCR, RFM recency); default: when the export was taken""";

    private Analyze() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3 && !(args.length == 5 && args[3].equals("--as-of"))) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path exportDir = Path.of(args[0]);
        Path settingsFile = Path.of(args[1]);
        Path outDir = Path.of(args[2]);
        Instant asOf = null;
        if (args.length == 5) {
            try {
                asOf = Instant.parse(args[4]);
            } catch (DateTimeParseException e) {
                err.println("analyze: --as-of: must be an instant such as 2024-04-30T12:00:00Z, was '" + args[4] + "'");
                return USAGE;
            }
        }
        SettingsDocument settings;
        try {
            SettingsCodec.Reading reading = SettingsCodec.read(Files.readString(settingsFile));
            if (reading instanceof SettingsCodec.Invalid invalid) {
                err.println("analyze: " + settingsFile + " is not a valid settings document:");
                for (Problem p : invalid.problems()) {
                    err.println("  " + p.field() + ": " + p.reason());
                }
                return BAD_SETTINGS;
            }
            settings = ((SettingsCodec.Valid) reading).document();
        } catch (MalformedInputException e) {
            err.println("analyze: " + settingsFile + " is not UTF-8 text");
            return BAD_SETTINGS;
        } catch (IOException e) {
            err.println("analyze: cannot read the settings " + settingsFile + ": " + e);
            return IO_FAILURE;
        }
        JsmExport export;
        try {
            export = JsmImport.open(exportDir);
        } catch (JsmImportException e) {
            err.println("analyze: the export " + exportDir + " cannot be analysed:");
            for (ImportProblem p : e.problems()) {
                err.println("  " + p);
            }
            if (e.truncated()) {
                err.println("  … and more (fix these first)");
            }
            return BAD_EXPORT;
        } catch (IOException e) {
            err.println("analyze: cannot read the export " + exportDir + ": " + e);
            return IO_FAILURE;
        }
        Instant now = asOf != null ? asOf : export.exportedAt();
        ExportAnalysis.Report report = ExportAnalysis.analyse(export, settings, now);
        try {
            ReportFiles.write(report, outDir);
        } catch (IOException e) {
            err.println("analyze: cannot write the report to " + outDir + ": " + e);
            return IO_FAILURE;
        }
        printSummary(out, export.summary(), report, outDir, settings);
        return OK;
    }

    private static void printSummary(PrintStream out, ImportSummary s, ExportAnalysis.Report report, Path outDir,
                                     SettingsDocument settings) {
        out.printf("Read %d issues of %d project(s) exported at %s: %d resolved, %d customers, %d organisations, "
                        + "%d agents, %d worklogs, %d public and %d internal comments, %d ratings.%n",
                s.issues(), s.projects(), s.exportedAt(), s.resolved(), s.customers(), s.organisations(), s.agents(),
                s.worklogs(), s.publicComments(), s.internalComments(), s.rated());
        FactMeasures all = FactMeasures.zero(settings.currency());
        for (var facts : report.facts()) {
            all = all.plus(FactMeasures.of(facts));
        }
        out.printf("Analysed as of %s: total cost %s over %d tickets.%n", report.asOf(), all.totalCost().display(), all.tickets());
        for (MonthlyProjectMetrics m : report.monthly()) {
            out.printf("  %s %s: %d resolved, cost per resolution %s, FCR rate %s%n", m.month(), m.projectKey(),
                    m.metrics().measures().resolved(),
                    m.metrics().costPerResolution() == null ? "-" : m.metrics().costPerResolution().display(),
                    m.metrics().fcrRate() == null ? "-" : m.cells().get(MonthlyProjectMetrics.COLUMNS.indexOf("fcrRate")));
        }
        out.println("Wrote " + String.join(", ", ReportFiles.NAMES) + " to " + outDir);
    }
}
