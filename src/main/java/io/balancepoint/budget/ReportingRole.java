package io.balancepoint.budget;

import java.util.List;

/** Who looks at budget vs actual, and the levels each manages (SPEC §5). */
public enum ReportingRole {
    TEAM_LEAD(List.of(FiscalLevel.WEEK, FiscalLevel.DAY)),
    MANAGER(List.of(FiscalLevel.QUARTER, FiscalLevel.MONTH));

    private final List<FiscalLevel> levels;

    ReportingRole(List<FiscalLevel> levels) {
        this.levels = levels;
    }

    /** The levels shown to this role, coarsest first; the first is the default view. */
    public List<FiscalLevel> levels() {
        return levels;
    }

    public FiscalLevel defaultLevel() {
        return levels.getFirst();
    }
}
