/**
 * The cost ledger of a ticket (SPEC §1): cost lines, the settings that price them (rates,
 * channels, overhead), direct cost entries, and {@link io.balancepoint.ledger.LedgerCalculator},
 * the pure function from ticket snapshot and settings to cost lines.
 */
package io.balancepoint.ledger;
