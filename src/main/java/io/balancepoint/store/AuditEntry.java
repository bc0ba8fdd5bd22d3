package io.balancepoint.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.balancepoint.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One audited admin action: who, when, what, about what, details as JSON, and the money totals
 * before and after where the action changed money.
 *
 * @param actor       the user key of who did it; null for the system (a scheduled job)
 * @param subject     what it was about: a scope ({@code global}), a project key, an issue key, a date range
 * @param details     anything else worth keeping, as a JSON object (ranges, counts, revisions)
 * @param totalBefore total cost of what the action touched before it; null when it changed no money
 * @param totalAfter  the same total after it; null when it changed no money
 */
public record AuditEntry(Instant at, String actor, AuditAction action, String subject, JsonNode details,
                         Money totalBefore, Money totalAfter) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        details = details == null ? JsonNodeFactory.instance.objectNode() : details.deepCopy();
        if (totalBefore != null && totalAfter != null && !totalBefore.currency().equals(totalAfter.currency())) {
            throw new IllegalArgumentException("totals before and after must be in one currency, not "
                    + totalBefore.currency() + " and " + totalAfter.currency());
        }
    }
}
