package io.balancepoint.rest.exports;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes a table row as a JSON object, column name to cell, the way every JSON export does:
 * instants and durations as their ISO-8601 text, numbers as plain decimals, null as null.
 */
public final class JsonRows {

    private JsonRows() {
    }

    /** One object with a field per column; {@code cells} in column order. */
    public static void write(JsonGenerator json, List<String> columns, List<?> cells) {
        try {
            json.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                json.writeFieldName(columns.get(i));
                Object cell = cells.get(i);
                json.writeObject(cell instanceof Instant || cell instanceof Duration ? cell.toString() : cell);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
