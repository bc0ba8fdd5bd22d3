package io.balancepoint.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.balancepoint.json.Json;
import io.balancepoint.money.Money;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The Jackson mapper of the REST API, handed to the host's JSON provider (Jackson's JAX-RS
 * provider asks every {@code ContextResolver<ObjectMapper>}; Jersey's and Jira's alike).
 *
 * <p>It is {@link Json#mapper()} (ISO dates, exact decimals, unknown fields rejected) made strict
 * about what a client sends, so a wrong type is a 400 instead of a silent guess:
 * <ul>
 *   <li>no scalar coercion: {@code "14"} is not a number, {@code 2.5} is not a whole number (Jackson
 *       would truncate it to 2), {@code 1} is not a boolean, {@code 5} is not a string;</li>
 *   <li>a repeated field name and anything after the document are malformed JSON;</li>
 *   <li>money is written as {@code {"amount": 12.5, "currency": "EUR"}}, exact (rounding is the
 *       display's job);</li>
 *   <li>output escapes {@code < > & '} as {@code \u003C} and so on, so text a user typed can never
 *       turn a JSON response into markup, whatever reads it.</li>
 * </ul>
 */
@Provider
public final class ApiObjectMapper implements ContextResolver<ObjectMapper> {

    private static final ObjectMapper MAPPER = create();

    /** The shared, thread-safe API mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    private static ObjectMapper create() {
        ObjectMapper mapper = Json.mapper().copy();
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setCharacterEscapes(new MarkupSafeEscapes());
        mapper.addMixIn(Money.class, MoneyJson.class);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** Money is its amount and currency; {@code isZero()} is not a property. */
    @JsonIgnoreProperties("zero")
    private interface MoneyJson {
    }

    /** JSON's standard escapes plus the characters that start or end markup. */
    private static final class MarkupSafeEscapes extends CharacterEscapes {

        private final int[] ascii;

        MarkupSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
