package io.balancepoint.staffing;

/**
 * How a queue behaves with a given number of agents (Erlang C).
 *
 * @param stable                      agents exceed the offered load; when false the queue grows without
 *                                    bound: everyone waits (P = 1), nobody is answered in time (SL = 0),
 *                                    agents are always busy (occupancy 1) and the ASA is unbounded (null)
 * @param probabilityOfWaiting        P(wait), 0..1
 * @param serviceLevel                share answered within the target time, 0..1
 * @param occupancy                   offered load ÷ agents, 0..1
 * @param averageSpeedOfAnswerSeconds ASA; null when unstable
 */
public record AgentPerformance(int agents, boolean stable, double probabilityOfWaiting, double serviceLevel,
                               double occupancy, Double averageSpeedOfAnswerSeconds) {
}
