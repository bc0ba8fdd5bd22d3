package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.rates.RateEntry;
import io.balancepoint.rates.RateKind;
import io.balancepoint.rates.RateSettings;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.store.testing.TestDatabase;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SettingsStoreTest {

    static final Instant T1 = Instant.parse("2026-03-01T09:00:00.125Z");
    static final Instant T2 = Instant.parse("2026-03-02T10:30:00Z");

    /** The defaults with another default hourly rate: a valid document that differs from the defaults. */
    static SettingsDocument withDefaultRate(String rate) {
        SettingsDocument d = SettingsDocument.defaults();
        RateSettings rates = new RateSettings(List.of(new RateEntry(RateKind.DEFAULT, null, new BigDecimal(rate),
                RateSettings.DEFAULTS_FROM, null, "loaded rate")), List.of());
        return new SettingsDocument(d.schemaVersion(), d.baseCurrency(), d.workingTime(), rates, d.channels(),
                d.overhead(), d.fcr(), d.anomalies(), d.tiering(), d.routing(), d.roi(), d.budgets(), d.visibility());
    }

    abstract static class Contract extends StoreSuite {

        SettingsStore store() {
            return new SettingsStore(node().storage());
        }

        @Test
        void withNothingSavedTheDefaultsAreInForceAsRevisionZero() {
            SettingsStore store = store();

            assertThat(store.current()).isEqualTo(new StoredSettings(0, SettingsDocument.defaults(), null, null, null));
            assertThat(store.currentRevision()).isZero();
            assertThat(store.history(0, 10)).isEmpty();
            assertThat(store.revision(0)).hasValue(StoredSettings.defaults());
        }

        @Test
        void eachSaveIsTheNextRevisionAndIsKeptInTheHistory() {
            SettingsStore store = store();

            StoredSettings first = store.save(withDefaultRate("45.00"), 0, "admin", "rates for 2026", T1);
            StoredSettings second = store.save(withDefaultRate("47.50"), 1, "finance", null, T2);

            assertThat(first.revision()).isEqualTo(1);
            assertThat(second.revision()).isEqualTo(2);
            assertThat(store.current()).isEqualTo(new StoredSettings(2, withDefaultRate("47.50"), "finance", T2, null));
            assertThat(store.currentRevision()).isEqualTo(2);
            assertThat(store.history(0, 10)).containsExactly(
                    new SettingsChange(2, "finance", T2, null),
                    new SettingsChange(1, "admin", T1, "rates for 2026"));
            assertThat(store.history(1, 1)).containsExactly(new SettingsChange(1, "admin", T1, "rates for 2026"));
            assertThat(store.historySize()).isEqualTo(2);
            assertThat(store.revision(1)).hasValue(new StoredSettings(1, withDefaultRate("45.00"), "admin", T1, "rates for 2026"));
            assertThat(store.revision(3)).isEmpty();
        }

        @Test
        void amountsComeBackWithTheirExactScale() {
            SettingsStore store = store();
            store.save(withDefaultRate("47.5000"), 0, "admin", null, T1);

            BigDecimal rate = store.current().document().rates().entries().get(0).hourlyRate();
            assertThat(rate).isEqualTo(new BigDecimal("47.5000")).hasScaleOf(4);
        }

        @Test
        void aSaveBasedOnAStaleRevisionConflictsAndWritesNothing() {
            SettingsStore store = store();
            store.save(withDefaultRate("45.00"), 0, "admin", null, T1);
            store.save(withDefaultRate("46.00"), 1, "finance", null, T2);

            assertThatThrownBy(() -> store.save(withDefaultRate("99.00"), 1, "admin", "late edit", T2))
                    .isInstanceOfSatisfying(RevisionConflictException.class, e -> {
                        assertThat(e.expectedRevision()).isEqualTo(1);
                        assertThat(e.currentRevision()).isEqualTo(2);
                        assertThat(e.getMessage()).contains("revision 1", "current revision is 2");
                    });
            assertThatThrownBy(() -> store.save(withDefaultRate("99.00"), 0, "admin", null, T2))
                    .isInstanceOf(RevisionConflictException.class);

            assertThat(store.current().document()).isEqualTo(withDefaultRate("46.00"));
            assertThat(store.historySize()).isEqualTo(2);
            assertThat(new AuditStore(node().storage()).count()).isEqualTo(2);
        }

        @Test
        void anInvalidDocumentIsRejectedWithEveryProblemAndWritesNothing() {
            SettingsStore store = store();
            SettingsDocument d = SettingsDocument.defaults();
            SettingsDocument invalid = new SettingsDocument(7, "EURO", d.workingTime(), d.rates(), d.channels(),
                    d.overhead(), d.fcr(), d.anomalies(), d.tiering(), null, d.roi(), d.budgets(), d.visibility());

            assertThatThrownBy(() -> store.save(invalid, 0, "admin", "x".repeat(451), T1))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(Problem::field)
                            .containsExactlyInAnyOrder("schemaVersion", "baseCurrency", "routing", "comment"));
            assertThatThrownBy(() -> store.save(null, 0, "admin", null, T1))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new Problem("$", "is required: a settings document")));

            assertThat(store.currentRevision()).isZero();
            assertThat(store.historySize()).isZero();
            assertThat(new AuditStore(node().storage()).count()).isZero();
        }

        @Test
        void everySaveIsAudited() {
            SettingsStore store = store();
            store.save(withDefaultRate("45.00"), 0, "admin", "rates for 2026", T1);

            assertThat(new AuditStore(node().storage()).page(0, 10)).singleElement().satisfies(r -> {
                assertThat(r.entry().action()).isEqualTo(AuditAction.SETTINGS_CHANGE);
                assertThat(r.entry().actor()).isEqualTo("admin");
                assertThat(r.entry().at()).isEqualTo(T1);
                assertThat(r.entry().details().get("revision").asLong()).isEqualTo(1);
                assertThat(r.entry().details().get("comment").asText()).isEqualTo("rates for 2026");
            });
        }

        @Test
        void ofTwoNodesSavingOnTheSameRevisionExactlyOneWins() throws Exception {
            AoStorage other = otherNode().storage();
            for (long base = 0; base < 3; base++) {
                SettingsStore a = store();
                SettingsStore b = new SettingsStore(other);
                long expected = base;
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    Future<Boolean> first = pool.submit(saving(a, "4" + base + ".00", expected, start));
                    Future<Boolean> second = pool.submit(saving(b, "5" + base + ".00", expected, start));
                    start.countDown();
                    assertThat(List.of(first.get(), second.get())).as("base revision " + base)
                            .containsExactlyInAnyOrder(true, false);
                } finally {
                    pool.shutdownNow();
                }
                assertThat(a.currentRevision()).isEqualTo(base + 1);
                assertThat(a.historySize()).isEqualTo(base + 1);
            }
        }

        private static Callable<Boolean> saving(SettingsStore store, String rate, long expected, CountDownLatch start) {
            return () -> {
                start.await();
                try {
                    store.save(withDefaultRate(rate), expected, "admin", null, T1);
                    return true;
                } catch (RevisionConflictException e) {
                    return false;
                }
            };
        }
    }

    @Nested
    class OnHsqldb extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.HSQLDB;
        }
    }

    @Nested
    class OnPostgresql extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.POSTGRESQL;
        }
    }

    @Nested
    class OnMariadb extends Contract {
        @Override
        protected TestDatabase database() {
            return TestDatabase.MARIADB;
        }
    }
}
