package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.routing.FieldUpdate;
import io.balancepoint.routing.RoutingDecision;
import io.balancepoint.routing.RoutingTrigger;
import io.balancepoint.store.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoutingDecisionStoreTest {

    static final Instant T = Instant.parse("2026-03-02T10:00:00.125Z");

    static RoutingDecision routed(String key, Instant at) {
        return new RoutingDecision(key, at, RoutingTrigger.CREATED, "gold-l2", null, "L2", "l2-agents", "alice", "vip",
                new FieldUpdate("customfield_10100", "Gold"), "Gold customer, request type 'Outage' via phone -> rule 'Gold' -> L2");
    }

    static RoutingDecision escalated(String key, Instant at) {
        return new RoutingDecision(key, at, RoutingTrigger.REOPEN, null, "L2", "L3", null, null, null, null,
                "reopened -> escalated L2 -> L3, no rule for L3 matches, group and assignee unchanged " + "x".repeat(600));
    }

    static RoutingDecision second(String key, Instant at) {
        return new RoutingDecision(key, at, RoutingTrigger.FOLLOW_UP, null, "L3", "Dedicated", null, null, null, null, "second");
    }

    abstract static class Contract extends StoreSuite {

        @Test
        void decisionsRoundTripOldestFirstPerTicket() {
            RoutingDecisionStore store = new RoutingDecisionStore(node().storage());
            store.record(1, "SD", escalated("SD-1", T.plusSeconds(60)));
            store.record(1, "SD", routed("SD-1", T));
            store.record(2, "SD", routed("SD-2", T));
            // Two decisions of the same millisecond keep the order they were recorded in.
            store.record(1, "SD", second("SD-1", T.plusSeconds(60)));

            assertThat(store.forTicket(1)).extracting(RoutingDecision::explanation).hasSize(3)
                    .startsWith(routed("SD-1", T).explanation());
            assertThat(store.forTicket(1).get(0)).isEqualTo(routed("SD-1", T));
            RoutingDecision long_ = escalated("SD-1", T.plusSeconds(60));
            assertThat(store.forTicket(1).get(1)).as("nulls survive").usingRecursiveComparison().ignoringFields("explanation").isEqualTo(long_);
            assertThat(store.forTicket(1).get(1).explanation()).as("a long explanation is cut to the column")
                    .hasSize(RoutingDecisionStore.MAX_EXPLANATION).endsWith("x...").startsWith(long_.explanation().substring(0, 100));
            assertThat(store.forTicket(1).get(2).explanation()).isEqualTo("second");
            assertThat(store.forTicket(3)).isEmpty();
            assertThat(store.forTickets(List.of(1L, 2L, 3L))).containsOnlyKeys(1L, 2L);
        }

        @Test
        void recentDecisionsOfAProjectNewestFirst() {
            RoutingDecisionStore store = new RoutingDecisionStore(node().storage());
            for (int i = 1; i <= 5; i++) {
                store.record(i, "SD", routed("SD-" + i, T.plusSeconds(i)));
            }
            store.record(9, "IT", routed("IT-9", T.plusSeconds(100)));

            assertThat(store.recent("SD", 3)).extracting(RecordedDecision::issueId).containsExactly(5L, 4L, 3L);
            assertThat(store.recent("IT", 500)).singleElement().satisfies(r -> assertThat(r.projectKey()).isEqualTo("IT"));
            assertThat(store.recent("HR", 10)).isEmpty();
            assertThatThrownBy(() -> store.recent("SD", 501)).isInstanceOf(IllegalArgumentException.class);
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
