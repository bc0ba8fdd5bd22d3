package io.balancepoint.browser.testing;

import io.balancepoint.workbench.WorkbenchHost;
import io.balancepoint.workbench.WorkbenchOptions;
import io.balancepoint.workbench.load.LoadStatus;
import io.balancepoint.workbench.sample.SampleDesk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One real workbench for the whole browser suite: a small deterministic sample desk (fixed seed,
 * size and last day) on a temporary data directory, loaded before any test runs. The product's
 * clock ticks but starts on the day after the sample's last day, as if the desk were current.
 */
public final class SharedWorkbench implements AutoCloseable {

    public static final long SEED = 42;
    public static final int SIZE = 300;
    public static final LocalDate SAMPLE_END = LocalDate.of(2026, 2, 28);
    static final Instant STARTS_AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(5);

    private final Path directory;
    private final WorkbenchHost host;
    private final Rest rest;

    private SharedWorkbench(Path directory, WorkbenchHost host) {
        this.directory = directory;
        this.host = host;
        this.rest = new Rest(host.baseUri(), host.restUri());
    }

    /** Starts the workbench and waits until the sample desk is loaded (failing if the load failed). */
    static SharedWorkbench start() {
        Path directory;
        try {
            directory = Files.createTempDirectory("bp-browser-workbench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), STARTS_AT));
        WorkbenchHost host = WorkbenchHost.start(new WorkbenchOptions(directory.resolve("data"), 0, true, SIZE, SEED,
                Optional.of(SAMPLE_END), false, clock));
        try {
            LoadStatus status = host.awaitLoad(LOAD_TIMEOUT);
            if (!status.finished() || status.error() != null) {
                throw new IllegalStateException("the sample desk did not load within " + LOAD_TIMEOUT + ": " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            host.close();
            throw new IllegalStateException("interrupted while the sample desk loaded", e);
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
        return new SharedWorkbench(directory, host);
    }

    /** {@code http://127.0.0.1:<port>/}: the workbench's pages. */
    public URI baseUri() {
        return host.baseUri();
    }

    /** The REST API and the workbench endpoints, called as a demo user. */
    public Rest rest() {
        return rest;
    }

    /** The sample desk's first day (its twelve months end on {@link #SAMPLE_END}). */
    public LocalDate firstDay() {
        return new SampleDesk(new SampleDesk.Options(SEED, SIZE, SAMPLE_END)).firstDay();
    }

    /** Where browser profiles of this run go (deleted with the workbench). */
    Path scratch() {
        return directory;
    }

    @Override
    public void close() {
        host.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory harms nothing; the tests' results stand.
        }
    }
}
