package io.balancepoint.roi;

import static io.balancepoint.roi.FactsBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.money.Money;
import io.balancepoint.time.WorkingCalendar;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InternalValueTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard(ZoneId.of("UTC")); // Mon–Fri 09–17
    private static final List<String> TIERS = List.of("L0", "L1", "L2", "L3");

    private static InternalDeskSettings settings(String hourlyCost) {
        InternalDeskSettings d = InternalDeskSettings.defaults(); // Highest 100/4h, High 50/8h, Medium 25/16h, Low 10/40h
        return new InternalDeskSettings(List.of("IT"), d.impactSharePercentByPriority(),
                hourlyCost == null ? null : new BigDecimal(hourlyCost), d.targetResolutionHoursByPriority(),
                Map.of("Access", "L2", "Hardware", "L2"));
    }

    /** 2026-11-16 is a Monday. */
    private static List<TicketFacts> month() {
        return List.of(
                // 4 business hours × 50 % = 2 h (EUR 100); baseline 8 h × 50 % = 4 h (EUR 200); shift-left L2 → L1
                ticket("IT-1").priority("High").requestType("Access").supportTier("L1").cost("10")
                        .created("2026-11-16T09:00:00Z").resolved("2026-11-16T13:00:00Z").build(),
                // Mon 16–17 + Tue 09–11 = 3 h × 100 % (EUR 150); baseline 4 h (EUR 200); at its baseline tier
                ticket("IT-2").priority("Highest").requestType("Access").supportTier("L2").cost("90")
                        .created("2026-11-16T16:00:00Z").resolved("2026-11-17T11:00:00Z").build(),
                // Fri 16–17 + Mon 09–10 = 2 h × 10 % = 0.2 h (EUR 10); baseline 40 h × 10 % = 4 h (EUR 200); no baseline tier
                ticket("IT-3").priority("Low").requestType("Password").supportTier("L1").cost("20")
                        .created("2026-11-20T16:00:00Z").resolved("2026-11-23T10:00:00Z").build(),
                // 8 + 8 + 4 = 20 h × 25 % = 5 h (EUR 250); baseline 16 h × 25 % = 4 h (EUR 200); shift-left L2 → L1
                ticket("IT-4").priority("Medium").requestType("Hardware").supportTier("L1").cost("30")
                        .created("2026-11-16T09:00:00Z").resolved("2026-11-18T13:00:00Z").build(),
                // a duplicate: no downtime value, no shift-left
                ticket("IT-5").priority("High").requestType("Access").supportTier("L1").cost("15").notReal()
                        .created("2026-11-16T09:00:00Z").resolved("2026-11-19T09:00:00Z").build(),
                // a priority without share or target: no downtime value, but still a shift-left L2 → L1
                ticket("IT-6").priority("Blocker").requestType("Access").supportTier("L1").cost("40")
                        .created("2026-11-16T09:00:00Z").resolved("2026-11-16T10:00:00Z").build(),
                // still open
                ticket("IT-7").priority("High").requestType("Access").supportTier("L1").resolved(null).build());
    }

    /**
     * Worked by hand (see the ticket comments): baseline downtime EUR 800 − actual EUR 510 = EUR 290;
     * shift-left 3 tickets × (60 − 20) = EUR 120; value EUR 410; cost EUR 200; ROI (410 − 200) ÷ 200 = 105 %.
     */
    @Test
    void handWorkedMonth() {
        ShiftLeftBasis basis = new ShiftLeftBasis(TIERS, Map.of("L1", Money.of("20", "EUR"), "L2", Money.of("60", "EUR")));
        InternalValueResult r = InternalValue.compute(month(), Money.of("200", "EUR"), settings("50"), CALENDAR, basis);

        assertThat(r.employeeHourlyCost()).isEqualTo(Money.of("50", "EUR"));
        assertThat(r.priorities()).extracting(InternalValueResult.PriorityDowntime::priority)
                .containsExactly("Highest", "High", "Medium", "Low", "Blocker");
        InternalValueResult.PriorityDowntime high = r.priorities().get(1);
        assertThat(high.tickets()).isEqualTo(1);
        assertThat(high.counted()).isTrue();
        assertThat(high.impactSharePercent()).isEqualByComparingTo("50");
        assertThat(high.targetHours()).isEqualByComparingTo("8");
        assertThat(high.businessHours()).isEqualByComparingTo("4");
        assertThat(high.actualDowntimeHours()).isEqualByComparingTo("2");
        assertThat(high.baselineDowntimeHours()).isEqualByComparingTo("4");
        assertThat(high.actualDowntimeCost()).isEqualTo(Money.of("100", "EUR"));
        assertThat(high.baselineDowntimeCost()).isEqualTo(Money.of("200", "EUR"));
        assertThat(r.priorities().get(3).actualDowntimeCost()).isEqualTo(Money.of("10", "EUR"));
        InternalValueResult.PriorityDowntime blocker = r.priorities().get(4);
        assertThat(blocker.counted()).isFalse();
        assertThat(blocker.impactSharePercent()).isNull();
        assertThat(blocker.businessHours()).isEqualByComparingTo("1");
        assertThat(blocker.actualDowntimeCost().isZero()).isTrue();

        assertThat(r.ticketsCounted()).isEqualTo(4);
        assertThat(r.ticketsWithoutBaseline()).isEqualTo(1);
        assertThat(r.ticketsExcluded()).isEqualTo(2);
        assertThat(r.baselineDowntimeCost()).isEqualTo(Money.of("800", "EUR"));
        assertThat(r.actualDowntimeCost()).isEqualTo(Money.of("510", "EUR"));
        assertThat(r.downtimeSaving()).isEqualTo(Money.of("290", "EUR"));

        assertThat(r.shiftLeft()).containsExactly(new InternalValueResult.ShiftLeftLine("L2", "L1", 3,
                Money.of("60", "EUR"), Money.of("20", "EUR"), Money.of("40", "EUR"), Money.of("120", "EUR")));
        assertThat(r.shiftLeftTickets()).isEqualTo(3);
        assertThat(r.shiftLeftSaving()).isEqualTo(Money.of("120", "EUR"));
        assertThat(r.value()).isEqualTo(Money.of("410", "EUR"));
        assertThat(r.cost()).isEqualTo(Money.of("200", "EUR"));
        assertThat(r.roiPercent()).isEqualByComparingTo("105");
        assertThat(r.supportTierOrder()).isEqualTo(TIERS);
    }

    @Test
    void tierCostsFromTheMonthsFactsFollowTheCostPerResolutionRule() {
        // L1: (10 + 20 + 30 + 15 duplicate + 40) ÷ 4 real resolutions = 28.75; L2: 90 ÷ 1; the open ticket does not count
        ShiftLeftBasis basis = ShiftLeftBasis.fromFacts(TIERS, month());
        assertThat(basis.costPerResolutionByTier()).containsExactly(
                Map.entry("L1", Money.of("28.75", "EUR")), Map.entry("L2", Money.of("90", "EUR")));

        InternalValueResult r = InternalValue.compute(month(), Money.of("200", "EUR"), settings("50"), CALENDAR, basis);
        // 3 × (90 − 28.75) = 183.75
        assertThat(r.shiftLeftSaving()).isEqualTo(Money.of("183.75", "EUR"));
        assertThat(r.value()).isEqualTo(Money.of("473.75", "EUR"));
    }

    @Test
    void unpricedTiersAndUnknownTiersGiveNoSaving() {
        ShiftLeftBasis onlyL2 = new ShiftLeftBasis(TIERS, Map.of("L2", Money.of("60", "EUR")));
        InternalValueResult r = InternalValue.compute(month(), Money.of("200", "EUR"), settings("50"), CALENDAR, onlyL2);
        assertThat(r.shiftLeft()).singleElement().satisfies(line -> {
            assertThat(line.tickets()).isEqualTo(3);
            assertThat(line.resolvedTierCostPerResolution()).isNull();
            assertThat(line.savingPerTicket()).isNull();
            assertThat(line.saving().isZero()).isTrue();
        });
        InternalValueResult unordered = InternalValue.compute(month(), Money.of("200", "EUR"), settings("50"), CALENDAR,
                new ShiftLeftBasis(List.of("L2"), Map.of()));
        assertThat(unordered.shiftLeft()).isEmpty();
        assertThat(unordered.value()).isEqualTo(Money.of("290", "EUR"));
    }

    @Test
    void zeroCostLeavesTheRoiUndefined() {
        InternalValueResult r = InternalValue.compute(List.of(), Money.zero(RoiTestData.EUR), settings("50"), CALENDAR,
                new ShiftLeftBasis(TIERS, Map.of()));
        assertThat(r.roiPercent()).isNull();
        assertThat(r.value().isZero()).isTrue();
        assertThat(r.priorities()).isEmpty();
    }

    @Test
    void refusesToPriceDowntimeWithoutAnHourlyCost() {
        assertThatThrownBy(() -> InternalValue.compute(month(), Money.of("1", "EUR"), settings(null), CALENDAR,
                new ShiftLeftBasis(TIERS, Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("internalDesk.employeeHourlyCost", "is required for an internal desk")));
    }
}
