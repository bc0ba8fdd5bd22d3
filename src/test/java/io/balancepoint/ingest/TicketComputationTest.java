package io.balancepoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ingest.TicketComputation.ComputedTicket;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.OverheadRule;
import io.balancepoint.ledger.OverheadSettings;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.metrics.FactAggregation;
import io.balancepoint.metrics.FactMeasures;
import io.balancepoint.metrics.DimensionFilter;
import io.balancepoint.metrics.PeriodMetrics;
import io.balancepoint.money.Money;
import io.balancepoint.rates.RateEntry;
import io.balancepoint.rates.RateKind;
import io.balancepoint.rates.RateSettings;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.settings.SettingsValidator;
import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.CsatRating;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.Worklog;
import io.balancepoint.time.Granularity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One ticket through every rule: ledger, FCR, facts and period metrics, with figures worked by hand. */
class TicketComputationTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    private static SettingsDocument settings() {
        SettingsDocument d = SettingsDocument.defaults();
        RateSettings rates = new RateSettings(List.of(
                new RateEntry(RateKind.DEFAULT, null, new BigDecimal("40"), FROM, null, null),
                new RateEntry(RateKind.USER, "alice", new BigDecimal("60"), FROM, null, null)), List.of());
        OverheadSettings overhead = new OverheadSettings(
                List.of(new OverheadRule(null, new BigDecimal("15"), null, FROM, null)), List.of());
        SettingsDocument s = new SettingsDocument(d.schemaVersion(), "EUR", d.workingTime(), rates, d.channels(), overhead,
                d.fcr(), d.anomalies(), d.tiering(), d.routing(), d.roi(), d.budgets(), d.visibility());
        assertThat(SettingsValidator.problems(s)).isEmpty();
        return s;
    }

    private static TicketSnapshot ticket(long id, String resolution, Instant resolvedAt) {
        Instant created = Instant.parse("2026-03-02T09:00:00Z");
        return new TicketSnapshot(id, "SUP-" + id, "SUP", "Get help", "email", "Medium", "carol", "Acme",
                created, "L1",
                List.of(new Worklog(10 * id, "alice", Instant.parse("2026-03-02T10:00:00Z"), 5400)),
                List.of(new Comment(100 * id, "carol", created.plusSeconds(60), true, AuthorRole.CUSTOMER),
                        new Comment(100 * id + 1, "alice", Instant.parse("2026-03-02T11:30:00Z"), true, AuthorRole.AGENT),
                        new Comment(100 * id + 2, "alice", Instant.parse("2026-03-02T11:31:00Z"), false, AuthorRole.AGENT)),
                List.of(ResolutionEvent.resolved(resolvedAt, resolution, "alice")),
                new CsatRating(5, resolvedAt.plusSeconds(3600)),
                Map.of("alice", Set.of("service-desk-agents")));
    }

    @Test
    void aTicketIsCostedAndJudgedEndToEnd() {
        TicketComputation computation = new TicketComputation(settings());
        Instant resolvedAt = Instant.parse("2026-03-02T12:00:00Z");
        CostLine refund = new CostLine("manual:1", CostCategory.COMPENSATION, Money.of("20.00", "EUR"),
                BigDecimal.ONE, "item", null, RateSource.MANUAL, resolvedAt, false, "goodwill refund", "bob");

        ComputedTicket during = computation.compute(ticket(1, "Done", resolvedAt), List.of(refund), "Gold",
                resolvedAt.plusSeconds(86_400));

        // Labour 5400 s × 60/h = 90.00; uplift 15 % = 13.50; one e-mail contact 1.15 (default); refund 20.00.
        assertThat(during.lines()).extracting(CostLine::sourceKey).containsExactlyInAnyOrder(
                "worklog:10", "overhead:uplift:worklog:10", "contact:comment:101", "manual:1");
        TicketFacts facts = during.facts();
        assertThat(facts.costByCategory().get(CostCategory.LABOUR)).isEqualTo(Money.of("90", "EUR"));
        assertThat(facts.costByCategory().get(CostCategory.OVERHEAD)).isEqualTo(Money.of("13.50", "EUR"));
        assertThat(facts.costByCategory().get(CostCategory.CONTACT)).isEqualTo(Money.of("1.15", "EUR"));
        assertThat(facts.totalCost()).isEqualTo(Money.of("124.65", "EUR"));
        assertThat(facts.labourSeconds()).isEqualTo(5400);
        assertThat(facts.agentContacts()).as("the internal note is no contact").isEqualTo(1);
        assertThat(facts.customerFollowUps()).as("the opening comment is no follow-up").isZero();
        assertThat(facts.customerTier()).isEqualTo("Gold");
        assertThat(facts.fcrStatus()).isEqualTo(FcrStatus.PROVISIONAL);

        ComputedTicket after = computation.compute(ticket(1, "Done", resolvedAt), List.of(refund), "Gold",
                resolvedAt.plusSeconds(8 * 86_400));
        assertThat(after.facts().fcrStatus()).as("the 7-day reopen window has closed").isEqualTo(FcrStatus.FCR);
        assertThat(after.lines()).isEqualTo(during.lines());
    }

    @Test
    void aDuplicateCostsButDoesNotCountAsAResolution() {
        TicketComputation computation = new TicketComputation(settings());
        Instant resolvedAt = Instant.parse("2026-03-02T12:00:00Z");
        Instant now = Instant.parse("2026-04-01T00:00:00Z");
        TicketFacts real = computation.compute(ticket(1, "Done", resolvedAt), List.of(), null, now).facts();
        TicketFacts duplicate = computation.compute(ticket(2, "Duplicate", resolvedAt), List.of(), null, now).facts();
        assertThat(duplicate.fcrStatus()).isEqualTo(FcrStatus.NOT_APPLICABLE);

        FactAggregation aggregation = new FactAggregation(EUR, settings().workingTime().zone(), DimensionFilter.all());
        FactMeasures march = aggregation.byPeriod(List.of(real, duplicate), Granularity.MONTH).firstEntry().getValue();
        PeriodMetrics metrics = PeriodMetrics.of(march, Money.of("100", "EUR"));
        // Each ticket: 90 + 13.50 + 1.15 = 104.65; two tickets, one real resolution.
        assertThat(metrics.costPerResolution()).isEqualTo(Money.of("209.30", "EUR"));
        assertThat(metrics.fullyLoadedCostPerResolution()).isEqualTo(Money.of("309.30", "EUR"));
        assertThat(metrics.fcrRate()).isEqualByComparingTo("1");
    }
}
