package io.balancepoint.workbench.tickets;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.balancepoint.json.Json;
import io.balancepoint.ticket.TicketSnapshot;

/**
 * A ticket snapshot as stored in the workbench: JSON of the record components only. The product's
 * mapper would also write derived accessors such as {@code isResolved()} as properties and then
 * refuse them as unknown when reading back, so fields are the only thing this mapper sees.
 */
final class SnapshotJson {

    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);

    private SnapshotJson() {
    }

    static String write(TicketSnapshot snapshot) {
        try {
            return MAPPER.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the snapshot of " + snapshot.issueKey(), e);
        }
    }

    static TicketSnapshot read(String json) {
        try {
            return MAPPER.readValue(json, TicketSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored workbench ticket cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
