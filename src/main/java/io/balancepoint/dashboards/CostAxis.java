package io.balancepoint.dashboards;

import io.balancepoint.metrics.Dimension;
import java.util.Optional;

/** What a cost breakdown splits the cost by: its cost categories, or one dimension the rollups keep. */
public enum CostAxis {
    CATEGORY(null),
    CHANNEL(Dimension.CHANNEL),
    CUSTOMER_TIER(Dimension.CUSTOMER_TIER),
    SUPPORT_TIER(Dimension.SUPPORT_TIER),
    REQUEST_TYPE(Dimension.REQUEST_TYPE),
    AGENT(Dimension.AGENT);

    private final Dimension dimension;

    CostAxis(Dimension dimension) {
        this.dimension = dimension;
    }

    /** The dimension split by; empty for {@link #CATEGORY}. */
    public Optional<Dimension> dimension() {
        return Optional.ofNullable(dimension);
    }
}
