package io.balancepoint.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.balancepoint.json.Json;
import io.balancepoint.money.Money;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ErlangCTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static StaffingScenario scenario(String arrivals) {
        return new StaffingScenario(new BigDecimal(arrivals), Duration.ofMinutes(30), BigDecimal.valueOf(180),
                BigDecimal.valueOf(20), new BigDecimal("0.80"), new BigDecimal("0.30"), new BigDecimal("30"));
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Test
    void specReferenceHundredContactsFourteenAgents() {
        ErlangC erlang = ErlangC.of(scenario("100"), EUR);
        assertThat(erlang.trafficIntensity()).isEqualTo(10.0);
        AgentPerformance p = erlang.performance(14);
        assertThat(p.stable()).isTrue();
        assertThat(round(p.probabilityOfWaiting(), 4)).isEqualTo(0.1741);
        assertThat(round(p.serviceLevel(), 3)).isEqualTo(0.888);
        assertThat(round(p.occupancy(), 3)).isEqualTo(0.714);
        assertThat(round(p.averageSpeedOfAnswerSeconds(), 2)).isEqualTo(7.84);
        // the research brief's five-decimal figures
        assertThat(round(p.probabilityOfWaiting(), 5)).isEqualTo(0.17413);
        assertThat(round(p.serviceLevel(), 5)).isEqualTo(0.88835);
    }

    @Test
    void planFindsTheSmallestStaffingThatMeetsEightyInTwenty() {
        StaffingPlan plan = ErlangC.of(scenario("100"), EUR).plan();
        // 13 agents answer 79.56 % in 20 s, 14 answer 88.83 %
        assertThat(plan.requiredAgents()).isEqualTo(14);
        assertThat(round(ErlangC.of(scenario("100"), EUR).performance(13).serviceLevel(), 4)).isEqualTo(0.7956);
        assertThat(plan.performance().agents()).isEqualTo(14);
        assertThat(plan.trafficIntensity()).isEqualTo(10.0);
        // 14 ÷ (1 − 0.30) = 20 exactly; in double it would be 20.000000000000004 and round up to 21
        assertThat(plan.scheduledAgents()).isEqualTo(20);
        // 20 agents × EUR 30 an hour × half an hour
        assertThat(plan.labourCost()).isEqualTo(Money.of("300", "EUR"));
    }

    @Test
    void scheduledAgentsRoundUpExactly() {
        assertThat(ErlangC.scheduledAgents(14, new BigDecimal("0.30"))).isEqualTo(20);
        assertThat(ErlangC.scheduledAgents(15, new BigDecimal("0.30"))).isEqualTo(22); // 21.43
        assertThat(ErlangC.scheduledAgents(7, BigDecimal.ZERO)).isEqualTo(7);
    }

    @Test
    void tooFewAgentsAreReportedAsUnstable() {
        ErlangC erlang = ErlangC.of(scenario("100"), EUR);
        for (int agents : new int[] {0, 5, 10}) {
            AgentPerformance p = erlang.performance(agents);
            assertThat(p.stable()).isFalse();
            assertThat(p.probabilityOfWaiting()).isEqualTo(1.0);
            assertThat(p.serviceLevel()).isEqualTo(0.0);
            assertThat(p.occupancy()).isEqualTo(1.0);
            assertThat(p.averageSpeedOfAnswerSeconds()).isNull();
        }
        assertThat(erlang.performance(11).stable()).isTrue();
        assertThatThrownBy(() -> erlang.performance(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thousandsOfAgentsStayFiniteAndMatchTheDirectFormula() {
        // A = 19 900 × 180 ÷ 1800 = 1990 Erlangs; reference computed with the textbook sum in 60-digit decimals
        ErlangC erlang = ErlangC.of(scenario("19900"), EUR);
        AgentPerformance p = erlang.performance(2000);
        assertThat(p.probabilityOfWaiting()).isCloseTo(0.7481429359412843, within(1e-9));
        assertThat(p.serviceLevel()).isCloseTo(0.7537165916101101, within(1e-9));
        assertThat(p.averageSpeedOfAnswerSeconds()).isCloseTo(13.46657284694312, within(1e-6));
        assertThat(erlang.performance(2030).serviceLevel()).isCloseTo(0.9968217112295216, within(1e-9));

        StaffingPlan plan = erlang.plan();
        assertThat(plan.performance().serviceLevel()).isGreaterThanOrEqualTo(0.80);
        assertThat(erlang.performance(plan.requiredAgents() - 1).serviceLevel()).isLessThan(0.80);
        assertThat(plan.requiredAgents()).isBetween(2001, 2030);
    }

    @Test
    void noDemandNeedsNoAgents() {
        StaffingPlan plan = ErlangC.of(scenario("0"), EUR).plan();
        assertThat(plan.requiredAgents()).isZero();
        assertThat(plan.scheduledAgents()).isZero();
        assertThat(plan.labourCost().isZero()).isTrue();
        assertThat(plan.performance().serviceLevel()).isEqualTo(1.0);
    }

    @Test
    void aZeroSecondTargetMeansAnsweredWithoutWaiting() {
        StaffingScenario instant = new StaffingScenario(BigDecimal.valueOf(100), Duration.ofMinutes(30), BigDecimal.valueOf(180),
                BigDecimal.ZERO, new BigDecimal("0.80"), BigDecimal.ZERO, BigDecimal.TEN);
        ErlangC erlang = ErlangC.of(instant, EUR);
        AgentPerformance p = erlang.performance(14);
        assertThat(p.serviceLevel()).isCloseTo(1 - p.probabilityOfWaiting(), within(1e-15));
        // 1 − P(wait): 13 agents 0.7147, 14 agents 0.8259
        assertThat(erlang.plan().requiredAgents()).isEqualTo(14);
        assertThat(round(erlang.performance(13).serviceLevel(), 4)).isEqualTo(0.7147);
    }

    @Test
    void reportsEveryProblemOfTheScenarioAtOnce() {
        StaffingScenario bad = new StaffingScenario(new BigDecimal("-1"), Duration.ZERO, null, new BigDecimal("-5"),
                BigDecimal.ONE, new BigDecimal("1.0"), new BigDecimal("-3"));
        assertThatThrownBy(() -> ErlangC.of(bad, EUR)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        new Problem("arrivalsPerInterval", "must not be negative"),
                        new Problem("interval", "must be longer than zero"),
                        new Problem("averageHandleSeconds", "is required"),
                        new Problem("targetAnswerSeconds", "must not be negative"),
                        new Problem("targetServiceLevel", "must be greater than 0 and less than 1 (a fraction: 0.80 = 80 %)"),
                        new Problem("shrinkage", "must be at least 0 and less than 1 (a fraction: 0.30 = 30 %)"),
                        new Problem("agentHourlyCost", "must not be negative")));
    }

    @Test
    void refusesAnOfferedLoadTooLargeToSearch() {
        assertThatThrownBy(() -> ErlangC.of(scenario("2000000"), EUR)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("arrivalsPerInterval"));
    }

    @Test
    void theScenarioBindsFromJson() throws Exception {
        String json = "{\"arrivalsPerInterval\":100,\"interval\":\"PT30M\",\"averageHandleSeconds\":180,"
                + "\"targetAnswerSeconds\":20,\"targetServiceLevel\":0.80,\"shrinkage\":0.30,\"agentHourlyCost\":30}";
        StaffingScenario read = Json.mapper().readValue(json, StaffingScenario.class);
        assertThat(read).isEqualTo(new StaffingScenario(new BigDecimal("100"), Duration.ofMinutes(30), new BigDecimal("180"),
                new BigDecimal("20"), new BigDecimal("0.80"), new BigDecimal("0.30"), new BigDecimal("30")));
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(read), StaffingScenario.class)).isEqualTo(read);
    }

    @Property
    void moreAgentsNeverServeWorse(@ForAll @DoubleRange(min = 0.1, max = 500) double load,
                                   @ForAll @IntRange(min = 0, max = 60) int extra) {
        // arrivals per hour with AHT 3600 s: A equals the arrivals
        StaffingScenario s = new StaffingScenario(BigDecimal.valueOf(load), Duration.ofHours(1), BigDecimal.valueOf(3600),
                BigDecimal.valueOf(20), new BigDecimal("0.8"), BigDecimal.ZERO, BigDecimal.ONE);
        ErlangC erlang = ErlangC.of(s, EUR);
        int agents = (int) Math.floor(erlang.trafficIntensity()) + 1 + extra;
        AgentPerformance fewer = erlang.performance(agents);
        AgentPerformance more = erlang.performance(agents + 1);
        assertThat(more.serviceLevel()).isGreaterThanOrEqualTo(fewer.serviceLevel());
        assertThat(more.probabilityOfWaiting()).isLessThanOrEqualTo(fewer.probabilityOfWaiting());
        assertThat(fewer.probabilityOfWaiting()).isBetween(0.0, 1.0);
        assertThat(fewer.serviceLevel()).isBetween(0.0, 1.0);
    }
}
