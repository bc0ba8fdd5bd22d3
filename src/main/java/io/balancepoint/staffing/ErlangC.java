package io.balancepoint.staffing;

import io.balancepoint.money.Money;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Erlang C (M/M/c queue, Poisson arrivals, exponential handle times, nobody abandons) for a
 * staffing what-if: offered load A = λ × AHT; P(wait) = C(c, A); service level
 * SL(t) = 1 − P(wait) × e^(−(c − A) t ÷ AHT); occupancy = A ÷ c; ASA = P(wait) × AHT ÷ (c − A).
 *
 * <p>P(wait) is computed from the Erlang B recurrence B(0) = 1, B(k) = A·B(k−1) ÷ (k + A·B(k−1)),
 * then C = c·B ÷ (c − A·(1 − B)). Every step is a ratio between 0 and 1, so there are no
 * factorials or powers to overflow, and thousands of agents are fine. Probabilities are doubles:
 * they are not money, and the recurrence is numerically stable. Money (the labour cost) and the
 * shrinkage uplift are exact.
 */
public final class ErlangC {

    private final StaffingScenario scenario;
    private final Currency currency;
    private final double load;
    private final double handleSeconds;
    private final double answerSeconds;
    private final double targetServiceLevel;

    private ErlangC(StaffingScenario scenario, Currency currency) {
        this.scenario = scenario;
        this.currency = currency;
        this.load = scenario.trafficIntensity();
        this.handleSeconds = scenario.averageHandleSeconds().doubleValue();
        this.answerSeconds = scenario.targetAnswerSeconds().doubleValue();
        this.targetServiceLevel = scenario.targetServiceLevel().doubleValue();
    }

    /**
     * @throws io.balancepoint.validation.InvalidInputException listing every problem of the scenario
     */
    public static ErlangC of(StaffingScenario scenario, Currency currency) {
        Problems problems = new Problems();
        scenario.validate(problems);
        problems.throwIfAny("invalid staffing scenario");
        return new ErlangC(scenario, currency);
    }

    /** Offered load A in Erlangs. */
    public double trafficIntensity() {
        return load;
    }

    /** The queue with {@code agents} answering; an overloaded queue is reported as unstable, not thrown. */
    public AgentPerformance performance(int agents) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must not be negative, was " + agents);
        }
        if (load == 0 || agents <= load) {
            return performanceWith(agents, 0);
        }
        double erlangB = 1;
        for (int k = 1; k <= agents && erlangB > 0; k++) {
            erlangB = nextErlangB(erlangB, k);
        }
        return performanceWith(agents, erlangB);
    }

    /** The smallest agent count meeting the target service level, the agents to schedule and their cost. */
    public StaffingPlan plan() {
        int agents = 0;
        AgentPerformance performance = performanceWith(0, 0);
        if (load > 0) {
            // the first stable count is ⌊A⌋ + 1; continue the recurrence from there one agent at a time
            agents = (int) Math.floor(load) + 1;
            double erlangB = 1;
            for (int k = 1; k <= agents; k++) {
                erlangB = nextErlangB(erlangB, k);
            }
            performance = performanceWith(agents, erlangB);
            // terminates: SL rises with every agent and reaches 1.0 in double, while the target is below 1
            while (performance.serviceLevel() < targetServiceLevel) {
                agents++;
                erlangB = nextErlangB(erlangB, agents);
                performance = performanceWith(agents, erlangB);
            }
        }
        int scheduled = scheduledAgents(agents, scenario.shrinkage());
        BigDecimal intervalHours = BigDecimal.valueOf(scenario.interval().getSeconds())
                .add(BigDecimal.valueOf(scenario.interval().getNano(), 9))
                .divide(BigDecimal.valueOf(3600), Money.DIVISION);
        Money labourCost = Money.of(scenario.agentHourlyCost(), currency).times(scheduled).times(intervalHours);
        return new StaffingPlan(scenario, load, agents, performance, scheduled, labourCost);
    }

    /** ⌈agents ÷ (1 − shrinkage)⌉, exact (14 ÷ 0.7 is 20, not 20.000000000000004). */
    static int scheduledAgents(int agents, BigDecimal shrinkage) {
        return BigDecimal.valueOf(agents).divide(BigDecimal.ONE.subtract(shrinkage), 0, RoundingMode.CEILING).intValueExact();
    }

    private double nextErlangB(double previous, int k) {
        return load * previous / (k + load * previous);
    }

    private AgentPerformance performanceWith(int agents, double erlangB) {
        if (load == 0) {
            return new AgentPerformance(agents, true, 0, 1, 0, 0.0);
        }
        if (agents <= load) {
            return new AgentPerformance(agents, false, 1, 0, 1, null);
        }
        double spare = agents - load;
        double waiting = agents * erlangB / (agents - load * (1 - erlangB));
        double serviceLevel = 1 - waiting * Math.exp(-spare * answerSeconds / handleSeconds);
        return new AgentPerformance(agents, true, waiting, serviceLevel, load / agents, waiting * handleSeconds / spare);
    }
}
