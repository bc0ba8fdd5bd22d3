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
import java.util.concurrent.CopyOnWriteArrayList;
import io.balancepoint.rest.ticket.RecomputeRequests;
import io.balancepoint.store.AuditStore;
import io.balancepoint.store.FactsStore;
import io.balancepoint.store.ManualCosts;
import io.balancepoint.store.RollupStore;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.workbench.api.ApiServer;
import org.junit.jupiter.api.BeforeEach;
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

    private final List<Long> recomputed = new CopyOnWriteArrayList<>();
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

    /** The services the resources need: the stores of the node, a recording recompute port, a fixed clock. */
    private void bind(ApiServer.Builder builder, StoreNode stores) {
        builder.service(SettingsStore.class, stores.settings())
                .service(FactsStore.class, stores.facts())
                .service(RollupStore.class, stores.rollups())
                .service(AuditStore.class, stores.audit())
                .service(ManualCosts.class, new ManualCosts(stores.storage()))
                .service(RecomputeRequests.class, recomputed::add)
                .service(Clock.class, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @BeforeEach
    final void forgetRecomputes() {
        recomputed.clear();
    }

    /** The issue ids the API asked to recompute in this test, in order. */
    List<Long> recomputed() {
        return List.copyOf(recomputed);
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
