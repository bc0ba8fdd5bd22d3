package io.balancepoint.rest.whatif;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * Port: the settings the what-if calculators read, as currently saved (the settings store in the
 * plugin and the workbench; fixed values in tests).
 */
public interface WhatIfSettings {

    /** The instance's base currency: amounts in requests and results are in it. */
    Currency baseCurrency();

    /** Per channel id, the admin-set expected satisfaction change (index points); see {@code RoiSettings}. */
    Map<String, BigDecimal> channelSatisfactionChange();
}
