package io.balancepoint.metrics;

import static io.balancepoint.metrics.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.facts.TicketFacts;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DimensionFilterTest {

    private final TicketFacts gold = facts("SD-1").customerTier("Gold").channel("email").organisation(null).build();

    @Test
    void everyDimensionReadsItsAttributeAndNamesMissingValues() {
        TicketFacts open = facts("SD-2").unresolved().priority(" ").build();

        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            values.put(d, d.valueOf(gold));
        }
        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of(
                Dimension.PROJECT, "SD", Dimension.REQUEST_TYPE, "Password reset", Dimension.CHANNEL, "email",
                Dimension.CUSTOMER_TIER, "Gold", Dimension.SUPPORT_TIER, "L1", Dimension.AGENT, "agent-1",
                Dimension.PRIORITY, "Medium", Dimension.ORGANISATION, Dimension.NO_VALUE));
        assertThat(Dimension.AGENT.valueOf(open)).isEqualTo(Dimension.NO_VALUE);
        assertThat(Dimension.PRIORITY.valueOf(open)).isEqualTo(Dimension.NO_VALUE);
    }

    @Test
    void unrestrictedDimensionsPassAndRestrictedOnesMustMatch() {
        assertThat(DimensionFilter.all().matches(gold)).isTrue();
        assertThat(DimensionFilter.all().where(Dimension.CUSTOMER_TIER, "Gold", "Platinum").matches(gold)).isTrue();
        assertThat(DimensionFilter.all().where(Dimension.CUSTOMER_TIER, "Gold").where(Dimension.CHANNEL, "phone").matches(gold)).isFalse();
        assertThat(DimensionFilter.all().where(Dimension.ORGANISATION, Dimension.NO_VALUE).matches(gold)).isTrue();
        assertThat(DimensionFilter.all().where(Dimension.CUSTOMER_TIER, "gold").matches(gold)).as("exact values").isFalse();
    }

    @Test
    void anEmptySetMatchesNothingAndWhereReplacesARestriction() {
        DimensionFilter none = new DimensionFilter(Map.of(Dimension.CHANNEL, Set.of()));

        assertThat(none.matches(gold)).isFalse();
        assertThat(none.where(Dimension.CHANNEL, "email").matches(gold)).isTrue();
        assertThat(new DimensionFilter(null)).isEqualTo(DimensionFilter.all());
    }

    @Test
    void rollupRowsWithoutARestrictedDimensionDoNotMatch() {
        DimensionFilter filter = DimensionFilter.all().where(Dimension.CHANNEL, "email");

        assertThat(filter.matches(d -> d == Dimension.CHANNEL ? "email" : null)).isTrue();
        assertThat(filter.matches(d -> null)).isFalse();
    }
}
