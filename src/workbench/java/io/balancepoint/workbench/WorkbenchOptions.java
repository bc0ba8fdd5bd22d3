package io.balancepoint.workbench;

import io.balancepoint.workbench.sample.SampleDesk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * How the workbench runs: where its data lives, its port, and the sample desk it loads on first start.
 *
 * @param sampleEnd the last day of the sample desk's twelve months; empty: yesterday (in the desk's
 *                  time zone) at the first start. Whatever is chosen is stored, so later starts
 *                  keep the same desk.
 * @param clock     the product's clock (tests fix it)
 * @param importDirectory a JSM export (docs/jsm-import.md) to load instead of the sample desk
 * @param settingsFile    with an import: a settings document (docs/settings.md) to cost it with;
 *                        empty keeps the stored (or default) settings
 */
public record WorkbenchOptions(Path dataDirectory, int port, boolean loadSample, int sampleSize, long seed,
                               Optional<LocalDate> sampleEnd, boolean reset, Clock clock, Optional<Path> importDirectory,
                               Optional<Path> settingsFile) {

    public static final int DEFAULT_PORT = 8090;

    static final String USAGE = """
            usage: ./bp workbench [options]
              --data-dir=PATH        where the database lives (default ./workbench-data); kept between runs
              --port=N               HTTP port on 127.0.0.1 (default 8090; 0 picks a free one)
              --sample-size=N        requests in the sample desk loaded on first start (default 20000)
              --seed=N               seed of the sample desk (default %d)
              --sample-end=YYYY-MM-DD last day of the sample's twelve months (default: yesterday)
              --no-sample            start empty
              --import=PATH          load this JSM export (docs/jsm-import.md) instead of the sample desk;
                                     refused when the data directory holds another desk (add --reset)
              --settings=FILE        with --import: the settings document to cost it with (docs/settings.md)
              --reset                delete the data directory first, then load afresh
            """.formatted(SampleDesk.DEFAULT_SEED);

    /** Without an import: the sample desk (or nothing, {@code loadSample} false). */
    public WorkbenchOptions(Path dataDirectory, int port, boolean loadSample, int sampleSize, long seed,
                            Optional<LocalDate> sampleEnd, boolean reset, Clock clock) {
        this(dataDirectory, port, loadSample, sampleSize, seed, sampleEnd, reset, clock, Optional.empty(), Optional.empty());
    }

    public WorkbenchOptions {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(importDirectory, "importDirectory");
        Objects.requireNonNull(settingsFile, "settingsFile");

        Objects.requireNonNull(sampleEnd, "sampleEnd");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be 0..65535, was " + port);
        }
        if (sampleSize < 1 || sampleSize > 1_000_000) {
            throw new IllegalArgumentException("--sample-size must be 1..1000000, was " + sampleSize);
        }
    }

    public static WorkbenchOptions defaults() {
        return new WorkbenchOptions(Path.of("workbench-data"), DEFAULT_PORT, true, SampleDesk.DEFAULT_SIZE,
                SampleDesk.DEFAULT_SEED, Optional.empty(), false, Clock.systemUTC());
    }

    /** Reads command-line flags over the defaults; a bad flag is an {@link IllegalArgumentException} naming it. */
    public static WorkbenchOptions parse(String... args) {
        WorkbenchOptions o = defaults();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? null : arg.substring(eq + 1);
            o = switch (name) {
                case "--data-dir" -> o.withDataDirectory(Path.of(required(name, value)));
                case "--port" -> new WorkbenchOptions(o.dataDirectory, number(name, value), o.loadSample, o.sampleSize, o.seed,
                        o.sampleEnd, o.reset, o.clock, o.importDirectory, o.settingsFile);
                case "--sample-size" -> new WorkbenchOptions(o.dataDirectory, o.port, o.loadSample, number(name, value), o.seed,
                        o.sampleEnd, o.reset, o.clock, o.importDirectory, o.settingsFile);
                case "--seed" -> new WorkbenchOptions(o.dataDirectory, o.port, o.loadSample, o.sampleSize,
                        longNumber(name, value), o.sampleEnd, o.reset, o.clock, o.importDirectory, o.settingsFile);
                case "--sample-end" -> new WorkbenchOptions(o.dataDirectory, o.port, o.loadSample, o.sampleSize, o.seed,
                        Optional.of(date(name, value)), o.reset, o.clock, o.importDirectory, o.settingsFile);
                case "--no-sample" -> new WorkbenchOptions(o.dataDirectory, o.port, false, o.sampleSize, o.seed,
                        o.sampleEnd, o.reset, o.clock, o.importDirectory, o.settingsFile);
                case "--reset" -> new WorkbenchOptions(o.dataDirectory, o.port, o.loadSample, o.sampleSize, o.seed,
                        o.sampleEnd, true, o.clock, o.importDirectory, o.settingsFile);
                case "--import" -> o.withImport(Path.of(required(name, value)), o.settingsFile);
                case "--settings" -> new WorkbenchOptions(o.dataDirectory, o.port, o.loadSample, o.sampleSize, o.seed,
                        o.sampleEnd, o.reset, o.clock, o.importDirectory, Optional.of(Path.of(required(name, value))));
                default -> throw new IllegalArgumentException("unknown option " + name);
            };
        }
        if (o.settingsFile.isPresent() && o.importDirectory.isEmpty()) {
            throw new IllegalArgumentException("--settings goes with --import (the sample desk brings its own settings;"
                    + " change them on the admin pages)");
        }
        return o;
    }

    public WorkbenchOptions withDataDirectory(Path directory) {
        return new WorkbenchOptions(directory, port, loadSample, sampleSize, seed, sampleEnd, reset, clock,
                importDirectory, settingsFile);
    }

    /** Loads the JSM export in {@code directory} (costed with {@code settings} when present) instead of the sample desk. */
    public WorkbenchOptions withImport(Path directory, Optional<Path> settings) {
        return new WorkbenchOptions(dataDirectory, port, false, sampleSize, seed, sampleEnd, reset, clock,
                Optional.of(directory), settings);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value: " + name + "=...");
        }
        return value;
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(required(name, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was " + value);
        }
    }

    private static long longNumber(String name, String value) {
        try {
            return Long.parseLong(required(name, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was " + value);
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(required(name, value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, was " + value);
        }
    }
}
