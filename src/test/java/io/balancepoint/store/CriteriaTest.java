package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    @Test
    void anInListHasOneParameterPerValue() {
        assertThat(Criteria.in("ISSUE_ID", 1)).isEqualTo("ISSUE_ID IN (?)");
        assertThat(Criteria.in("ISSUE_ID", 3)).isEqualTo("ISSUE_ID IN (?,?,?)");
    }

    @Test
    void pairsAreAlternatives() {
        assertThat(Criteria.anyPair("KEY_HASH", "WRITE_TOKEN", 1)).isEqualTo("(KEY_HASH = ? AND WRITE_TOKEN = ?)");
        assertThat(Criteria.anyPair("ISSUE_ID", "ROW_VERSION", 2))
                .isEqualTo("(ISSUE_ID = ? AND ROW_VERSION = ?) OR (ISSUE_ID = ? AND ROW_VERSION = ?)");
    }

    @Test
    void aClauseOverNothingIsRefused() {
        assertThatThrownBy(() -> Criteria.in("ID", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Criteria.anyPair("A", "B", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chunksKeepTheOrderAndStayWithinTheLimit() {
        List<Integer> values = IntStream.range(0, 2 * Criteria.MAX_TERMS + 1).boxed().toList();

        List<List<Integer>> chunks = Criteria.chunks(values);

        assertThat(chunks).extracting(List::size).containsExactly(Criteria.MAX_TERMS, Criteria.MAX_TERMS, 1);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(values);
        assertThat(Criteria.chunks(List.of())).isEmpty();
        assertThat(Criteria.chunks(List.of(7))).containsExactly(List.of(7));
    }

    @Test
    void theLimitFitsTheStrictestDatabasesJiraRunsOn() {
        assertThat(Criteria.MAX_TERMS).as("Oracle IN list").isLessThanOrEqualTo(1000);
        assertThat(2 * Criteria.MAX_TERMS).as("SQL Server parameters").isLessThan(2100);
    }
}
