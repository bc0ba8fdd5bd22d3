package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.balancepoint.json.Json;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiObjectMapperTest {

    record Sample(Integer count, Long total, BigDecimal amount, Boolean flag, String name, List<Integer> counts) {
    }

    private static final ObjectMapper API = ApiObjectMapper.mapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"count\": 2.5}", "{\"count\": \"2\"}", "{\"count\": 2.0}", "{\"total\": 1e3}", "{\"amount\": \"1.5\"}",
            "{\"amount\": \"\"}", "{\"flag\": 1}", "{\"flag\": \"true\"}", "{\"name\": 5}", "{\"name\": 1.5}",
            "{\"name\": true}", "{\"counts\": [1, 2.5]}", "{\"count\": 1, \"count\": 2}", "{\"count\": 1} {}", "{\"colour\": 1}"})
    void refusesWhatTheSharedMapperWouldGuess(String json) {
        assertThatThrownBy(() -> API.readValue(json, Sample.class)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void theSharedMapperStaysAsItWas() throws JsonProcessingException {
        // the API's strictness is its own copy: settings documents read by Json.mapper() are unaffected
        assertThat(Json.mapper().readValue("{\"count\": \"2\"}", Sample.class).count()).isEqualTo(2);
        assertThat(Json.mapper().writeValueAsString("<b>")).isEqualTo("\"<b>\"");
    }

    @Test
    void readsWellTypedInputExactly() throws JsonProcessingException {
        Sample sample = API.readValue("{\"count\": 2, \"total\": 3, \"amount\": 0.1, \"flag\": true, \"name\": \"x\", \"counts\": [1]}",
                Sample.class);
        assertThat(sample).isEqualTo(new Sample(2, 3L, new BigDecimal("0.1"), true, "x", List.of(1)));
    }

    @Test
    void writesMarkupCharactersEscaped() throws JsonProcessingException {
        assertThat(API.writeValueAsString("</script><b a='1'>&amp;")).isEqualTo(
                "\"\\u003C/script\\u003E\\u003Cb a=\\u00271\\u0027\\u003E\\u0026amp;\"");
        assertThat(API.readValue(API.writeValueAsString("<&'>"), String.class)).isEqualTo("<&'>");
    }

    @Test
    void writesMoneyAsAmountAndCurrency() throws JsonProcessingException {
        assertThat(API.writeValueAsString(Money.of("12.50", "EUR"))).isEqualTo("{\"amount\":12.50,\"currency\":\"EUR\"}");
        assertThat(API.readValue("{\"amount\":12.5,\"currency\":\"EUR\"}", Money.class)).isEqualTo(Money.of("12.5", "EUR"));
    }
}
