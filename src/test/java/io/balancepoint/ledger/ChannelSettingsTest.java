package io.balancepoint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.json.Json;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelSettingsTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);

    private static List<Problem> problemsOf(ChannelSettings settings) {
        Problems problems = new Problems();
        settings.validate(problems);
        return problems.list();
    }

    @Test
    void defaultsHaveTheSixChannelsWithResearchDerivedFiguresAndAreValid() {
        ChannelSettings defaults = ChannelSettings.defaults();
        assertThat(problemsOf(defaults)).isEmpty();
        assertThat(defaults.channels()).extracting(Channel::id)
                .containsExactly("email", "portal", "phone", "chat", "api", "jira");
        LocalDate day = LocalDate.of(2026, 6, 1);
        // ContactBabel cost per contact × 26 % non-labour share, e.g. phone 5.25 × 0.26 = 1.365
        assertThat(defaults.contactCost("phone", day)).get().extracting(ChannelCost::costPerContact)
                .isEqualTo(new BigDecimal("1.37"));
        assertThat(defaults.contactCost("email", day)).get().extracting(ChannelCost::costPerContact)
                .isEqualTo(new BigDecimal("1.15"));
        assertThat(defaults.contactCost("jira", day)).isEmpty();
        assertThat(defaults.channel("jira")).get().extracting(Channel::standardHandleMinutes).isNull();
        assertThat(defaults.channel("phone")).get().extracting(Channel::standardHandleMinutes)
                .isEqualTo(new BigDecimal("6"));
    }

    @Test
    void defaultsSurviveAJsonRoundTrip() throws Exception {
        String json = Json.mapper().writeValueAsString(ChannelSettings.defaults());
        assertThat(json).contains("\"id\":\"email\"", "\"costPerContact\":1.15", "\"standardHandleMinutes\":null");
        assertThat(Json.mapper().readValue(json, ChannelSettings.class)).isEqualTo(ChannelSettings.defaults());
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        ChannelSettings settings = new ChannelSettings(
                Arrays.asList(
                        new Channel("email", "E-mail", new BigDecimal("5")),
                        new Channel("Phone", " ", BigDecimal.ZERO),
                        new Channel("email", "Mail again", null),
                        new Channel(null, null, null)),
                Arrays.asList(
                        new ChannelCost("email", new BigDecimal("1"), JAN, null),
                        new ChannelCost("email", new BigDecimal("2"), FEB, null),
                        new ChannelCost("fax", new BigDecimal("-1"), JAN, JAN),
                        null));
        assertThat(problemsOf(settings)).containsExactlyInAnyOrder(
                new Problem("channels[1].id", "must be lower-case letters, digits, '-' or '_', starting with a letter or digit"),
                new Problem("channels[1].displayName", "must not be blank"),
                new Problem("channels[1].standardHandleMinutes", "must be greater than 0, or empty for no estimate"),
                new Problem("channels[2].id", "duplicate channel id 'email' (also channels[0])"),
                new Problem("channels[3].id", "is required"),
                new Problem("channels[3].displayName", "is required"),
                new Problem("contactCosts[1]", "overlaps contactCosts[0] (2026-01-01..open) for the same key"),
                new Problem("contactCosts[2].costPerContact", "must not be negative"),
                new Problem("contactCosts[2].until", "must be after from (2026-01-01); until is exclusive"),
                new Problem("contactCosts[2].channelId", "unknown channel 'fax'"),
                new Problem("contactCosts[3]", "must not be null"));
    }

    @Test
    void contactCostIsLookedUpOnTheDayFromInclusiveUntilExclusive() {
        ChannelSettings settings = new ChannelSettings(
                List.of(new Channel("chat", "Chat", null)),
                List.of(new ChannelCost("chat", new BigDecimal("1.00"), JAN, FEB),
                        new ChannelCost("chat", new BigDecimal("1.20"), FEB, null)));
        assertThat(problemsOf(settings)).isEmpty();
        assertThat(settings.contactCost("chat", JAN.minusDays(1))).isEmpty();
        assertThat(settings.contactCost("chat", JAN)).get().extracting(ChannelCost::costPerContact).isEqualTo(new BigDecimal("1.00"));
        assertThat(settings.contactCost("chat", FEB.minusDays(1))).get().extracting(ChannelCost::costPerContact).isEqualTo(new BigDecimal("1.00"));
        assertThat(settings.contactCost("chat", FEB)).get().extracting(ChannelCost::costPerContact).isEqualTo(new BigDecimal("1.20"));
        assertThat(settings.contactCost("fax", FEB)).isEmpty();
        assertThat(settings.contactCost(null, FEB)).isEmpty();
        assertThat(settings.channel(null)).isEmpty();
    }

    @Test
    void missingListsBindAsEmpty() throws Exception {
        ChannelSettings settings = Json.mapper().readValue("{}", ChannelSettings.class);
        assertThat(settings.channels()).isEmpty();
        assertThat(settings.contactCosts()).isEmpty();
        assertThat(problemsOf(settings)).isEmpty();
    }
}
