package io.balancepoint.roi;

import io.balancepoint.validation.Copies;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One project-month of the internal-desk value model with every input next to the result.
 *
 * @param priorities           one line per priority met, highest impact share first, tickets without a priority last
 * @param ticketsCounted       real resolutions whose priority has an impact share and a target (they carry downtime value)
 * @param ticketsWithoutBaseline real resolutions whose priority lacks an impact share or a target (no downtime value)
 * @param ticketsExcluded      unresolved tickets and tickets resolved as duplicate, won't do, … (not a real resolution)
 * @param downtimeSaving       baseline downtime cost − actual downtime cost
 * @param shiftLeft            one line per (baseline tier, resolved tier) pair, baseline tier order then resolved tier order
 * @param value                downtime saving + shift-left saving
 * @param roiPercent           (value − cost) ÷ cost × 100; null when the cost is zero (undefined)
 */
public record InternalValueResult(
        Money employeeHourlyCost,
        List<PriorityDowntime> priorities,
        int ticketsCounted,
        int ticketsWithoutBaseline,
        int ticketsExcluded,
        Money baselineDowntimeCost,
        Money actualDowntimeCost,
        Money downtimeSaving,
        List<String> supportTierOrder,
        Map<String, Money> costPerResolutionByTier,
        List<ShiftLeftLine> shiftLeft,
        int shiftLeftTickets,
        Money shiftLeftSaving,
        Money value,
        Money cost,
        BigDecimal roiPercent) {

    public InternalValueResult {
        priorities = List.copyOf(priorities);
        supportTierOrder = List.copyOf(supportTierOrder);
        costPerResolutionByTier = Copies.sortedMap(costPerResolutionByTier);
        shiftLeft = List.copyOf(shiftLeft);
    }

    /**
     * The downtime of one priority's tickets.
     *
     * @param priority            null for tickets without a priority
     * @param impactSharePercent  null when the settings have none for the priority
     * @param targetHours         baseline business hours per ticket; null when the settings have none
     * @param counted             both share and target are known, so the line is part of the value
     * @param businessHours       Σ business hours from creation to resolution
     * @param actualDowntimeHours businessHours × share (0 when not counted)
     * @param baselineDowntimeHours tickets × target × share (0 when not counted)
     */
    public record PriorityDowntime(String priority, int tickets, BigDecimal impactSharePercent, BigDecimal targetHours,
                                   boolean counted, BigDecimal businessHours, BigDecimal actualDowntimeHours,
                                   BigDecimal baselineDowntimeHours, Money actualDowntimeCost, Money baselineDowntimeCost) {
    }

    /**
     * Tickets resolved at a lower support tier than the baseline tier of their request type.
     *
     * @param baselineTierCostPerResolution null when the tier has no figure
     * @param resolvedTierCostPerResolution null when the tier has no figure
     * @param savingPerTicket  baseline tier cost − resolved tier cost (signed); null when either is unknown
     * @param saving           savingPerTicket × tickets; zero when it cannot be priced
     */
    public record ShiftLeftLine(String baselineTier, String resolvedTier, int tickets,
                                Money baselineTierCostPerResolution, Money resolvedTierCostPerResolution,
                                Money savingPerTicket, Money saving) {
    }
}
