package io.balancepoint.workbench.jsm;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSM organisation: its id, its name (what tickets, the tier mapping and the routing rules name it
 * by) and the numeric organisation properties the export holds (the RFM monetary input, for example
 * an {@code annualRevenue} property).
 */
public record JsmOrganisation(long id, String name, Map<String, BigDecimal> attributes) {

    public JsmOrganisation {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
}
