package io.balancepoint.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the customer satisfaction rating from the value of JSM's satisfaction field. The field's Java
 * value type is not documented, so every shape seen in public material is accepted: a number, a
 * numeric string, or JSON with a {@code rating} member ({@code {"rating": 4}}, as JSM's REST API
 * shows it). Anything else, or a number outside 1..5, is no rating.
 */
public final class CsatValues {

    private CsatValues() {
    }

    /** The rating, when the value holds one. */
    public static Optional<Integer> rating(Object fieldValue) {
        if (fieldValue == null) {
            return Optional.empty();
        }
        if (fieldValue instanceof Number number) {
            return inRange(new BigDecimal(number.toString()));
        }
        String text = fieldValue.toString().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.startsWith("{")) {
            return fromJson(text);
        }
        try {
            return inRange(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The rating with when it was given; empty without a rating. */
    public static Optional<CsatRating> of(Object fieldValue, Instant ratedAt) {
        return rating(fieldValue).map(r -> new CsatRating(r, ratedAt));
    }

    private static Optional<Integer> fromJson(String json) {
        try {
            JsonNode rating = Json.mapper().readTree(json).get("rating");
            if (rating == null || !(rating.isNumber() || rating.isTextual())) {
                return Optional.empty();
            }
            return inRange(new BigDecimal(rating.asText()));
        } catch (IOException | NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> inRange(BigDecimal value) {
        try {
            int whole = value.intValueExact();
            return whole >= 1 && whole <= 5 ? Optional.of(whole) : Optional.empty();
        } catch (ArithmeticException fractionOrHuge) {
            return Optional.empty();
        }
    }
}
