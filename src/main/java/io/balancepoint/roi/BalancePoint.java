package io.balancepoint.roi;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cost–benefit balance point: where spending more per ticket stops paying for itself.
 *
 * <p>Resolved tickets are ordered by total cost (ties by issue key) and cut into deciles: decile
 * d (1..10) holds the tickets at positions [⌊(d−1)·n/10⌋, ⌊d·n/10⌋), so sizes differ by at most
 * one, every ticket is in exactly one decile, the dearest ticket is always in decile 10, and with
 * fewer than 10 tickets the empty deciles are left out (n = 3 gives deciles 4, 7 and 10).
 *
 * <p>A decile's <em>benefit</em> is the CLV-weighted loyalty of its rated tickets: the mean over
 * rated tickets of CLV(ticket's customer tier) × (+1 loyal, −1 disloyal, 0 neutral). It is money
 * per ticket, like the mean cost, so the two compare directly; with one tier it equals
 * (loyal share − disloyal share) × CLV. Each ticket's own rating counts (not the customer's latest).
 *
 * <p>The balance point is the first decile d whose step to the next <em>rated</em> decile returns
 * less than 1 of benefit per 1 of extra mean cost: (benefit(next) − benefit(d)) ÷ (meanCost(next) −
 * meanCost(d)) &lt; 1. A step with no extra cost (equal means) is never the balance point — there is
 * no extra spending to judge. Computed over all tickets and for each customer tier on its own.
 */
public final class BalancePoint {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int DECILES = 10;

    private BalancePoint() {
    }

    /**
     * @param ticketsOfPeriod the period's tickets; unresolved ones are ignored
     * @param settings        a valid ROI settings section (CLV per tier, satisfaction method, thresholds)
     * @param currency        the base currency (of the tickets' costs)
     */
    public static BalancePointResult analyse(List<TicketFacts> ticketsOfPeriod, RoiSettings settings, Currency currency) {
        LoyaltyScale scale = settings.loyaltyScale();
        ClvTable clvs = ClvTable.of(settings, currency);
        List<TicketFacts> resolved = ticketsOfPeriod.stream()
                .filter(TicketFacts::isResolved)
                .sorted(Comparator.comparing(TicketFacts::totalCost).thenComparing(TicketFacts::issueKey))
                .toList();
        Map<String, List<TicketFacts>> byTier = new TreeMap<>(settings.tierOrder());
        resolved.forEach(f -> byTier.computeIfAbsent(f.customerTier(), t -> new ArrayList<>()).add(f));

        List<BalancePointResult.Curve> tierCurves = new ArrayList<>();
        byTier.forEach((tier, tickets) -> tierCurves.add(curveOf(tier, false, tickets, scale, clvs, currency)));
        return new BalancePointResult(scale.method(), scale.loyalThreshold(), scale.disloyalThreshold(),
                curveOf(null, true, resolved, scale, clvs, currency), tierCurves);
    }

    /** The first index of decile {@code d} (0-based) among {@code n} tickets. */
    static int decileStart(int d, int n) {
        return (int) ((long) d * n / DECILES);
    }

    private static BalancePointResult.Curve curveOf(String tier, boolean overall, List<TicketFacts> sortedTickets,
                                                    LoyaltyScale scale, ClvTable clvs, Currency currency) {
        int n = sortedTickets.size();
        List<DecileSums> sums = new ArrayList<>();
        for (int d = 0; d < DECILES; d++) {
            List<TicketFacts> slice = sortedTickets.subList(decileStart(d, n), decileStart(d + 1, n));
            if (!slice.isEmpty()) {
                sums.add(DecileSums.of(d + 1, slice, scale, clvs, currency));
            }
        }
        List<BalancePointResult.Decile> deciles = new ArrayList<>();
        Integer balancePoint = null;
        Money balanceCost = null;
        for (int i = 0; i < sums.size(); i++) {
            DecileSums here = sums.get(i);
            BigDecimal ratio = here.rated == 0 ? null : marginalRatio(here, nextRated(sums, i));
            if (balancePoint == null && ratio != null && ratio.compareTo(BigDecimal.ONE) < 0) {
                balancePoint = here.decile;
                balanceCost = here.meanCost();
            }
            deciles.add(here.toDecile(ratio));
        }
        return new BalancePointResult.Curve(tier, overall, n, deciles, balancePoint, balanceCost);
    }

    private static DecileSums nextRated(List<DecileSums> sums, int i) {
        return sums.subList(i + 1, sums.size()).stream().filter(s -> s.rated > 0).findFirst().orElse(null);
    }

    private static BigDecimal marginalRatio(DecileSums here, DecileSums next) {
        if (next == null) {
            return null;
        }
        Money extraCost = next.meanCost().minus(here.meanCost());
        if (extraCost.signum() <= 0) {
            return null;
        }
        return next.benefit().minus(here.benefit()).amount().divide(extraCost.amount(), Money.DIVISION).stripTrailingZeros();
    }

    /** The raw totals of one decile; means are derived so every division happens once. */
    private record DecileSums(int decile, int tickets, Money minCost, Money maxCost, Money totalCost, int rated,
                              BigDecimal indexSum, int loyal, int disloyal, Money clvSum, Money signedClvSum) {

        static DecileSums of(int decile, List<TicketFacts> slice, LoyaltyScale scale, ClvTable clvs, Currency currency) {
            Money zero = Money.zero(currency);
            Money total = zero;
            Money clvSum = zero;
            Money signedClvSum = zero;
            BigDecimal indexSum = BigDecimal.ZERO;
            int rated = 0;
            int loyal = 0;
            int disloyal = 0;
            for (TicketFacts f : slice) {
                total = total.plus(f.totalCost());
                if (f.csat() == null) {
                    continue;
                }
                Loyalty loyalty = scale.loyaltyOf(f.csat());
                Money clv = clvs.clvOrZero(f.customerTier());
                rated++;
                indexSum = indexSum.add(scale.index(f.csat()));
                loyal += loyalty == Loyalty.LOYAL ? 1 : 0;
                disloyal += loyalty == Loyalty.DISLOYAL ? 1 : 0;
                clvSum = clvSum.plus(clv);
                signedClvSum = signedClvSum.plus(clv.times(loyalty.sign()));
            }
            return new DecileSums(decile, slice.size(), slice.get(0).totalCost(), slice.get(slice.size() - 1).totalCost(),
                    total, rated, indexSum, loyal, disloyal, clvSum, signedClvSum);
        }

        Money meanCost() {
            return totalCost.dividedBy(tickets);
        }

        Money benefit() {
            return signedClvSum.dividedBy(rated);
        }

        BalancePointResult.Decile toDecile(BigDecimal marginalRatio) {
            if (rated == 0) {
                return new BalancePointResult.Decile(decile, tickets, minCost, maxCost, meanCost(), 0,
                        null, null, null, null, null, null);
            }
            BigDecimal count = BigDecimal.valueOf(rated);
            return new BalancePointResult.Decile(decile, tickets, minCost, maxCost, meanCost(), rated,
                    indexSum.divide(count, Money.DIVISION).stripTrailingZeros(),
                    percent(loyal, rated), percent(disloyal, rated),
                    clvSum.dividedBy(rated), benefit(), marginalRatio);
        }

        private static BigDecimal percent(int part, int whole) {
            return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), Money.DIVISION).stripTrailingZeros();
        }
    }
}
