package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import io.balancepoint.store.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecalculationScopeTest {

    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-02-01T00:00:00Z");
    static final Instant INSIDE = Instant.parse("2026-01-15T12:00:00Z");
    static final Instant BEFORE = Instant.parse("2025-12-31T23:59:59.999Z");

    static List<CostLine> linesAt(Instant at, int count) {
        List<CostLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(new CostLine("worklog:" + i, CostCategory.LABOUR, Money.of("10", "EUR"), new BigDecimal("900"),
                    "second", new BigDecimal("40"), RateSource.DEFAULT, at.plusSeconds(i), false, null, null));
        }
        return lines;
    }

    abstract static class Contract extends StoreSuite {

        /** Resolved in range: 2, 5, 9 (9 exactly at the start). Lines in range: 3 (ten of them), 5, 11. */
        void tickets(Node node) {
            for (long id = 1; id <= 12; id++) {
                Instant resolved = id == 2 || id == 5 ? INSIDE : id == 9 ? FROM : id == 12 ? UNTIL : id % 4 == 0 ? null : BEFORE;
                Instant worked = id == 3 || id == 5 || id == 11 ? INSIDE : id == 7 ? UNTIL : BEFORE;
                node.writer().write(id, linesAt(worked, id == 3 ? 10 : 1), StoreFixtures.facts(id, "SD", resolved,
                        "VPN", "email", "GOLD", "L1", "bob", "10", null, FcrStatus.FCR));
            }
        }

        List<Long> allPages(RecalculationScope scope, int pageSize) {
            List<Long> ids = new ArrayList<>();
            long cursor = 0;
            for (List<Long> page = scope.ticketsAfter(cursor, pageSize, FROM, UNTIL); !page.isEmpty();
                 page = scope.ticketsAfter(cursor, pageSize, FROM, UNTIL)) {
                assertThat(page).hasSizeLessThanOrEqualTo(pageSize).isSorted();
                ids.addAll(page);
                cursor = page.get(page.size() - 1);
            }
            return ids;
        }

        @Test
        void ticketsResolvedOrWithLinesInTheRangeComeInIdOrderWhateverThePageSize() {
            Node node = node();
            tickets(node);
            RecalculationScope scope = new RecalculationScope(node.storage());

            for (int pageSize : new int[] {1, 2, 3, 5, 50}) {
                assertThat(allPages(scope, pageSize)).as("page size " + pageSize).containsExactly(2L, 3L, 5L, 9L, 11L);
            }
            assertThat(scope.ticketsAfter(0, 2, FROM, UNTIL)).containsExactly(2L, 3L);
        }

        @Test
        void anEmptyRangeHasNoTickets() {
            Node node = node();
            tickets(node);
            RecalculationScope scope = new RecalculationScope(node.storage());
            assertThat(scope.ticketsAfter(0, 10, Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-02-01T00:00:00Z")))
                    .isEmpty();
            assertThatThrownBy(() -> scope.ticketsAfter(0, 0, FROM, UNTIL)).isInstanceOf(IllegalArgumentException.class);
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
