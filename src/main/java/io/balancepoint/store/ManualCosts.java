package io.balancepoint.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Manual direct cost lines of a ticket, each change audited with the ticket's ledger total before
 * and after, in one transaction with the ledger write: a change is never without its audit entry.
 * The ticket's facts and rollups are not touched here; the caller queues the ticket for recompute.
 */
public final class ManualCosts {

    private final AoStorage storage;
    private final LedgerStore ledger;
    private final AuditStore audit;

    public ManualCosts(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.ledger = new LedgerStore(storage);
        this.audit = new AuditStore(storage);
    }

    /** Where a manual line lives: the ticket's id, key (the audit subject) and project. */
    public record Ticket(long issueId, String issueKey, String projectKey) {
    }

    /** The ticket's total over every ledger line before and after a change. */
    public record Totals(Money before, Money after) {
    }

    /** All lines of the ticket (computed and manual), in ledger order. */
    public List<CostLine> lines(long issueId) {
        return ledger.lines(issueId);
    }

    /** Adds a manual line; its source key must be new for the ticket. */
    public Totals add(Ticket ticket, CostLine line, String actor, Instant now, Currency currency) {
        return storage.inTransaction(() -> {
            Money before = total(ticket.issueId(), currency);
            ledger.addManualLine(ticket.issueId(), ticket.projectKey(), line);
            return audited(ticket, AuditAction.MANUAL_COST_ADDED, line.sourceKey(), line, actor, now, before, currency);
        });
    }

    /** Replaces the manual line with the same source key; empty (nothing written) when there is none. */
    public Optional<Totals> update(Ticket ticket, CostLine line, String actor, Instant now, Currency currency) {
        return storage.inTransaction(() -> {
            Money before = total(ticket.issueId(), currency);
            if (!ledger.updateManualLine(ticket.issueId(), ticket.projectKey(), line)) {
                return Optional.empty();
            }
            return Optional.of(audited(ticket, AuditAction.MANUAL_COST_CHANGED, line.sourceKey(), line, actor, now, before, currency));
        });
    }

    /** Deletes the manual line; empty (nothing written) when there is none. */
    public Optional<Totals> delete(Ticket ticket, String sourceKey, String actor, Instant now, Currency currency) {
        return storage.inTransaction(() -> {
            Money before = total(ticket.issueId(), currency);
            if (!ledger.deleteManualLine(ticket.issueId(), sourceKey)) {
                return Optional.empty();
            }
            return Optional.of(audited(ticket, AuditAction.MANUAL_COST_DELETED, sourceKey, null, actor, now, before, currency));
        });
    }

    private Totals audited(Ticket ticket, AuditAction action, String sourceKey, CostLine line, String actor, Instant now,
                           Money before, Currency currency) {
        Money after = total(ticket.issueId(), currency);
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("line", sourceKey);
        if (line != null) {
            details.put("category", line.category().name());
            details.put("amount", line.amount().amount());
            details.put("occurredAt", line.occurredAt().toString());
            details.put("note", line.note());
        }
        audit.append(new AuditEntry(now, actor, action, ticket.issueKey(), details, before, after));
        return new Totals(before, after);
    }

    private Money total(long issueId, Currency currency) {
        Money total = Money.zero(currency);
        for (CostLine line : ledger.lines(issueId)) {
            total = total.plus(line.amount());
        }
        return total;
    }
}
