package io.balancepoint.routing;

import static io.balancepoint.routing.AssignmentStrategy.LEAST_OPEN;
import static io.balancepoint.routing.AssignmentStrategy.ROUND_ROBIN;
import static io.balancepoint.routing.AssignmentStrategy.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssigneeSelectorTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-01T11:00:00Z");

    private static AssigneePools pool(PoolMember... members) {
        return new AssigneePools(Map.of("g", List.of(members)));
    }

    private static Assignment select(AssignmentStrategy strategy, AssigneePools pools) {
        return AssigneeSelector.select("g", strategy, pools);
    }

    @Test
    void leastOpenPicksTheFewestOpenTickets() {
        Assignment a = select(LEAST_OPEN, pool(new PoolMember("ann", 4, null), new PoolMember("ben", 2, T2), new PoolMember("cat", 3, null)));

        assertThat(a.assignee()).isEqualTo("ben");
        assertThat(a.reason()).isEqualTo("fewest open tickets: 2");
    }

    @Test
    void leastOpenTiesGoToTheLeastRecentlyAssignedThenToTheKey() {
        assertThat(select(LEAST_OPEN, pool(new PoolMember("ann", 2, T2), new PoolMember("ben", 2, T1))).assignee()).isEqualTo("ben");
        // never assigned counts as least recently assigned
        assertThat(select(LEAST_OPEN, pool(new PoolMember("ann", 2, T1), new PoolMember("ben", 2, null))).assignee()).isEqualTo("ben");
        assertThat(select(LEAST_OPEN, pool(new PoolMember("ben", 2, T1), new PoolMember("ann", 2, T1))).assignee()).isEqualTo("ann");
        assertThat(select(LEAST_OPEN, pool(new PoolMember("ben", 0, null), new PoolMember("ann", 0, null))).assignee()).isEqualTo("ann");
    }

    @Test
    void roundRobinStartsWithTheFirstKeyWhenNobodyWasAssigned() {
        Assignment a = select(ROUND_ROBIN, pool(new PoolMember("cat", 0, null), new PoolMember("ann", 9, null), new PoolMember("ben", 0, null)));

        assertThat(a.assignee()).isEqualTo("ann");
        assertThat(a.reason()).isEqualTo("round robin, first in rotation");
    }

    @Test
    void roundRobinPicksTheMemberAfterTheLastAssignedInKeyOrderAndWraps() {
        Assignment next = select(ROUND_ROBIN, pool(new PoolMember("ann", 0, T1), new PoolMember("ben", 0, T2), new PoolMember("cat", 9, null)));
        assertThat(next.assignee()).isEqualTo("cat");
        assertThat(next.reason()).isEqualTo("round robin, next after ben");

        Assignment wrapped = select(ROUND_ROBIN, pool(new PoolMember("ann", 0, T1), new PoolMember("ben", 0, null), new PoolMember("cat", 0, T2)));
        assertThat(wrapped.assignee()).isEqualTo("ann");
        assertThat(wrapped.reason()).isEqualTo("round robin, next after cat");
    }

    @Test
    void roundRobinTreatsTheHigherKeyAsLastWhenAssignedAtTheSameInstant() {
        Assignment a = select(ROUND_ROBIN, pool(new PoolMember("ann", 0, T2), new PoolMember("ben", 0, T2), new PoolMember("cat", 0, T1)));

        assertThat(a.assignee()).isEqualTo("cat");
    }

    @Test
    void roundRobinWithOneMemberKeepsChoosingThem() {
        Assignment a = select(ROUND_ROBIN, pool(new PoolMember("ann", 3, T1)));

        assertThat(a.assignee()).isEqualTo("ann");
        assertThat(a.reason()).isEqualTo("round robin, only member");
    }

    @Test
    void unassignedAndMemberlessGroupsAssignNobody() {
        Assignment unassigned = select(UNASSIGNED, pool(new PoolMember("ann", 0, null)));
        assertThat(unassigned.assigned()).isFalse();
        assertThat(unassigned.reason()).isEqualTo("left unassigned in group 'g'");

        Assignment empty = AssigneeSelector.select("nobody-here", LEAST_OPEN, pool(new PoolMember("ann", 0, null)));
        assertThat(empty.assignee()).isNull();
        assertThat(empty.reason()).isEqualTo("group 'nobody-here' has no members to assign, left unassigned");

        assertThat(AssigneeSelector.select("g", ROUND_ROBIN, new AssigneePools(Map.of("g", List.of()))).assigned()).isFalse();
        assertThat(AssigneeSelector.select(null, UNASSIGNED, AssigneePools.none()).reason()).isEqualTo("left unassigned");
    }

    @Test
    void poolsKeepMembersInKeyOrderAndRejectDuplicates() {
        AssigneePools pools = pool(new PoolMember("cat", 0, null), new PoolMember("ann", 0, null));
        assertThat(pools.members("g")).extracting(PoolMember::userKey).containsExactly("ann", "cat");
        assertThat(pools.members("other")).isEmpty();
        assertThat(pools.members(null)).isEmpty();

        assertThatThrownBy(() -> pool(new PoolMember("ann", 0, null), new PoolMember("ann", 1, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lists ann twice");
        assertThatThrownBy(() -> new PoolMember("ann", -1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAssignmentAddsLoadEverywhereButMovesTheTurnOnlyInItsGroup() {
        AssigneePools pools = new AssigneePools(Map.of(
                "g", List.of(new PoolMember("ann", 1, null), new PoolMember("ben", 0, null)),
                "h", List.of(new PoolMember("ann", 1, T1))));

        AssigneePools after = pools.withAssignment("g", "ann", T2);

        assertThat(after.members("g")).containsExactly(new PoolMember("ann", 2, T2), new PoolMember("ben", 0, null));
        assertThat(after.members("h")).containsExactly(new PoolMember("ann", 2, T1));
    }
}
