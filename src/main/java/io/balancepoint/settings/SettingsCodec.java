package io.balancepoint.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.balancepoint.json.Json;
import io.balancepoint.json.JsonProblems;
import io.balancepoint.validation.Problem;
import java.util.List;

/**
 * Reads and writes settings documents (REST, export/import, workbench). Reading never throws
 * for bad input: it yields either a valid document or every problem found, so an invalid
 * document can never be applied by accident.
 */
public final class SettingsCodec {

    private static final ObjectWriter PRETTY = Json.mapper().writerWithDefaultPrettyPrinter();

    private SettingsCodec() {
    }

    /** The outcome of reading a document. */
    public sealed interface Reading {
    }

    /** A document that passed every check and may be applied. */
    public record Valid(SettingsDocument document) implements Reading {
    }

    /**
     * A document that must not be applied. JSON that cannot be bound (malformed, wrong types,
     * unknown fields) stops at the first such problem; a well-formed document reports all of them.
     */
    public record Invalid(List<Problem> problems) implements Reading {
    }

    public static Reading read(String json) {
        if (json == null || json.isBlank()) {
            return new Invalid(List.of(new Problem("$", "is empty; expected a settings document")));
        }
        SettingsDocument doc;
        try {
            doc = Json.mapper().readValue(json, SettingsDocument.class);
        } catch (JsonProcessingException e) {
            return new Invalid(List.of(JsonProblems.of(e)));
        }
        if (doc == null) {
            return new Invalid(List.of(new Problem("$", "must be an object")));
        }
        List<Problem> problems = SettingsValidator.problems(doc);
        return problems.isEmpty() ? new Valid(doc) : new Invalid(problems);
    }

    /** Canonical, pretty-printed JSON; reading it back yields an equal document. */
    public static String write(SettingsDocument doc) {
        try {
            return PRETTY.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings document could not be written", e);
        }
    }
}
