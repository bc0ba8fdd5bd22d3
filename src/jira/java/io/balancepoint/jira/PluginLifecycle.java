package io.balancepoint.jira;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.balancepoint.jira.jobs.ClusterJobs;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts this node's recompute worker thread and the cluster jobs once Jira and the plugin are up
 * (SAL calls {@link #onStart} after Active Objects can be used), and stops them and the dashboards'
 * refresh thread when the plugin is disabled, upgraded or uninstalled or Jira shuts down. Stopping
 * twice is harmless: {@link #onStop} and the Spring context's {@link PreDestroy} may both come.
 */
@Named
@ExportAsService(LifecycleAware.class)
public final class PluginLifecycle implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLifecycle.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final JiraServices services;
    private final ClusterJobs jobs;
    private boolean started;

    @Inject
    public PluginLifecycle(JiraServices services, ClusterJobs jobs) {
        this.services = services;
        this.jobs = jobs;
    }

    @Override
    public synchronized void onStart() {
        if (started) {
            return;
        }
        try {
            services.settingsInForce().refresh();
            services.worker().start();
            jobs.start();
            started = true;
        } catch (Exception e) {
            LOG.error("Balance Point could not start its background work", e);
        }
    }

    @Override
    @PreDestroy
    public synchronized void onStop() {
        if (!started) {
            return;
        }
        started = false;
        jobs.stop();
        try {
            services.worker().stop(STOP_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // The dashboards' background refresh thread must not outlive the plugin's class loader.
            services.windowResultCache().close();
        }
    }
}
