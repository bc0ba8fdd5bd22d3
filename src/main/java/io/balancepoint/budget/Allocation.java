package io.balancepoint.budget;

import io.balancepoint.money.Money;
import io.balancepoint.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An amount assigned to one period, with its split into the periods of the next finer level
 * (none for a day). The children's amounts add up exactly to this amount.
 */
public record Allocation(FiscalLevel level, Period period, Money amount, List<Allocation> children) {

    public Allocation {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(amount, "amount");
        children = List.copyOf(children);
    }

    /** The allocations of {@code level} within this one (itself when it is of that level), in time order. */
    public List<Allocation> at(FiscalLevel level) {
        List<Allocation> found = new ArrayList<>();
        collect(level, found);
        return List.copyOf(found);
    }

    private void collect(FiscalLevel wanted, List<Allocation> found) {
        if (level == wanted) {
            found.add(this);
            return;
        }
        for (Allocation child : children) {
            child.collect(wanted, found);
        }
    }
}
