package io.balancepoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.metrics.Dimension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollupKeyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void keysAreTheResolutionDayInTheInstanceZone() {
        // 2026-03-02T23:30Z is already March 3rd in Berlin.
        TicketFacts late = StoreFixtures.facts(1, "SD", Instant.parse("2026-03-02T23:30:00Z"), "rt", "email",
                null, "L1", "bob", "1", null, FcrStatus.FCR);

        assertThat(RollupKey.of(late, ZoneId.of("Europe/Berlin"))).filteredOn(k -> k.grain() == RollupGrain.DAY)
                .extracting(RollupKey::day).containsOnly(LocalDate.of(2026, 3, 3));
        assertThat(RollupKey.of(late, ZoneId.of("UTC"))).filteredOn(k -> k.grain() == RollupGrain.DAY)
                .extracting(RollupKey::day).containsOnly(DAY);
        // 2026-01-31T23:30Z is February 1st in Berlin: the month row follows the day.
        TicketFacts lateInJanuary = StoreFixtures.facts(1, "SD", Instant.parse("2026-01-31T23:30:00Z"), "rt", "email",
                null, "L1", "bob", "1", null, FcrStatus.FCR);
        assertThat(RollupKey.of(lateInJanuary, ZoneId.of("Europe/Berlin"))).filteredOn(k -> k.grain() == RollupGrain.MONTH)
                .extracting(RollupKey::day).containsOnly(LocalDate.of(2026, 2, 1));
        assertThat(RollupKey.of(lateInJanuary, ZoneId.of("UTC"))).filteredOn(k -> k.grain() == RollupGrain.MONTH)
                .extracting(RollupKey::day).containsOnly(LocalDate.of(2026, 1, 1));
        assertThat(RollupKey.of(StoreFixtures.facts(1, "SD", null, null, null, null, null, null, "1", null, FcrStatus.OPEN),
                ZoneId.of("UTC"))).isEmpty();
        assertThat(RollupKey.of(null, ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void aResolvedTicketCountsInItsDayTotalAndOnceInEachBrokenDownDimension() {
        TicketFacts ticket = StoreFixtures.facts(1, "SD", StoreFixtures.RESOLVED, "VPN", " ", "GOLD", null, "bob", "1", null,
                FcrStatus.FCR);
        List<RollupKey> all = RollupKey.of(ticket, ZoneId.of("UTC"));
        List<RollupKey> keys = all.subList(0, 1 + RollupKey.BROKEN_DOWN.size());

        assertThat(all).hasSize(2 * (1 + RollupKey.BROKEN_DOWN.size()));
        assertThat(keys).extracting(RollupKey::grain).containsOnly(RollupGrain.DAY);
        assertThat(all.subList(keys.size(), all.size())).as("the same rows again for the ticket's month")
                .containsExactlyElementsOf(keys.stream().map(k -> k.at(RollupGrain.MONTH)).toList())
                .extracting(RollupKey::day).containsOnly(keys.get(0).day().withDayOfMonth(1));
        assertThat(keys.get(0).isTotal()).isTrue();
        assertThat(keys.get(0).valueOf(Dimension.PROJECT)).isEqualTo("SD");
        assertThat(keys.subList(1, keys.size())).extracting(RollupKey::dimension).containsExactlyElementsOf(RollupKey.BROKEN_DOWN);
        for (RollupKey key : keys.subList(1, keys.size())) {
            assertThat(key.valueOf(key.dimension())).as(key.dimension().name()).isEqualTo(key.dimension().valueOf(ticket));
            assertThat(key.valueOf(Dimension.PROJECT)).isEqualTo("SD");
        }
        assertThat(keys).filteredOn(k -> k.dimension() == Dimension.CHANNEL).singleElement()
                .extracting(RollupKey::value).isEqualTo(Dimension.NO_VALUE);
        assertThat(keys).filteredOn(k -> k.dimension() == Dimension.AGENT).singleElement()
                .extracting(RollupKey::value).isEqualTo("bob");
    }

    @Test
    void keyHashesTellTotalsDimensionsValuesAndDaysApart() {
        Set<String> hashes = new HashSet<>();
        hashes.add(RollupKey.total("SD", DAY, EUR).hash());
        hashes.add(new RollupKey("SD", DAY, Dimension.CHANNEL, "email", EUR).hash());
        hashes.add(new RollupKey("SD", DAY, Dimension.REQUEST_TYPE, "email", EUR).hash());
        hashes.add(new RollupKey("SD", DAY, Dimension.CHANNEL, "e", EUR).hash());
        hashes.add(new RollupKey("SD", DAY, Dimension.CHANNEL, null, EUR).hash());
        hashes.add(new RollupKey("SD", DAY.plusDays(1), Dimension.CHANNEL, "email", EUR).hash());
        hashes.add(new RollupKey("SD", DAY, Dimension.CHANNEL, "email", Currency.getInstance("USD")).hash());
        hashes.add(new RollupKey("SDe", DAY, Dimension.CHANNEL, "mail", EUR).hash());
        hashes.add(new RollupKey("SD", DAY.withDayOfMonth(1), Dimension.CHANNEL, "email", EUR).hash());
        hashes.add(new RollupKey("SD", DAY.withDayOfMonth(1), Dimension.CHANNEL, "email", EUR, RollupGrain.MONTH).hash());

        assertThat(hashes).hasSize(10).allSatisfy(h -> assertThat(h).hasSize(64));
        assertThat(new RollupKey("SD", DAY, Dimension.CHANNEL, "email", EUR).hash())
                .isEqualTo(new RollupKey("SD", DAY, Dimension.CHANNEL, "email", EUR).hash());
        assertThat(new RollupKey("SD", DAY, Dimension.CHANNEL, " ", EUR))
                .as("blank and missing values are one row, as for metrics")
                .isEqualTo(new RollupKey("SD", DAY, Dimension.CHANNEL, null, EUR));
    }

    @Test
    void aRowAnswersOnlyForItsOwnDimensionAndTheProject() {
        RollupKey channel = new RollupKey("SD", DAY, Dimension.CHANNEL, "email", EUR);

        assertThat(channel.valueOf(Dimension.CHANNEL)).isEqualTo("email");
        assertThatThrownBy(() -> channel.valueOf(Dimension.AGENT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AGENT");
        assertThatThrownBy(() -> RollupKey.total("SD", DAY, EUR).valueOf(Dimension.CHANNEL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day total");
    }

    @Test
    void priorityOrganisationAndProjectHaveNoRowsOfTheirOwn() {
        assertThat(RollupKey.DIMENSIONS).doesNotContain(Dimension.PRIORITY, Dimension.ORGANISATION).hasSize(6);
        for (Dimension dimension : List.of(Dimension.PRIORITY, Dimension.ORGANISATION, Dimension.PROJECT)) {
            assertThatThrownBy(() -> new RollupKey("SD", DAY, dimension, "x", EUR)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(dimension.name());
        }
        assertThatThrownBy(() -> new RollupKey("SD", DAY, null, "x", EUR)).isInstanceOf(IllegalArgumentException.class);
    }
}
