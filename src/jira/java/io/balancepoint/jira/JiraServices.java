package io.balancepoint.jira;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.label.LabelService;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.balancepoint.access.Permissions;
import io.balancepoint.dashboards.WindowResultCache;
import io.balancepoint.dispatch.RoutingDryRuns;
import io.balancepoint.dispatch.TicketRouting;
import io.balancepoint.ingest.RecomputeQueue;
import io.balancepoint.ingest.RecomputeWorker;
import io.balancepoint.ingest.RetryPolicy;
import io.balancepoint.ingest.SettingsInForce;
import io.balancepoint.ingest.TicketRecomputer;
import io.balancepoint.jira.access.JiraAccessPolicy;
import io.balancepoint.jira.access.JiraCallerResolver;
import io.balancepoint.jira.config.AppConfiguration;
import io.balancepoint.jira.routing.JiraRoutingActuator;
import io.balancepoint.jira.store.JiraAoStorage;
import io.balancepoint.jira.ticket.JiraTicketSource;
import io.balancepoint.jira.ticket.JsmFacts;
import io.balancepoint.jira.tiering.JiraOrganisationAttributes;
import io.balancepoint.rest.CallerResolver;
import io.balancepoint.rest.jobs.JobLauncher;
import io.balancepoint.rest.ticket.RecomputeRequests;
import io.balancepoint.rest.whatif.WhatIfSettings;
import io.balancepoint.routing.AssigneePoolSource;
import io.balancepoint.routing.RoutingActuator;
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
import io.balancepoint.tiering.OrganisationAttributes;
import io.balancepoint.tiering.RfmTierLookup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.Map;

/**
 * The plugin's composition root: builds the product's plain classes over the Jira adapters, the way
 * the workbench builds them over its own. Spring gets each service the REST resources and providers
 * inject from here through {@code factory-bean}/{@code factory-method} definitions in
 * META-INF/spring/plugin-context.xml, so the resources in {@code src/main/java} stay free of Jira
 * types and the REST v2 container injects them by type, as the workbench's HK2 binder does.
 * Nothing here keeps authoritative state: every store reads and writes Active Objects.
 */
@Named("balancePointServices")
public final class JiraServices {

    /** Queue capacity per node; overflow is repaired by the reconcile job. */
    static final int QUEUE_CAPACITY = 50_000;

    private final Clock clock = Clock.systemUTC();
    private final AppConfiguration configuration;
    private final RecomputeQueue queue = new RecomputeQueue(QUEUE_CAPACITY);
    private final SettingsStore settings;
    private final FactsStore facts;
    private final RollupStore rollups;
    /** Dashboard results of this node, checked against the rollups' change stamps on every read (nothing authoritative). */
    private final WindowResultCache windowResults = new WindowResultCache();
    private final AuditStore audit;
    private final LedgerStore ledger;
    private final TicketSyncStore sync;
    private final JobStateStore jobs;
    private final JiraAoStorage storage;
    private final JiraTicketSource tickets;
    private final Permissions permissions;
    private final JiraCallerResolver callers;
    private final RoutingActuator actuator;
    private final OrganisationAttributes organisations = new JiraOrganisationAttributes();
    private final SettingsInForce settingsInForce;
    private final TicketRecomputer recomputer;
    private final RecomputeWorker worker;
    private final RoutingDecisionStore decisions;

    @Inject
    public JiraServices(JiraAoStorage storage, AppConfiguration configuration,
                        @ComponentImport TimeZoneManager timeZones,
                        @ComponentImport com.atlassian.sal.api.user.UserManager salUsers) {
        this.storage = storage;
        this.configuration = configuration;
        this.settings = new SettingsStore(storage);
        this.facts = new FactsStore(storage);
        this.rollups = new RollupStore(storage, timeZones.getDefaultTimezone().toZoneId());
        this.audit = new AuditStore(storage);
        this.ledger = new LedgerStore(storage);
        this.sync = new TicketSyncStore(storage);
        this.jobs = new JobStateStore(storage);
        this.settingsInForce = new SettingsInForce(settings);
        UserManager users = ComponentAccessor.getUserManager();
        this.tickets = new JiraTicketSource(ComponentAccessor.getIssueManager(),
                ComponentAccessor.getProjectManager(), ComponentAccessor.getWorklogManager(),
                ComponentAccessor.getCommentManager(), ComponentAccessor.getChangeHistoryManager(),
                ComponentAccessor.getCustomFieldManager(), ComponentAccessor.getComponent(JsonEntityPropertyManager.class),
                ComponentAccessor.getGroupManager(), ComponentAccessor.getComponent(ProjectRoleManager.class),
                JsmFacts.detect(), configuration,
                () -> settings.current().document().routing().supportTiers());
        this.permissions = new Permissions(new JiraAccessPolicy(users,
                ComponentAccessor.getGlobalPermissionManager(), ComponentAccessor.getPermissionManager(),
                ComponentAccessor.getGroupManager(), ComponentAccessor.getProjectManager(),
                ComponentAccessor.getComponent(ProjectRoleManager.class), ComponentAccessor.getIssueManager()),
                () -> settings.current().document().visibility());
        this.callers = new JiraCallerResolver(salUsers, users, ComponentAccessor.getComponent(ApplicationRoleManager.class));
        this.actuator = new JiraRoutingActuator(ComponentAccessor.getIssueService(),
                ComponentAccessor.getComponent(LabelService.class), users, configuration);
        this.recomputer = new TicketRecomputer(tickets, ledger, facts,
                new TicketWriter(storage, ledger, facts, rollups, TicketWriter.DEFAULT_MAX_ATTEMPTS),
                sync, settingsInForce, new RfmTierLookup(new RfmScoreStore(storage)), clock);
        this.decisions = new RoutingDecisionStore(storage);
        // Routing runs on the worker's thread after each batch is stored (io.balancepoint.dispatch notes).
        this.worker = new RecomputeWorker(queue, recomputer, RetryPolicy.DEFAULT, clock, RecomputeWorker.DEFAULT_BATCH,
                new TicketRouting(settingsInForce, decisions, actuator, AssigneePoolSource.NONE, clock));
    }

    // ---- services Spring exposes to the REST resources and providers (plugin-context.xml) ----

    public CallerResolver callerResolver() {
        return callers;
    }

    public Permissions permissions() {
        return permissions;
    }

    public SettingsStore settingsStore() {
        return settings;
    }

    public FactsStore factsStore() {
        return facts;
    }

    public RollupStore rollupStore() {
        return rollups;
    }

    public WindowResultCache windowResultCache() {
        return windowResults;
    }

    public AuditStore auditStore() {
        return audit;
    }

    public JobStateStore jobStateStore() {
        return jobs;
    }

    public ManualCosts manualCosts() {
        return new ManualCosts(storage);
    }

    public ExportScan exportScan() {
        return new ExportScan(storage);
    }

    public RoutingDecisionStore routingDecisionStore() {
        return decisions;
    }

    public RoutingDryRuns routingDryRuns() {
        return new RoutingDryRuns(new RecentTickets(storage), tickets, facts, decisions, AssigneePoolSource.NONE, clock);
    }

    public RecomputeRequests recomputeRequests() {
        return queue::offer;
    }

    public Clock clock() {
        return clock;
    }

    public WhatIfSettings whatIfSettings() {
        return new WhatIfSettings() {
            @Override
            public Currency baseCurrency() {
                return settings.current().document().currency();
            }

            @Override
            public Map<String, BigDecimal> channelSatisfactionChange() {
                return settings.current().document().roi().channelSatisfactionChange();
            }
        };
    }

    public RoutingActuator routingActuator() {
        return actuator;
    }

    // ---- for the plugin's own components ----

    public RecomputeQueue queue() {
        return queue;
    }

    public RecomputeWorker worker() {
        return worker;
    }

    public TicketRecomputer recomputer() {
        return recomputer;
    }

    public JiraTicketSource tickets() {
        return tickets;
    }

    public TicketSyncStore syncStore() {
        return sync;
    }

    public RecalculationScope recalculationScope() {
        return new RecalculationScope(storage);
    }

    public CustomerRequestScan customerRequests() {
        return new CustomerRequestScan(storage);
    }

    public RfmScoreStore rfmScores() {
        return new RfmScoreStore(storage);
    }

    public SettingsInForce settingsInForce() {
        return settingsInForce;
    }

    public OrganisationAttributes organisations() {
        return organisations;
    }

    public AppConfiguration configuration() {
        return configuration;
    }
}
