package io.balancepoint.rest.jobs;

import io.balancepoint.store.AuditRecord;
import java.util.List;

/** One page of the audit log, newest first; {@code total} is the number of entries. */
public record AuditPage(int offset, int limit, int total, List<AuditRecord> entries) {
}
