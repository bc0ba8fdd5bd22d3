package io.balancepoint.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.balancepoint.json.Json;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingSettingsTest {

    private static List<Problem> problemsOf(RoutingSettings settings) {
        Problems problems = new Problems();
        settings.validate(problems);
        return problems.list();
    }

    @Test
    void defaultsFollowTheSpecAndAreValid() {
        RoutingSettings defaults = RoutingSettings.defaults();

        assertThat(defaults.supportTiers()).containsExactly("L1", "L2", "L3", "Dedicated");
        assertThat(defaults.fallbackSupportTier()).isEqualTo("L1");
        assertThat(defaults.escalation()).isEqualTo(new EscalationSettings(3, true, true));
        assertThat(defaults.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.conditions().customerTiers()).containsExactly("Platinum");
            assertThat(rule.action().supportTier()).isEqualTo("Dedicated");
        });
        assertThat(problemsOf(defaults)).isEmpty();
        Problems tiers = new Problems();
        defaults.validateCustomerTiers(tiers, List.of("Basic", "Standard", "Gold", "Platinum"));
        assertThat(tiers.isEmpty()).isTrue();
    }

    @Test
    void tierLadderHelpers() {
        RoutingSettings defaults = RoutingSettings.defaults();

        assertThat(defaults.rankOf("L1")).isZero();
        assertThat(defaults.rankOf("Dedicated")).isEqualTo(3);
        assertThat(defaults.rankOf(null)).isEqualTo(-1);
        assertThat(defaults.rankOf("L9")).isEqualTo(-1);
        assertThat(defaults.tierAbove("L3")).contains("Dedicated");
        assertThat(defaults.tierAbove("Dedicated")).isEmpty();
        assertThat(defaults.tierAbove("L9")).isEmpty();
    }

    @Test
    void jsonRoundTripOfDefaultsAndOfAFullSection() throws Exception {
        RoutingSettings full = new RoutingSettings(List.of("L1", "L2"), List.of(
                new RoutingRule("vip", "VIP outages", true,
                        new RuleConditions(List.of("Gold"), List.of("Outage"), List.of("phone"), List.of("High"), List.of("Acme")),
                        new RuleAction("L2", "network", AssignmentStrategy.ROUND_ROBIN, "vip", new FieldUpdate("Impact", "High"))),
                new RoutingRule("rest", "Everything else", false, RuleConditions.any(),
                        new RuleAction("L1", "desk", AssignmentStrategy.LEAST_OPEN, null, null))),
                new EscalationSettings(5, false, true), "L1");
        for (RoutingSettings settings : List.of(RoutingSettings.defaults(), full)) {
            String json = Json.mapper().writeValueAsString(settings);
            assertThat(Json.mapper().readValue(json, RoutingSettings.class)).isEqualTo(settings);
        }
        assertThat(Json.mapper().writeValueAsString(full)).contains("\"strategy\":\"ROUND_ROBIN\"", "\"followUpThreshold\":5");
    }

    @Test
    void reportsEveryProblemAtOnce() throws Exception {
        String json = """
                {"supportTiers":["L1","L2","L1"," "],
                 "rules":[
                   {"id":"a","name":"A","enabled":true,"conditions":{"channels":["phone","Phone"],"priorities":[""]},
                    "action":{"supportTier":"L4","assigneeGroup":"g","strategy":"LEAST_OPEN"}},
                   {"id":"a","name":" ","enabled":true,"conditions":{},
                    "action":{"supportTier":"L2","strategy":"ROUND_ROBIN","label":"two words","setField":{"value":"x"}}},
                   {"id":"","name":"C","enabled":true,"action":{"supportTier":"L2"}},
                   {"id":"d","name":"D","enabled":false,"conditions":{},"action":{"supportTier":"L1","strategy":"UNASSIGNED","setField":{"field":"f"}}},
                   {"id":"e","name":"E","enabled":true,"conditions":{}},
                   null],
                 "escalation":{"followUpThreshold":0,"escalateOnReopen":true,"allowManual":true},
                 "fallbackSupportTier":"L0"}
                """;
        RoutingSettings settings = Json.mapper().readValue(json, RoutingSettings.class);

        assertThat(problemsOf(settings)).extracting(Problem::field, Problem::reason).containsExactly(
                tuple("supportTiers[2]", "duplicates supportTiers[0] 'L1'"),
                tuple("supportTiers[3]", "must not be blank"),
                tuple("rules[0].conditions.channels[1]", "duplicates channels[0] 'phone'"),
                tuple("rules[0].conditions.priorities[0]", "must not be blank"),
                tuple("rules[0].action.supportTier", "unknown support tier 'L4' (known: L1, L2)"),
                tuple("rules[1].id", "duplicates rules[0].id 'a'"),
                tuple("rules[1].name", "is required"),
                tuple("rules[1].action.assigneeGroup", "is required unless strategy is UNASSIGNED"),
                tuple("rules[1].action.label", "must be one word without spaces (a Jira label), or absent"),
                tuple("rules[1].action.setField.field", "is required"),
                tuple("rules[2].id", "is required"),
                tuple("rules[2].conditions", "is required"),
                tuple("rules[2].action.strategy", "is required"),
                tuple("rules[2].action.assigneeGroup", "is required unless strategy is UNASSIGNED"),
                tuple("rules[3].action.setField.value", "is required"),
                tuple("rules[4].action", "is required"),
                tuple("rules[5]", "must not be null"),
                tuple("escalation.followUpThreshold", "must be at least 1"),
                tuple("fallbackSupportTier", "unknown support tier 'L0' (known: L1, L2)"));
    }

    @Test
    void emptyDocumentIsReportedNotThrown() throws Exception {
        RoutingSettings settings = Json.mapper().readValue("{}", RoutingSettings.class);

        assertThat(settings.rules()).isEmpty();
        assertThat(problemsOf(settings)).extracting(Problem::field, Problem::reason).containsExactly(
                tuple("supportTiers", "must name at least one support tier"),
                tuple("escalation", "is required"),
                tuple("fallbackSupportTier", "is required"));
    }

    @Test
    void conditionsNamingUnknownCustomerTiersAreReported() {
        RoutingSettings settings = Rules.settings(
                Rules.rule("ok", Rules.forCustomerTiers("Gold"), Rules.to("L2", "g", AssignmentStrategy.LEAST_OPEN)),
                Rules.rule("bad", Rules.forCustomerTiers("Gold", "Diamond"), Rules.to("L2", "g", AssignmentStrategy.LEAST_OPEN)));
        Problems problems = new Problems();

        settings.validateCustomerTiers(problems, List.of("Basic", "Gold"));

        assertThat(problems.list()).extracting(Problem::field, Problem::reason).containsExactly(
                tuple("rules[1].conditions.customerTiers[1]", "unknown customer tier 'Diamond' (known: Basic, Gold)"));
        assertThat(problemsOf(settings)).isEmpty();
    }
}
