package io.balancepoint.ingest;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.facts.TicketFactsCalculator;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.LedgerCalculator;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.time.WorkingCalendar;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The one pure step of every recompute: snapshot + settings in force → the ticket's cost lines
 * and facts. Built once per settings revision and reused for every ticket (the rate card and
 * calendars are prepared up front).
 */
public final class TicketComputation {

    /** A ticket's lines and facts, computed together so they always agree. */
    public record ComputedTicket(List<CostLine> lines, TicketFacts facts) {
    }

    private final SettingsDocument settings;
    private final LedgerCalculator ledger;
    private final TicketFactsCalculator factsCalculator = new TicketFactsCalculator();
    private final WorkingCalendar calendar;
    private final Currency currency;

    /** @param settings a validated document (see {@code SettingsCodec}) */
    public TicketComputation(SettingsDocument settings) {
        this.settings = settings;
        this.currency = settings.currency();
        this.calendar = settings.workingTime().calendar();
        this.ledger = new LedgerCalculator(settings.costing(), currency, calendar.zone());
    }

    /**
     * @param manualLines  the ticket's direct lines as stored (kept as given)
     * @param customerTier the tier decided for the ticket's customer; null when none
     * @param now          the moment of computation (decides provisional FCR)
     */
    public ComputedTicket compute(TicketSnapshot ticket, List<CostLine> manualLines, String customerTier, Instant now) {
        List<CostLine> lines = ledger.costLines(ticket, manualLines);
        TicketFacts facts = factsCalculator.facts(ticket, lines, customerTier, settings.fcr(), calendar, currency, now);
        return new ComputedTicket(lines, facts);
    }
}
