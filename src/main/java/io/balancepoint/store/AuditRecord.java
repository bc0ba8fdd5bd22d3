package io.balancepoint.store;

import java.util.Objects;

/** An audit entry as stored, with the id the log gave it. */
public record AuditRecord(long id, AuditEntry entry) {

    public AuditRecord {
        Objects.requireNonNull(entry, "entry");
    }
}
