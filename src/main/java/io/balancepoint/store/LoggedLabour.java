package io.balancepoint.store;

import java.time.Instant;

/**
 * The logged work of one resolved ticket and what an anomaly baseline groups it by: a narrow read of
 * the facts (three columns instead of every one) for scans that need nothing else.
 *
 * @param requestType   as stored, may be null
 * @param labourSeconds logged work in seconds
 * @param resolvedAt    the latest resolution
 */
public record LoggedLabour(String requestType, long labourSeconds, Instant resolvedAt) {
}
