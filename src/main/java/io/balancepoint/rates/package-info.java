/**
 * Hourly labour rates: effective-dated rates by user, role, agent tier and default
 * ({@link io.balancepoint.rates.RateSettings}), the lookup that applies their precedence
 * ({@link io.balancepoint.rates.RateCard}) and the fully loaded rate calculator.
 */
package io.balancepoint.rates;
