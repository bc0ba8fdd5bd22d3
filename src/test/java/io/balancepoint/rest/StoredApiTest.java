package io.balancepoint.rest;

import io.balancepoint.store.ao.StoreSchema;
import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.StoreNode;
import io.balancepoint.store.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the API tests over the stores: the full schema on embedded HSQLDB (empty before each
 * test), every store of one node, and the API over real HTTP with those stores and a fixed clock.
 */
abstract class StoredApiTest extends DatabaseTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private StoreNode node;
    private TestApi api;

    @Override
    protected TestDatabase database() {
        return TestDatabase.HSQLDB;
    }

    @Override
    protected List<Class<? extends RawEntity<?>>> entities() {
        return StoreSchema.ENTITIES;
    }

    @BeforeAll
    final void startApi() {
        node = StoreNode.on(manager(), ZONE);
        api = TestApi.start(builder -> bind(builder, node));
    }

    /** The services the resources under test need; the base binds the settings store and the clock. */
    void bind(io.balancepoint.workbench.api.ApiServer.Builder builder, StoreNode stores) {
        builder.service(io.balancepoint.store.SettingsStore.class, stores.settings())
                .service(Clock.class, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    final void stopApi() {
        if (api != null) {
            api.close();
        }
    }

    StoreNode stores() {
        return node;
    }

    ApiClient client() {
        return api.client();
    }
}
