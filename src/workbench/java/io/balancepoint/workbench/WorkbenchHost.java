package io.balancepoint.workbench;

import com.sun.net.httpserver.HttpServer;
import io.balancepoint.access.DirectoryAccessPolicy;
import io.balancepoint.access.Permissions;
import io.balancepoint.dispatch.RoutingDryRuns;
import io.balancepoint.dispatch.TicketRouting;
import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.ingest.RecomputeWorker;
import io.balancepoint.ingest.RetryPolicy;
import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.jobs.JobRunner;
import io.balancepoint.rest.jobs.JobLauncher;
import io.balancepoint.rest.ticket.RecomputeRequests;
import io.balancepoint.rest.whatif.WhatIfSettings;
import io.balancepoint.routing.AssigneePoolSource;
import io.balancepoint.store.AoStorage;
import io.balancepoint.store.AuditStore;
import io.balancepoint.store.CustomerRequestScan;
import io.balancepoint.store.ExportScan;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.JobStateStore;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.ManualCosts;
import io.balancepoint.store.RecalculationScope;
import io.balancepoint.store.RecentTickets;
import io.balancepoint.store.RfmScoreStore;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.RoutingDecisionStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.TicketSyncStore;
import io.balancepoint.store.TicketWriter;
import io.balancepoint.tiering.RfmTierLookup;
import io.balancepoint.workbench.api.ApiServer;
import io.balancepoint.workbench.api.HeaderAuthentication;
import io.balancepoint.settings.SettingsCodec;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.workbench.jsm.JsmDesk;
import io.balancepoint.workbench.jsm.JsmImport;
import io.balancepoint.workbench.jsm.JsmImportException;
import io.balancepoint.workbench.jsm.JsmProject;
import io.balancepoint.workbench.load.DeskLoader;
import io.balancepoint.workbench.load.LoadStatus;
import io.balancepoint.workbench.sample.DemoPeople;
import io.balancepoint.workbench.sample.DemoPeople.DemoUser;
import io.balancepoint.workbench.sample.SampleDesk;
import io.balancepoint.workbench.tickets.Person;
import io.balancepoint.workbench.tickets.Project;
import io.balancepoint.workbench.tickets.WorkbenchTickets;
import io.balancepoint.workbench.web.StaticFiles;
import io.balancepoint.workbench.web.DashboardPreferences;
import io.balancepoint.workbench.web.DashboardPreferencesEndpoint;
import io.balancepoint.workbench.web.WorkbenchEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole product on one machine, wired as Jira would host it: the embedded database with every
 * store, the workbench's ticket source, the recompute queue and its background worker, the jobs
 * (admin-started through the API; reconcile every 15 minutes and RFM scoring daily, as Jira's
 * scheduler would run them), the REST API with the demo directory's authentication, the pages and
 * UI bundles, and the workbench endpoints. On first start the sample desk (or, with
 * {@code --import}, a JSM export) loads in the background while the server already answers
 * ({@code /workbench/api/load} tells how far it is).
 */
public final class WorkbenchHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchHost.class);
    /** The workbench's single cluster node. */
    static final String NODE = "workbench";
    static final String LOADED_STATE = "desk.loaded";
    private static final int QUEUE_CAPACITY = 100_000;

    private final WorkbenchDatabase database;
    private final WorkbenchTickets tickets;
    private final RecomputeQueue queue;
    private final RecomputeWorker worker;
    private final ExecutorService jobExecutor;
    private final ScheduledExecutorService schedule;
    private final ApiServer api;
    private final DeskLoader loader;
    private final Thread loadThread;
    private final JobRunner jobs;
    private final WorkbenchJobs launcher;
    private final WorkbenchRoutingActuator routing;
    /** The export this start loads; empty when there is none or it is loaded already. */
    private final Optional<JsmDesk> importing;

    private WorkbenchHost(WorkbenchOptions options, Optional<JsmDesk> imported) {
        Clock clock = options.clock();
        database = WorkbenchDatabase.open(options.dataDirectory());
        AoStorage storage = database.storage();
        tickets = new WorkbenchTickets(database::connection);
        try {
            importing = imported.filter(desk -> needsLoading(desk, options.dataDirectory()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        importing.ifPresent(desk -> tickets.putPeople(desk.export().users().stream()
                .map(u -> new Person(u.key(), u.displayName(), u.agent(), u.groups())).toList()));

        SettingsStore settings = new SettingsStore(storage);
        LedgerStore ledger = new LedgerStore(storage);
        FactsStore facts = new FactsStore(storage);
        SettingsInForce inForce = new SettingsInForce(settings);
        ZoneId zone = inForce.refresh().document().workingTime().zone();
        RollupStore rollups = new RollupStore(storage, zone);
        TicketWriter writer = new TicketWriter(storage, ledger, facts, rollups, TicketWriter.DEFAULT_MAX_ATTEMPTS);
        TicketSyncStore sync = new TicketSyncStore(storage);
        AuditStore audit = new AuditStore(storage);
        JobStateStore jobStates = new JobStateStore(storage);
        RfmScoreStore rfm = new RfmScoreStore(storage);
        RfmTierLookup tiers = new RfmTierLookup(rfm);

        queue = new RecomputeQueue(QUEUE_CAPACITY);
        TicketRecomputer recomputer = new TicketRecomputer(tickets, ledger, facts, writer, sync, inForce, tiers, clock);
        routing = new WorkbenchRoutingActuator(tickets, queue, clock);
        RoutingDecisionStore decisions = new RoutingDecisionStore(storage);
        // As in Jira: new tickets are routed on the worker's thread once their batch is stored.
        worker = new RecomputeWorker(queue, recomputer, RetryPolicy.DEFAULT, clock, RecomputeWorker.DEFAULT_BATCH,
                new TicketRouting(inForce, decisions, routing, AssigneePoolSource.NONE, clock));
        worker.start();
        RoutingDryRuns dryRuns = new RoutingDryRuns(new RecentTickets(storage), tickets, facts, decisions,
                AssigneePoolSource.NONE, clock);

        jobExecutor = Executors.newSingleThreadExecutor(r -> daemon(r, "balance-point-jobs"));
        jobs = new JobRunner(jobStates, NODE, clock, JobRunner.DEFAULT_STALE_AFTER);
        launcher = new WorkbenchJobs(jobs, jobExecutor, tickets, recomputer, queue, sync, facts, rollups, audit,
                new RecalculationScope(storage), new CustomerRequestScan(storage), rfm, inForce);

        List<DemoUser> users = users(imported);
        DirectoryAccessPolicy people = DemoPeople.directory(users);
        Permissions permissions = new Permissions(new WorkbenchAccessPolicy(people, tickets),
                () -> inForce.refresh().document().visibility());
        WhatIfSettings whatIf = new WhatIfSettings() {
            @Override
            public Currency baseCurrency() {
                return inForce.refresh().document().currency();
            }

            @Override
            public Map<String, BigDecimal> channelSatisfactionChange() {
                return inForce.refresh().document().roi().channelSatisfactionChange();
            }
        };
        api = ApiServer.builder()
                .port(options.port())
                .authentication(new HeaderAuthentication(people))
                .service(Permissions.class, permissions)
                .service(WhatIfSettings.class, whatIf)
                .service(SettingsStore.class, settings)
                .service(FactsStore.class, facts)
                .service(RollupStore.class, rollups)
                .service(AuditStore.class, audit)
                .service(ManualCosts.class, new ManualCosts(storage))
                .service(RecomputeRequests.class, queue::offer)
                .service(JobLauncher.class, launcher)
                .service(JobStateStore.class, jobStates)
                .service(ExportScan.class, new ExportScan(storage))
                .service(RoutingDecisionStore.class, decisions)
                .service(RoutingDryRuns.class, dryRuns)
                .service(Clock.class, clock)
                .start();

        loader = new DeskLoader(tickets, storage, settings, inForce, facts, rollups, sync, rfm, clock);
        HttpServer server = api.httpServer();
        server.createContext(WorkbenchEndpoints.PATH, new WorkbenchEndpoints(users, tickets, loader::status));
        server.createContext(DashboardPreferencesEndpoint.PATH, new DashboardPreferencesEndpoint(users,
                DashboardPreferences.in(options.dataDirectory().resolve("dashboard-preferences.json"))));
        server.createContext("/ui/", new StaticFiles("/ui/", "ui", "no-cache"));
        server.createContext("/ui-vendor/", new StaticFiles("/ui-vendor/", "ui-vendor", "public, max-age=86400"));
        server.createContext("/", new StaticFiles("/", "workbench-web", "no-cache"));

        schedule = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "balance-point-schedule"));
        loadThread = daemon(() -> loadThenSchedule(options), "balance-point-load");
        loadThread.start();
    }

    /**
     * Opens the data directory (deleting it first with {@code reset}), starts everything and returns at
     * once. An export to import is validated first, whole: when it (or its settings document) is
     * invalid, or the data directory holds another desk, this throws {@link WorkbenchStartRefused}
     * and nothing is loaded or deleted.
     */
    public static WorkbenchHost start(WorkbenchOptions options) {
        Optional<JsmDesk> imported = options.importDirectory().map(dir -> openImport(dir, options.settingsFile()));
        if (options.reset()) {
            deleteRecursively(options.dataDirectory());
        }
        return new WorkbenchHost(options, imported);
    }

    private static JsmDesk openImport(Path directory, Optional<Path> settingsFile) {
        Optional<SettingsDocument> settings = settingsFile.map(WorkbenchHost::readSettings);
        try {
            return new JsmDesk(JsmImport.open(directory), settings);
        } catch (JsmImportException e) {
            throw new WorkbenchStartRefused(e.getMessage().replaceFirst("^the JSM export", "the JSM export " + directory)
                    + (e.truncated() ? "\n  … and more (fix these first)" : "") + "\nNothing was imported.");
        } catch (IOException e) {
            throw new WorkbenchStartRefused("cannot read the JSM export " + directory + ": " + e.getMessage());
        }
    }

    private static SettingsDocument readSettings(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new WorkbenchStartRefused("cannot read the settings " + file + ": " + e);
        }
        if (SettingsCodec.read(text) instanceof SettingsCodec.Invalid invalid) {
            throw new WorkbenchStartRefused(file + " is not a valid settings document (docs/settings.md):\n  "
                    + invalid.problems().stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("\n  "))
                    + "\nNothing was imported.");
        }
        return ((SettingsCodec.Valid) SettingsCodec.read(text)).document();
    }

    /**
     * Whether the export still has to be loaded: not when this data directory already holds it (a
     * restart with the same flags); refused when it holds another desk, so two desks never mix.
     */
    private boolean needsLoading(JsmDesk desk, Path dataDirectory) {
        String label = importLabel(desk);
        Optional<String> loaded = tickets.state(LOADED_STATE);
        if (loaded.isPresent() && loaded.get().equals(label)) {
            LOG.info("{} is already imported into {}; not loading it again", desk.export().directory(), dataDirectory);
            return false;
        }
        long stored = tickets.count();
        if (loaded.isPresent() || stored > 0) {
            throw new WorkbenchStartRefused("the data directory " + dataDirectory.toAbsolutePath() + " already holds "
                    + loaded.orElse("an unfinished load of " + stored + " tickets") + "; importing "
                    + desk.export().directory() + " would mix two desks. Add --reset to delete it and import, or choose"
                    + " another --data-dir. Nothing was changed.");
        }
        return true;
    }

    private static String importLabel(JsmDesk desk) {
        Path directory = desk.export().directory();
        try {
            directory = directory.toRealPath();
        } catch (IOException e) {
            directory = directory.toAbsolutePath();
        }
        return "JSM export " + directory;
    }

    /** Who one can act as: the demo people of the sample desk, or the demo staff and the people of an imported desk. */
    private List<DemoUser> users(Optional<JsmDesk> imported) {
        List<Person> people = tickets.people();
        if (imported.isEmpty() && people.isEmpty()) {
            return DemoPeople.users();
        }
        List<String> projects = imported.isPresent()
                ? imported.get().export().projects().stream().map(JsmProject::key).toList()
                : tickets.projects().stream().map(Project::key).toList();
        return DemoPeople.users(projects, people);
    }

    /** {@code http://127.0.0.1:<port>/}: the pages. */
    public URI baseUri() {
        return api.baseUri().resolve("/");
    }

    public URI restUri() {
        return api.baseUri();
    }

    public LoadStatus loadStatus() {
        return loader.status();
    }

    /** Waits until the first load has ended (done or failed). */
    public LoadStatus awaitLoad(Duration timeout) throws InterruptedException {
        loadThread.join(timeout.toMillis());
        return loader.status();
    }

    /** The recompute queue (e.g. for the routing actuator and importers: a changed ticket goes on it). */
    public RecomputeQueue queue() {
        return queue;
    }

    public WorkbenchTickets tickets() {
        return tickets;
    }

    /** Applies routing decisions to the workbench's tickets. */
    public WorkbenchRoutingActuator routing() {
        return routing;
    }

    private void loadThenSchedule(WorkbenchOptions options) {
        try {
            long stored = tickets.count();
            if (tickets.state(LOADED_STATE).isPresent() || stored > 0) {
                if (tickets.state(LOADED_STATE).isEmpty()) {
                    LOG.warn("The data directory holds {} tickets of a load that did not finish; run with --reset to load afresh", stored);
                }
                loader.alreadyLoaded(stored);
            } else if (importing.isPresent()) {
                loader.load(importing.get());
                tickets.putState(LOADED_STATE, importLabel(importing.get()));
            } else if (options.loadSample()) {
                LocalDate end = options.sampleEnd().orElseGet(() -> LocalDate.now(options.clock().withZone(SampleDesk.ZONE)).minusDays(1));
                SampleDesk desk = new SampleDesk(new SampleDesk.Options(options.seed(), options.sampleSize(), end));
                loader.load(desk);
                tickets.putState(LOADED_STATE, "sample desk: seed " + options.seed() + ", " + options.sampleSize()
                        + " requests, " + desk.firstDay() + " to " + end);
            } else {
                loader.alreadyLoaded(0);
            }
        } catch (RuntimeException e) {
            LOG.error("Loading the desk failed", e);
            return;
        }
        schedule.scheduleWithFixedDelay(() -> launcher.scheduled(WorkbenchJobs.Scheduled.RECONCILE), 15, 15, TimeUnit.MINUTES);
        schedule.scheduleWithFixedDelay(() -> launcher.scheduled(WorkbenchJobs.Scheduled.RFM_SCORING), 24, 24, TimeUnit.HOURS);
    }

    /** Stops taking requests, lets the worker finish its ticket and the jobs their page, then closes the database. */
    @Override
    public void close() {
        schedule.shutdownNow();
        loadThread.interrupt();
        api.close();
        try {
            worker.stop(Duration.ofSeconds(10));
            jobExecutor.shutdown();
            if (!jobExecutor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A job did not stop within 10 s; it resumes or is taken over after the restart");
                jobExecutor.shutdownNow();
            }
            loadThread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
