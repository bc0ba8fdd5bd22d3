package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.access.Persona;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import io.balancepoint.store.AoStorage;
import io.balancepoint.store.EntityManagerStorage;
import io.balancepoint.store.ExportScan;
import io.balancepoint.store.ForwardingStorage;
import io.balancepoint.store.LedgerStore;
import io.balancepoint.store.ao.StoreSchema;
import io.balancepoint.store.testing.DatabaseTest;
import io.balancepoint.store.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exports really stream: the server is held in the middle of its database scan until the client has
 * read the start of the response over HTTP. If the export were built in memory first, no byte could
 * reach the client before the scan ended, the scan could not end before the client read, and the
 * gate would have to give up; it must instead be opened by the client. No timing is asserted: the
 * gate's long timeout only keeps a broken build from hanging.
 */
class ExportStreamingTest extends DatabaseTest {

    static final int TICKETS = 400;
    static final int LINES_PER_TICKET = 10;
    /** The scan stops after this many rows until the client has read the header and a first row. */
    static final int GATE_AT_ROW = 2_500;
    static final Instant AT = Instant.parse("2026-03-03T09:00:00Z");

    private final CountDownLatch clientReadTheStart = new CountDownLatch(1);
    private final AtomicBoolean gateOpenedByClient = new AtomicBoolean();
    private final AtomicInteger rowsBeforeClientRead = new AtomicInteger(-1);
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
    void start() {
        api = TestApi.start(builder -> builder.service(ExportScan.class,
                new ExportScan(new GatedStorage(new EntityManagerStorage(manager())))));
    }

    @AfterAll
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theClientReadsTheFirstRowsBeforeTheServerHasScannedTheLast() throws Exception {
        LedgerStore ledger = new LedgerStore(new EntityManagerStorage(manager()));
        for (long issue = 1; issue <= TICKETS; issue++) {
            List<CostLine> lines = new ArrayList<>();
            for (int i = 0; i < LINES_PER_TICKET; i++) {
                lines.add(new CostLine("worklog:" + (issue * 100 + i), CostCategory.LABOUR, Money.of("12.50", "EUR"),
                        new BigDecimal("0.25"), "hour", new BigDecimal("50.00"), RateSource.DEFAULT, AT.plusSeconds(i), false,
                        "a worklog note long enough to fill the buffers of every layer quickly", "alice"));
            }
            ledger.replaceComputedLines(issue, "SD", lines);
        }
        HttpRequest request = HttpRequest.newBuilder(api.baseUri().resolve("exports/cost-lines"))
                .header("X-BalancePoint-User", Persona.ADMIN).GET().build();

        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        int lines = 0;
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body.readLine()).startsWith("issueId,projectKey,sourceKey");
            assertThat(body.readLine()).startsWith("1,SD,worklog:100,LABOUR,12.50");
            // Only now may the server's scan go on past the gate.
            clientReadTheStart.countDown();
            lines = 2;
            while (body.readLine() != null) {
                lines++;
            }
        }

        assertThat(gateOpenedByClient).as("the client had the first rows while the scan waited at row " + GATE_AT_ROW).isTrue();
        assertThat(rowsBeforeClientRead.get()).isEqualTo(GATE_AT_ROW);
        assertThat(lines).as("header and every row, nothing lost while waiting").isEqualTo(1 + TICKETS * LINES_PER_TICKET);
    }

    /** The real storage, except that a streamed scan waits at {@link #GATE_AT_ROW} for the client. */
    private final class GatedStorage extends ForwardingStorage {

        GatedStorage(AoStorage delegate) {
            super(delegate);
        }

        @Override
        public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
            AtomicInteger rows = new AtomicInteger();
            super.stream(type, query, row -> {
                if (rows.incrementAndGet() == GATE_AT_ROW + 1) {
                    rowsBeforeClientRead.set(GATE_AT_ROW);
                    gateOpenedByClient.set(await());
                }
                callback.onRowRead(row);
            });
        }

        private boolean await() {
            try {
                return clientReadTheStart.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
