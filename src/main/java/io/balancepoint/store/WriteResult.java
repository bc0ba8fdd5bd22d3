package io.balancepoint.store;

/**
 * What {@link TicketWriter#write} or {@link TicketWriter#writeAll} did for one ticket.
 *
 * @param version      the facts version now stored (unchanged when nothing changed)
 * @param ledger       the changes to the ticket's computed cost lines
 * @param factsChanged whether the stored facts changed (and with them, possibly, the rollups)
 * @param attempts     how many transactions it took, counting failed ones of its batch (more than 1 after a
 *                     concurrent change)
 */
public record WriteResult(long version, LedgerDiff ledger, boolean factsChanged, int attempts) {

    /** False when the write found everything already stored as given and wrote nothing. */
    public boolean changed() {
        return factsChanged || !ledger.isEmpty();
    }
}
