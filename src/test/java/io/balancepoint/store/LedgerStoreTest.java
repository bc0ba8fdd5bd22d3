package io.balancepoint.store;

import static io.balancepoint.store.StoreFixtures.contact;
import static io.balancepoint.store.StoreFixtures.labour;
import static io.balancepoint.store.StoreFixtures.manual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import io.balancepoint.store.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LedgerStoreTest {

    abstract static class Contract extends StoreSuite {

        private LedgerStore ledger;

        @BeforeEach
        void setUp() {
            ledger = node().ledger();
        }

        @Test
        void moneyQuantitiesAndRatesRoundTripExactlyWithTheirScale() {
            List<CostLine> lines = List.of(
                    line("a", Money.of("0.1", "EUR"), "5400", "47.50"),
                    line("b", Money.of("71.2500", "EUR"), "0.000001", null),
                    line("c", Money.of("-12.34", "EUR"), "1", "-12.34"),
                    line("d", Money.of("123456789012345678901234.567890123456789", "EUR"), "1000", null),
                    line("e", Money.of(BigDecimal.valueOf(100).divide(BigDecimal.valueOf(3), Money.DIVISION),
                            java.util.Currency.getInstance("JPY")), "3", null),
                    line("f", Money.of("0.0000000000000000000000000000001", "KWD"), "0", "0.000"),
                    line("g", Money.of("0", "EUR"), null, null));

            ledger.replaceComputedLines(10, "SD", lines);

            // Records compare BigDecimals with equals(), so equal lines also have equal scales.
            assertThat(ledger.lines(10)).containsExactlyInAnyOrderElementsOf(lines);
            assertThat(ledger.lines(10)).filteredOn(l -> l.sourceKey().equals("worklog:e")).singleElement()
                    .satisfies(l -> assertThat(l.amount().amount().toPlainString()).isEqualTo("33.33333333333333333333333333333333"));
        }

        @Test
        void negativeScalesComeBackAsTheSameValueWithScaleZero() {
            ledger.replaceComputedLines(10, "SD", List.of(line("a", Money.of("1E+3", "EUR"), "1E+2", null)));

            CostLine stored = ledger.lines(10).get(0);
            assertThat(stored.amount().amount()).isEqualTo(new BigDecimal("1000"));
            assertThat(stored.quantity()).isEqualTo(new BigDecimal("100"));
            assertThat(ledger.replaceComputedLines(10, "SD", List.of(line("a", Money.of("1E+3", "EUR"), "1E+2", null))).isEmpty())
                    .as("the same line again is no change").isTrue();
        }

        @Test
        void recomputeInsertsUpdatesAndDeletesBySourceKey() {
            ledger.replaceComputedLines(1, "SD", List.of(labour("worklog:1", "71.25"), labour("worklog:2", "10"),
                    contact("contact:comment:7", "2.40")));

            LedgerDiff diff = ledger.replaceComputedLines(1, "SD", List.of(labour("worklog:1", "71.25"),
                    labour("worklog:2", "12.50"), contact("contact:comment:9", "2.40")));

            assertThat(diff.added()).extracting(CostLine::sourceKey).containsExactly("contact:comment:9");
            assertThat(diff.updated()).singleElement().satisfies(change -> {
                assertThat(change.before().amount()).isEqualTo(Money.of("10", "EUR"));
                assertThat(change.after().amount()).isEqualTo(Money.of("12.50", "EUR"));
            });
            assertThat(diff.removed()).extracting(CostLine::sourceKey).containsExactly("contact:comment:7");
            assertThat(ledger.lines(1)).extracting(CostLine::sourceKey)
                    .containsExactlyInAnyOrder("worklog:1", "worklog:2", "contact:comment:9");
        }

        @Test
        void recomputingTheSameLinesWritesNothing() {
            CostLine nanos = new CostLine("contact:comment:7", CostCategory.CONTACT, Money.of("2.40", "EUR"), BigDecimal.ONE,
                    "contact", null, RateSource.CHANNEL, Instant.parse("2026-03-02T08:17:30.123456789Z"), false, null, null);
            List<CostLine> lines = List.of(labour("worklog:1", "71.25"), nanos);
            ledger.replaceComputedLines(1, "SD", lines);

            assertThat(ledger.replaceComputedLines(1, "SD", lines).isEmpty()).isTrue();
            assertThat(ledger.lines(1)).extracting(CostLine::occurredAt)
                    .as("times are kept to the millisecond").contains(Instant.parse("2026-03-02T08:17:30.123Z"));
        }

        @Test
        void aChangeOfScaleOnlyIsStoredSoTheLedgerKeepsWhatTheCalculationSaid() {
            ledger.replaceComputedLines(1, "SD", List.of(labour("worklog:1", "71.25")));

            LedgerDiff diff = ledger.replaceComputedLines(1, "SD", List.of(labour("worklog:1", "71.250")));

            assertThat(diff.updated()).hasSize(1);
            assertThat(ledger.lines(1).get(0).amount().amount().scale()).isEqualTo(3);
        }

        @Test
        void manualLinesSurviveRecomputes() {
            ledger.addManualLine(1, "SD", manual("m1", "150.00", "replacement mouse"));
            ledger.replaceComputedLines(1, "SD", List.of(labour("worklog:1", "71.25")));

            LedgerDiff diff = ledger.replaceComputedLines(1, "SD", List.of());

            assertThat(diff.removed()).extracting(CostLine::sourceKey).containsExactly("worklog:1");
            assertThat(ledger.lines(1)).singleElement().isEqualTo(manual("m1", "150.00", "replacement mouse"));
        }

        @Test
        void manualLinesCanBeUpdatedAndDeleted() {
            ledger.addManualLine(1, "SD", manual("m1", "150.00", "mouse"));
            ledger.addManualLine(2, "SD", manual("m1", "20", "other ticket, same id"));

            assertThat(ledger.updateManualLine(1, "SD", manual("m1", "175.00", "mouse, express"))).isTrue();
            assertThat(ledger.lines(1)).singleElement().isEqualTo(manual("m1", "175.00", "mouse, express"));

            assertThat(ledger.updateManualLine(1, "SD", manual("m9", "1", "unknown"))).isFalse();
            assertThat(ledger.deleteManualLine(1, "manual:m1")).isTrue();
            assertThat(ledger.deleteManualLine(1, "manual:m1")).isFalse();
            assertThat(ledger.lines(1)).isEmpty();
            assertThat(ledger.lines(2)).hasSize(1);
        }

        @Test
        void longNotesAreKept() {
            String note = "x".repeat(5000);
            ledger.addManualLine(1, "SD", manual("m1", "1", note));

            assertThat(ledger.lines(1).get(0).note()).isEqualTo(note);
        }

        @Test
        void rejectsManualLinesAsComputedOnesAndDuplicateKeys() {
            assertThatThrownBy(() -> ledger.replaceComputedLines(1, "SD", List.of(manual("m1", "1", "n"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("manual:m1");
            assertThatThrownBy(() -> ledger.replaceComputedLines(1, "SD", List.of(labour("worklog:1", "1"), labour("worklog:1", "2"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("worklog:1");
            assertThatThrownBy(() -> ledger.addManualLine(1, "SD", labour("worklog:1", "1")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only MANUAL");
            ledger.addManualLine(1, "SD", manual("m1", "1", "n"));
            assertThatThrownBy(() -> ledger.addManualLine(1, "SD", manual("m1", "2", "again")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
            assertThat(ledger.lines(1)).hasSize(1);
        }

        @Test
        void aTicketMovedToAnotherProjectHasItsLinesRewritten() {
            ledger.replaceComputedLines(1, "SD", List.of(labour("worklog:1", "71.25")));

            assertThat(ledger.replaceComputedLines(1, "IT", List.of(labour("worklog:1", "71.25"))).updated()).hasSize(1);
        }

        private static CostLine line(String key, Money amount, String quantity, String rate) {
            return new CostLine("worklog:" + key, CostCategory.LABOUR, amount, quantity == null ? null : new BigDecimal(quantity),
                    "second", rate == null ? null : new BigDecimal(rate), RateSource.ROLE,
                    Instant.parse("2026-01-31T23:59:59.999Z"), true, "note " + key, null);
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
