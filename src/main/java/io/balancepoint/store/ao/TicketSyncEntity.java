package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_A20EDB_TICKET_SYNC}: which state of a ticket its stored facts were computed from,
 * so the reconcile job can find tickets that changed without an event. Written after the facts;
 * {@code FACTS_VERSION} names the facts row it describes, so a row that lost a race with another
 * node's write is recognisably stale rather than wrongly current.
 */
@Table("TicketSync")
@Preload
public interface TicketSyncEntity extends Entity {

    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    /** The ticket's last change (epoch ms) as the ticket source reported it when the facts were computed. */
    @NotNull
    long getSourceUpdatedAt();

    void setSourceUpdatedAt(long sourceUpdatedAt);

    /** The facts row version the computation wrote (or found already stored). */
    @NotNull
    long getFactsVersion();

    void setFactsVersion(long factsVersion);

    @NotNull
    long getComputedAt();

    void setComputedAt(long computedAt);

    /** The settings revision the facts were computed with. */
    @NotNull
    long getSettingsRevision();

    void setSettingsRevision(long revision);

    /** When the facts expire without any change to the ticket (end of a provisional FCR window); null when never. */
    @Indexed
    Long getRecheckAt();

    void setRecheckAt(Long recheckAt);
}
