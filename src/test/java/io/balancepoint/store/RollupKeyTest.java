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
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollupKeyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void keyIsTheResolutionDayInTheInstanceZone() {
        // 2026-03-02T23:30Z is already March 3rd in Berlin.
        TicketFacts late = StoreFixtures.facts(1, "SD", Instant.parse("2026-03-02T23:30:00Z"), "rt", "email",
                null, "L1", "bob", "1", null, FcrStatus.FCR);

        assertThat(RollupKey.of(late, ZoneId.of("Europe/Berlin")).orElseThrow().day()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(RollupKey.of(late, ZoneId.of("UTC")).orElseThrow().day()).isEqualTo(DAY);
        assertThat(RollupKey.of(StoreFixtures.facts(1, "SD", null, null, null, null, null, null, "1", null, FcrStatus.OPEN),
                ZoneId.of("UTC"))).isEmpty();
        assertThat(RollupKey.of(null, ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void keyHashesTellNullsEmptiesAndShiftedValuesApart() {
        Set<String> hashes = new HashSet<>();
        hashes.add(new RollupKey("SD", DAY, null, "email", null, null, null, EUR).hash());
        hashes.add(new RollupKey("SD", DAY, "", "email", null, null, null, EUR).hash());
        hashes.add(new RollupKey("SD", DAY, "email", null, null, null, null, EUR).hash());
        hashes.add(new RollupKey("SD", DAY, "e", "mail", null, null, null, EUR).hash());
        hashes.add(new RollupKey("SD", DAY, "em", "ail", null, null, null, EUR).hash());
        hashes.add(new RollupKey("SD", DAY.plusDays(1), null, "email", null, null, null, EUR).hash());
        hashes.add(new RollupKey("SD", DAY, null, "email", null, null, null, Currency.getInstance("USD")).hash());

        assertThat(hashes).hasSize(7).allSatisfy(h -> assertThat(h).hasSize(64));
        assertThat(new RollupKey("SD", DAY, null, "email", null, null, null, EUR).hash())
                .isEqualTo(new RollupKey("SD", DAY, null, "email", null, null, null, EUR).hash());
    }

    @Test
    void dimensionValuesAreThoseOfTheTicketFacts() {
        TicketFacts ticket = StoreFixtures.facts(1, "SD", StoreFixtures.RESOLVED, "VPN", " ", "GOLD", null, "bob", "1", null,
                FcrStatus.FCR);
        RollupKey key = RollupKey.of(ticket, ZoneId.of("UTC")).orElseThrow();

        for (Dimension dimension : RollupKey.DIMENSIONS) {
            assertThat(key.valueOf(dimension)).as(dimension.name()).isEqualTo(dimension.valueOf(ticket));
        }
        assertThat(key.valueOf(Dimension.CHANNEL)).isEqualTo(Dimension.NO_VALUE);
        assertThat(key.valueOf(Dimension.SUPPORT_TIER)).isEqualTo(Dimension.NO_VALUE);
        assertThat(key.valueOf(Dimension.AGENT)).isEqualTo("bob");
    }

    @Test
    void priorityAndOrganisationAreNotKept() {
        RollupKey key = new RollupKey("SD", DAY, null, null, null, null, null, EUR);

        assertThat(RollupKey.DIMENSIONS).doesNotContain(Dimension.PRIORITY, Dimension.ORGANISATION).hasSize(6);
        assertThatThrownBy(() -> key.valueOf(Dimension.PRIORITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PRIORITY");
        assertThatThrownBy(() -> key.valueOf(Dimension.ORGANISATION)).isInstanceOf(IllegalArgumentException.class);
    }
}
