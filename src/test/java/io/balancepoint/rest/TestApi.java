package io.balancepoint.rest;

import io.balancepoint.access.Permissions;
import io.balancepoint.access.Persona;
import io.balancepoint.rest.whatif.WhatIfSettings;
import io.balancepoint.workbench.api.ApiServer;
import io.balancepoint.workbench.api.HeaderAuthentication;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * The API served over real HTTP for a test class: the {@link Persona} directory, EUR as base
 * currency, the app channel 22 satisfaction points below the others. Start in {@code @BeforeAll},
 * close in {@code @AfterAll}.
 */
final class TestApi implements AutoCloseable {

    static final WhatIfSettings WHAT_IF = new WhatIfSettings() {
        @Override
        public Currency baseCurrency() {
            return Currency.getInstance("EUR");
        }

        @Override
        public Map<String, BigDecimal> channelSatisfactionChange() {
            return Map.of("app", BigDecimal.valueOf(-22));
        }
    };

    private final ApiServer server;
    private final ApiClient client;

    private TestApi(ApiServer server) {
        this.server = server;
        this.client = new ApiClient(server.baseUri());
    }

    /** The product API, plus {@code extra} resources or providers a test needs. */
    static TestApi start(Object... extra) {
        return start(builder -> { }, extra);
    }

    /** The product API with more services (stores, a clock) bound by {@code services}. */
    static TestApi start(java.util.function.Consumer<ApiServer.Builder> services, Object... extra) {
        ApiServer.Builder builder = ApiServer.builder()
                .authentication(new HeaderAuthentication(Persona.directory()))
                .service(Permissions.class, Persona.permissions())
                .service(WhatIfSettings.class, WHAT_IF);
        services.accept(builder);
        for (Object component : extra) {
            builder.register(component);
        }
        return new TestApi(builder.start());
    }

    ApiClient client() {
        return client;
    }

    java.net.URI baseUri() {
        return server.baseUri();
    }

    @Override
    public void close() {
        server.close();
    }
}
