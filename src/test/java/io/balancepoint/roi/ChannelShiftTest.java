package io.balancepoint.roi;

import static io.balancepoint.roi.RoiTestData.EUR;
import static io.balancepoint.roi.RoiTestData.cents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.json.Json;
import io.balancepoint.money.Money;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelShiftTest {

    private static final List<ChannelVolume> CHANNELS = List.of(
            new ChannelVolume("phone", 1000L, new BigDecimal("6.00"), 400L),
            new ChannelVolume("chat", 500L, new BigDecimal("3.00"), 250L),
            new ChannelVolume("app", 200L, new BigDecimal("0.50"), 20L));

    /**
     * Half of phone (500 contacts) to the app. Cost 7600 → 7600 + 500 × (0.50 − 6.00) = 4850.
     * Resolutions 670 → 670 − 400 × 50 % + 500 × (20 ÷ 200) = 520. Cost per resolution
     * 7600 ÷ 670 = 11.34 → 4850 ÷ 520 = 9.33 (−2.02, −17.78 %). Satisfaction: app −22 vs phone 0,
     * so −22 per moved contact and −22 × 500 ÷ 1700 = −6.47 points overall.
     */
    @Test
    void movesHalfOfPhoneToTheApp() {
        ChannelShiftResult r = ChannelShift.simulate(new ChannelShiftQuestion(CHANNELS, "phone", "app", BigDecimal.valueOf(50)),
                Map.of("app", BigDecimal.valueOf(-22)), EUR);

        assertThat(r.movedContacts()).isEqualByComparingTo("500");
        assertThat(r.fromContactsAfter()).isEqualByComparingTo("500");
        assertThat(r.toContactsAfter()).isEqualByComparingTo("700");
        assertThat(r.fromResolutionsPerContact()).isEqualByComparingTo("0.4");
        assertThat(r.toResolutionsPerContact()).isEqualByComparingTo("0.1");
        assertThat(r.toYieldAssumed()).isFalse();
        assertThat(r.costBefore()).isEqualTo(Money.of("7600", "EUR"));
        assertThat(r.costAfter()).isEqualTo(Money.of("4850", "EUR"));
        assertThat(r.resolutionsBefore()).isEqualByComparingTo("670");
        assertThat(r.resolutionsAfter()).isEqualByComparingTo("520");
        assertThat(r.costPerResolutionBefore().rounded()).isEqualTo(new BigDecimal("11.34"));
        assertThat(r.costPerResolutionAfter().rounded()).isEqualTo(new BigDecimal("9.33"));
        assertThat(r.costPerResolutionChange().rounded()).isEqualTo(new BigDecimal("-2.02"));
        assertThat(cents(r.costPerResolutionChangePercent())).isEqualTo(new BigDecimal("-17.78"));
        assertThat(r.satisfactionChangePerMovedContact()).isEqualByComparingTo("-22");
        assertThat(cents(r.satisfactionChangeOverall())).isEqualTo(new BigDecimal("-6.47"));
    }

    @Test
    void aCheapChannelThatResolvesLittleCanRaiseTheCostPerResolution() {
        List<ChannelVolume> channels = List.of(new ChannelVolume("email", 100L, new BigDecimal("4"), 100L),
                new ChannelVolume("selfservice", 100L, new BigDecimal("0.10"), 9L));
        ChannelShiftResult r = ChannelShift.simulate(new ChannelShiftQuestion(channels, "email", "selfservice", BigDecimal.valueOf(100)),
                Map.of(), EUR);
        // 410 ÷ 109 = 3.76 before; 20 ÷ 18 = 1.11 after — cheaper per resolution here, but 91 fewer resolutions
        assertThat(r.resolutionsAfter()).isEqualByComparingTo("18");
        assertThat(r.costAfter()).isEqualTo(Money.of("20", "EUR"));
        assertThat(r.satisfactionChangeOverall()).isEqualByComparingTo("0");
        // moving back the other way returns the satisfaction offset with the opposite sign
        ChannelShiftResult back = ChannelShift.simulate(new ChannelShiftQuestion(channels, "selfservice", "email", BigDecimal.valueOf(100)),
                Map.of("selfservice", BigDecimal.valueOf(-10)), EUR);
        assertThat(back.satisfactionChangePerMovedContact()).isEqualByComparingTo("10");
    }

    @Test
    void aNewChannelBorrowsTheSourceYieldAndSaysSo() {
        List<ChannelVolume> channels = List.of(CHANNELS.get(0), new ChannelVolume("bot", 0L, new BigDecimal("0.20"), 0L));
        ChannelShiftResult r = ChannelShift.simulate(new ChannelShiftQuestion(channels, "phone", "bot", BigDecimal.valueOf(50)),
                Map.of(), EUR);
        assertThat(r.toYieldAssumed()).isTrue();
        assertThat(r.toResolutionsPerContact()).isEqualByComparingTo("0.4");
        assertThat(r.resolutionsAfter()).isEqualByComparingTo("400");
        assertThat(r.costAfter()).isEqualTo(Money.of("3100", "EUR")); // 500 × 6 + 500 × 0.20
    }

    @Test
    void noResolutionsLeaveTheCostPerResolutionUndefined() {
        List<ChannelVolume> channels = List.of(new ChannelVolume("phone", 0L, BigDecimal.ONE, 0L),
                new ChannelVolume("chat", 0L, BigDecimal.ONE, 0L));
        ChannelShiftResult r = ChannelShift.simulate(new ChannelShiftQuestion(channels, "phone", "chat", BigDecimal.TEN), Map.of(), EUR);
        assertThat(r.costPerResolutionBefore()).isNull();
        assertThat(r.costPerResolutionAfter()).isNull();
        assertThat(r.costPerResolutionChange()).isNull();
        assertThat(r.fromResolutionsPerContact()).isNull();
        assertThat(r.satisfactionChangeOverall()).isEqualByComparingTo("0");
    }

    @Test
    void reportsEveryProblemOfTheQuestionAtOnce() {
        ChannelShiftQuestion bad = new ChannelShiftQuestion(Arrays.asList(
                new ChannelVolume("phone", -1L, null, 3L), new ChannelVolume("phone", 1L, BigDecimal.ONE, null), null),
                "phone", "fax", BigDecimal.valueOf(120));
        assertThatThrownBy(() -> ChannelShift.simulate(bad, Map.of(), EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        new Problem("channels[0].contacts", "must not be negative"),
                        new Problem("channels[0].costPerContact", "is required"),
                        new Problem("channels[1].resolutions", "is required"),
                        new Problem("channels[2]", "must not be null"),
                        new Problem("channels[1].channel", "duplicates channels[0] (phone)"),
                        new Problem("toChannel", "is not among channels"),
                        new Problem("percentMoved", "must be between 0 and 100")));
        ChannelShiftQuestion same = new ChannelShiftQuestion(CHANNELS, "phone", "phone", BigDecimal.ONE);
        assertThatThrownBy(() -> ChannelShift.simulate(same, Map.of(), EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("toChannel", "must differ from fromChannel")));
    }

    @Test
    void theQuestionBindsFromJson() throws Exception {
        ChannelShiftQuestion q = new ChannelShiftQuestion(CHANNELS, "phone", "app", new BigDecimal("12.5"));
        String json = Json.mapper().writeValueAsString(q);
        assertThat(Json.mapper().readValue(json, ChannelShiftQuestion.class)).isEqualTo(q);
    }
}
