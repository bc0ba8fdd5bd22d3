package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.access.Persona;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a client sends, the API answers with a result or a client error in the error shape:
 * never a 500, never a trace of the server's insides.
 */
class BadInputProperties {

    private static final List<String> STAFFING_FIELDS = List.of("arrivalsPerInterval", "interval", "averageHandleSeconds",
            "targetAnswerSeconds", "targetServiceLevel", "shrinkage", "agentHourlyCost", "compareAgents");
    private static final List<String> SHIFT_FIELDS = List.of("channel", "contacts", "costPerContact", "resolutions");

    private static TestApi api;

    @BeforeContainer
    static void start() {
        api = TestApi.start();
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    @Property(tries = 150)
    void anyValueInAnyStaffingField(@ForAll("staffingFields") String field, @ForAll("jsonValues") String value) {
        String body = RequestBodies.STAFFING.replaceFirst("\"" + field + "\": (\\[[^]]*]|[^,}]+)",
                "\"" + field + "\": " + java.util.regex.Matcher.quoteReplacement(value));
        assertClientOutcome(api.client().post("whatif/staffing").as(Persona.LEAD).json(body).send());
    }

    @Property(tries = 150)
    void anyValueInAnyChannelField(@ForAll("shiftFields") String field, @ForAll("jsonValues") String value) {
        String body = RequestBodies.CHANNEL_SHIFT.replaceFirst("\"" + field + "\": [^,}]+",
                "\"" + field + "\": " + java.util.regex.Matcher.quoteReplacement(value));
        assertClientOutcome(api.client().post("whatif/channel-shift").as(Persona.ADMIN).json(body).send());
    }

    @Property(tries = 100)
    void anyTextAsBody(@ForAll("anyText") String body) {
        assertClientOutcome(api.client().post("whatif/channel-shift").as(Persona.ADMIN).json(body).send());
    }

    private static void assertClientOutcome(ApiClient.ApiResponse response) {
        assertThat(response.status()).as(response.body()).isIn(200, 400, 422);
        if (response.status() == 200) {
            ErrorShape.assertNoLeak(response.body());
        } else {
            ErrorShape.assertError(response, response.status());
        }
    }

    @Provide
    Arbitrary<String> staffingFields() {
        return Arbitraries.of(STAFFING_FIELDS);
    }

    @Provide
    Arbitrary<String> shiftFields() {
        return Arbitraries.of(SHIFT_FIELDS);
    }

    @Provide
    Arbitrary<String> jsonValues() {
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.bigDecimals().map(d -> d.toString()),
                Arbitraries.integers().between(-400, 400).map(e -> "1e" + e),
                Arbitraries.of("0", "-0", "0.0", "1e999999999", "-1e-999999999", "99999999999999999999999",
                        "0.00000000000000000001", "NaN", "Infinity", "-", "1.", ".5", "01"));
        Arbitrary<String> strings = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.of("\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"PT30M\"", "\"P99999D\"", "\"\"",
                        "\"phone\"", "\"\\u0000\"", "\"${jndi:ldap://x}\""));
        Arbitrary<String> others = Arbitraries.of("true", "false", "null", "[]", "{}", "[1, 2.5, null]", "{\"a\": 1}", "[[[]]]");
        return Arbitraries.oneOf(numbers, strings, others);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]\":,0123456789.e-truefalsn ").ofMaxLength(120));
    }
}
