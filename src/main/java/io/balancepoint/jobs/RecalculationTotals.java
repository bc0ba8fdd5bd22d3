package io.balancepoint.jobs;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.ingest.Recompute;
import io.balancepoint.money.Money;
import java.util.Currency;

/**
 * What a recalculation has done so far: tickets recomputed, changed and failed, and the total
 * cost of the recomputed tickets before and after. Costs stored in another currency (the base
 * currency was changed since) cannot be added up; those tickets are counted instead. Not thread-safe.
 */
final class RecalculationTotals {

    private final Currency currency;
    private Money before;
    private Money after;
    private long recomputed;
    private long changed;
    private long failed;
    private long otherCurrency;

    RecalculationTotals(Currency currency) {
        this.currency = currency;
        this.before = Money.zero(currency);
        this.after = Money.zero(currency);
    }

    void add(Recompute result) {
        recomputed++;
        if (result.changed()) {
            changed++;
        }
        before = plus(before, result.before());
        after = plus(after, result.after());
    }

    void addFailure() {
        failed++;
    }

    private Money plus(Money sum, TicketFacts facts) {
        if (facts == null) {
            return sum;
        }
        if (!facts.totalCost().currency().equals(currency)) {
            otherCurrency++;
            return sum;
        }
        return sum.plus(facts.totalCost());
    }

    Money before() {
        return before;
    }

    Money after() {
        return after;
    }

    long recomputed() {
        return recomputed;
    }

    long changed() {
        return changed;
    }

    long failed() {
        return failed;
    }

    long otherCurrency() {
        return otherCurrency;
    }
}
