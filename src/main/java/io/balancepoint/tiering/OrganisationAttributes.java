package io.balancepoint.tiering;

import java.math.BigDecimal;
import java.util.Map;

/** Reads a numeric attribute of every JSM organisation (the RFM monetary input when it comes from organisations). */
@FunctionalInterface
public interface OrganisationAttributes {

    /** Organisation name to the attribute's value; organisations without a numeric value are left out. */
    Map<String, BigDecimal> values(String attributeName);
}
