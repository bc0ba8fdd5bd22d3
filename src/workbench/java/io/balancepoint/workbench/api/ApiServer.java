package io.balancepoint.workbench.api;

import com.sun.net.httpserver.HttpServer;
import io.balancepoint.dashboards.WindowResultCache;
import io.balancepoint.rest.ApiApplication;
import io.balancepoint.rest.CallerResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The REST API ({@link ApiApplication}) in real Jersey 3.1 on the JDK's HTTP server, at
 * {@link ApiApplication#BASE_PATH} on the loopback interface only: what the workbench serves and
 * what the REST tests call. The services resources and providers inject (ports such as
 * {@code Permissions} or {@code WhatIfSettings}) are given to the builder; the workbench's
 * authentication ({@link CallerResolver}) and {@link XsrfGuard} come with it. Port 0 picks a free port.
 */
public final class ApiServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    /**
     * How much of a refused request's unread body the JDK server reads away before it reuses or
     * closes the connection (its default is 64 KiB). Closing a socket with unread bytes resets it,
     * and the client then loses the 413 it was sent; Tomcat, under Jira, swallows up to 2 MiB the
     * same way. Read once per JVM, when the first JDK HTTP server starts.
     */
    private static final String DRAIN_PROPERTY = "sun.net.httpserver.drainAmount";
    private static final long DRAIN_BYTES = 16L << 20;
    /**
     * Turns Nagle's algorithm off on accepted connections (the JDK server leaves it on; Tomcat, under
     * Jira, turns it off). With it on, a response sent in more than one segment waits for the client's
     * delayed acknowledgement: about 40 ms added to every larger JSON answer, which measured as the
     * bulk of a 56 ms dashboard call whose server work took 7 ms. Read once per JVM, like the drain amount.
     */
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final JdkHttpHandlerContainer container;
    private final ExecutorService executor;
    /** The dashboard result cache this server made (and stops), when the host passed none. */
    private final WindowResultCache ownCache;
    private final URI baseUri;

    private ApiServer(HttpServer server, JdkHttpHandlerContainer container, ExecutorService executor, WindowResultCache ownCache) {
        this.server = server;
        this.container = container;
        this.executor = executor;
        this.ownCache = ownCache;
        this.baseUri = URI.create("http://" + LOOPBACK + ":" + server.getAddress().getPort() + ApiApplication.BASE_PATH + "/");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>/rest/balance-point/1.0/}, ending in a slash so relative paths resolve below it. */
    public URI baseUri() {
        return baseUri;
    }

    /** The underlying server, for the workbench to add its pages next to the API. */
    public HttpServer httpServer() {
        return server;
    }

    @Override
    public void close() {
        server.stop(0);
        container.getApplicationHandler().onShutdown(container);
        executor.close();
        if (ownCache != null) {
            ownCache.close();
        }
    }

    /** Collects the services, then {@link #start()}s. */
    public static final class Builder {

        private final Map<Class<?>, Object> services = new LinkedHashMap<>();
        private final List<Object> components = new ArrayList<>(List.of(new XsrfGuard()));
        private int port;

        private Builder() {
        }

        /** Makes {@code instance} injectable as {@code type} into resources and providers. */
        public <T> Builder service(Class<T> type, T instance) {
            services.put(type, Objects.requireNonNull(instance, type.getSimpleName()));
            return this;
        }

        /** The host's authentication. */
        public Builder authentication(CallerResolver callers) {
            return service(CallerResolver.class, callers);
        }

        /** An extra provider (or, in tests, resource) of the host; the product's are in {@link ApiApplication}. */
        public Builder register(Object component) {
            components.add(component);
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public ApiServer start() {
            // Node-local dashboard results, validated against the database on every read (a host may pass its own).
            WindowResultCache ownCache = services.containsKey(WindowResultCache.class) ? null : new WindowResultCache();
            if (ownCache != null) {
                services.put(WindowResultCache.class, ownCache);
            }
            ResourceConfig config = new ResourceConfig(new ApiApplication().getClasses());
            // JSON only through the product's mapper and exception mappers: nothing auto-discovered
            config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
            config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
            config.register(JacksonFeature.withoutExceptionMappers());
            config.register(new AbstractBinder() {
                @Override
                @SuppressWarnings({"unchecked", "rawtypes"})
                protected void configure() {
                    services.forEach((type, instance) -> bind(instance).to((Class) type));
                }
            });
            components.forEach(config::register);

            JdkHttpHandlerContainer container = ContainerFactory.createContainer(JdkHttpHandlerContainer.class, config);
            if (System.getProperty(DRAIN_PROPERTY) == null) {
                System.setProperty(DRAIN_PROPERTY, Long.toString(DRAIN_BYTES));
            }
            if (System.getProperty(NO_DELAY_PROPERTY) == null) {
                System.setProperty(NO_DELAY_PROPERTY, "true");
            }
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
                server.createContext(ApiApplication.BASE_PATH, container);
                server.setExecutor(executor);
                server.start();
                return new ApiServer(server, container, executor, ownCache);
            } catch (IOException e) {
                executor.close();
                if (ownCache != null) {
                    ownCache.close();
                }
                throw new UncheckedIOException("cannot start the API server on port " + port, e);
            }
        }
    }
}
