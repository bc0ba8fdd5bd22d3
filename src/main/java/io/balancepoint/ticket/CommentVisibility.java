package io.balancepoint.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.json.Json;
import java.io.IOException;
import java.util.Optional;

/**
 * Whether a comment is public (the customer sees it) or internal. JSM's comment service answers
 * when it is there; otherwise the comment property JSM stores, {@code sd.public.comment} with value
 * {@code {"internal": true}} for internal comments, decides. A comment without the property is
 * public, as JSM shows comments made before it was installed.
 */
public final class CommentVisibility {

    /** The comment property JSM marks internal comments with. */
    public static final String PROPERTY = "sd.public.comment";

    private CommentVisibility() {
    }

    /**
     * @param fromCommentService JSM's answer, empty when JSM is absent or could not answer
     * @param propertyJson       the {@value #PROPERTY} property's JSON value, null when the comment has none
     */
    public static boolean isPublic(Optional<Boolean> fromCommentService, String propertyJson) {
        if (fromCommentService.isPresent()) {
            return fromCommentService.get();
        }
        return !internalFlag(propertyJson);
    }

    /** Whether the property value says internal; unreadable values count as public (nothing hidden from costs). */
    static boolean internalFlag(String propertyJson) {
        if (propertyJson == null || propertyJson.isBlank()) {
            return false;
        }
        try {
            JsonNode node = Json.mapper().readTree(propertyJson);
            JsonNode internal = node == null ? null : node.get("internal");
            if (internal == null) {
                return false;
            }
            return internal.isBoolean() ? internal.booleanValue() : "true".equalsIgnoreCase(internal.asText());
        } catch (IOException malformed) {
            return false;
        }
    }
}
