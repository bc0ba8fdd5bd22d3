package io.balancepoint.workbench;

import io.balancepoint.workbench.load.LoadStatus;
import java.time.Duration;
import java.util.Arrays;

/**
 * {@code ./bp workbench}: starts the whole product on this machine ({@link WorkbenchHost}) and
 * prints where it answers; the sample desk's load progress goes to the console. Ctrl-C stops it
 * gracefully (the shutdown hook closes the host, which writes the database to disk).
 */
public final class Workbench {

    private Workbench() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(WorkbenchOptions.USAGE);
            return;
        }
        WorkbenchOptions options;
        try {
            options = WorkbenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("workbench: " + e.getMessage());
            System.err.print(WorkbenchOptions.USAGE);
            System.exit(2);
            return;
        }
        WorkbenchHost host;
        try {
            host = WorkbenchHost.start(options);
        } catch (WorkbenchStartRefused e) {
            System.err.println("workbench: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("workbench: cannot start: " + rootMessage(e));
            System.err.println("workbench: is another workbench using " + options.dataDirectory().toAbsolutePath()
                    + " or port " + options.port() + "? (--data-dir=..., --port=0)");
            System.exit(1);
            return;
        }
        Thread shutdown = new Thread(() -> {
            System.out.println("Stopping the workbench...");
            host.close();
        }, "balance-point-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        System.out.println();
        System.out.println("Balance Point workbench: " + host.baseUri());
        System.out.println("  REST API:  " + host.restUri());
        System.out.println("  data:      " + options.dataDirectory().toAbsolutePath());
        System.out.println("  Ctrl-C stops it; the data stays for the next start.");
        reportLoad(host);
        Thread.currentThread().join(); // serve until Ctrl-C; the shutdown hook stops the host
    }

    /** Prints the load's progress every two seconds until it ends. */
    private static void reportLoad(WorkbenchHost host) throws InterruptedException {
        long started = System.nanoTime();
        String last = "";
        while (true) {
            LoadStatus status = host.awaitLoad(Duration.ofSeconds(2));
            String line = status.finished()
                    ? (status.error() == null ? "Desk ready: " + status.done() + " tickets" : "Load failed: " + status.error())
                    : "Loading the desk: " + status.phase() + " " + status.done() + "/" + status.total();
            if (!line.equals(last)) {
                System.out.println(line + (status.finished() && status.error() == null && !last.isEmpty()
                        ? " (" + Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0 + " s)" : ""));
                last = line;
            }
            if (status.finished()) {
                return;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
