package io.balancepoint.ledger;

/** What a cost line is for. The first three are computed; the rest are entered by people (direct lines). */
public enum CostCategory {
    LABOUR, CONTACT, OVERHEAD, COMPENSATION, MATERIAL, OUTSOURCING, OTHER;

    /** Direct lines are entered by people or scripts and kept as given; recomputes never touch them. */
    public boolean isDirect() {
        return switch (this) {
            case COMPENSATION, MATERIAL, OUTSOURCING, OTHER -> true;
            case LABOUR, CONTACT, OVERHEAD -> false;
        };
    }
}
