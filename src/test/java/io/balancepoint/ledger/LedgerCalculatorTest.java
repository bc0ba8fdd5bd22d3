package io.balancepoint.ledger;

import static io.balancepoint.ledger.Tickets.agentReply;
import static io.balancepoint.ledger.Tickets.comment;
import static io.balancepoint.ledger.Tickets.reopened;
import static io.balancepoint.ledger.Tickets.resolved;
import static io.balancepoint.ledger.Tickets.ticket;
import static io.balancepoint.ledger.Tickets.worklog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.money.Money;
import io.balancepoint.rates.AgentTierAssignment;
import io.balancepoint.rates.RateEntry;
import io.balancepoint.rates.RateKind;
import io.balancepoint.rates.RateSettings;
import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.Worklog;
import io.balancepoint.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerCalculatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    /** Default 40; alice 60 until March, 72 from March; role agents-l2 50; carol in tier L1 at 30. */
    private static final RateSettings RATES = new RateSettings(List.of(
            rate(RateKind.DEFAULT, null, "40", LocalDate.of(2000, 1, 1), null),
            rate(RateKind.USER, "alice", "60", JAN, MAR),
            rate(RateKind.USER, "alice", "72", MAR, null),
            rate(RateKind.ROLE, "agents-l2", "50", JAN, null),
            rate(RateKind.AGENT_TIER, "L1", "30", JAN, null)),
            List.of(new AgentTierAssignment("carol", "L1", JAN, null)));

    private static final CostingSettings NO_OVERHEAD =
            new CostingSettings(RATES, ChannelSettings.defaults(), OverheadSettings.defaults());

    private static final Map<String, Set<String>> ROLES = Map.of("bob", Set.of("agents-l2", "jira-users"));

    private static RateEntry rate(RateKind kind, String key, String hourly, LocalDate from, LocalDate until) {
        return new RateEntry(kind, key, new BigDecimal(hourly), from, until, null);
    }

    private static CostingSettings withOverhead(OverheadRule... rules) {
        return new CostingSettings(RATES, ChannelSettings.defaults(), new OverheadSettings(List.of(rules), List.of()));
    }

    private static OverheadRule overhead(String project, String uplift, String perTicket, LocalDate from, LocalDate until) {
        return new OverheadRule(project, uplift == null ? null : new BigDecimal(uplift),
                perTicket == null ? null : new BigDecimal(perTicket), from, until);
    }

    private static List<CostLine> lines(TicketSnapshot t, CostingSettings s) {
        return LedgerCalculator.costLines(t, List.of(), s, EUR, UTC);
    }

    private static TicketSnapshot withWorklogs(Worklog... worklogs) {
        return ticket("SD", "email", List.of(worklogs), List.of(), List.of(), ROLES);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Money total(List<CostLine> lines) {
        return lines.stream().map(CostLine::amount).reduce(Money.zero(EUR), Money::plus);
    }

    @Test
    void labourIsSecondsOver3600TimesTheAuthorsRate() {
        // 5400 s ÷ 3600 × 60 = 90.00
        Worklog w = worklog(1, "alice", "2026-02-10T09:00:00Z", 5400);
        assertThat(lines(withWorklogs(w), NO_OVERHEAD)).containsExactly(new CostLine("worklog:1", CostCategory.LABOUR,
                eur("90.00"), new BigDecimal("5400"), "s", new BigDecimal("60"), RateSource.USER, w.started(), false, null, null));
    }

    @Test
    void aRateChangeMidTicketPricesEachWorklogByTheRateOnItsStartDay() {
        // 3600 s at 60 = 60.00 on the last day of the old rate; 1800 s at 72 = 36.00 on the first day of the new one
        List<CostLine> lines = lines(withWorklogs(
                worklog(1, "alice", "2026-02-28T10:00:00Z", 3600),
                worklog(2, "alice", "2026-03-01T10:00:00Z", 1800)), NO_OVERHEAD);
        assertThat(lines).extracting(CostLine::amount).containsExactly(eur("60.00"), eur("36.00"));
        assertThat(lines).extracting(CostLine::rateApplied).containsExactly(new BigDecimal("60"), new BigDecimal("72"));
    }

    @Test
    void theStartDayIsTakenInTheInstanceTimeZone() {
        TicketSnapshot t = withWorklogs(worklog(1, "alice", "2026-02-28T23:30:00Z", 3600));
        assertThat(LedgerCalculator.costLines(t, List.of(), NO_OVERHEAD, EUR, UTC).get(0).amount()).isEqualTo(eur("60"));
        // 00:30 on 1 March in Berlin: the new rate
        assertThat(LedgerCalculator.costLines(t, List.of(), NO_OVERHEAD, EUR, ZoneId.of("Europe/Berlin")).get(0).amount())
                .isEqualTo(eur("72"));
    }

    @Test
    void eachLevelOfThePrecedenceShowsOnTheLine() {
        List<CostLine> lines = lines(withWorklogs(
                worklog(1, "alice", "2026-02-10T09:00:00Z", 3600),
                worklog(2, "bob", "2026-02-10T10:00:00Z", 3600),
                worklog(3, "carol", "2026-02-10T11:00:00Z", 3600),
                worklog(4, "dave", "2026-02-10T12:00:00Z", 3600)), NO_OVERHEAD);
        assertThat(lines).extracting(CostLine::rateSource)
                .containsExactly(RateSource.USER, RateSource.ROLE, RateSource.AGENT_TIER, RateSource.DEFAULT);
        assertThat(lines).extracting(CostLine::amount).containsExactly(eur("60"), eur("50"), eur("30"), eur("40"));
        assertThat(lines).extracting(CostLine::note)
                .containsExactly(null, "rate of role agents-l2", "rate of agent tier L1", null);
    }

    @Test
    void workWithoutAnyRateInForceIsKeptAsAnUnratedZeroLine() {
        CostingSettings lateDefault = new CostingSettings(
                new RateSettings(List.of(rate(RateKind.DEFAULT, null, "40", JAN, null)), List.of()),
                ChannelSettings.defaults(),
                new OverheadSettings(List.of(overhead(null, "10", null, LocalDate.of(2025, 1, 1), null)), List.of()));
        Worklog early = worklog(1, "dave", "2025-12-31T12:00:00Z", 7200);
        List<CostLine> lines = lines(withWorklogs(early), lateDefault);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.zero(EUR));
            assertThat(line.quantity()).isEqualByComparingTo("7200");
            assertThat(line.rateApplied()).isNull();
            assertThat(line.rateSource()).isEqualTo(RateSource.UNRATED);
            assertThat(line.note()).isEqualTo("unrated: no rate in force on 2025-12-31 for dave");
            assertThat(LedgerCalculator.isUnrated(line)).isTrue();
        });
        assertThat(LedgerCalculator.isUnrated(lines(withWorklogs(worklog(2, "dave", "2026-01-01T00:00:00Z", 60)), lateDefault).get(0)))
                .isFalse();
    }

    @Test
    void standardHandleTimeEstimatesLabourOfAResolvedTicketWithoutWorklogs() {
        // e-mail: 5 min per agent response; 3 responses × 5 min = 900 s at the default 40/h = 10.00
        Instant resolvedAt = Instant.parse("2026-02-12T16:00:00Z");
        TicketSnapshot t = ticket("SD", "email", List.of(), List.of(
                agentReply(10, "2026-02-10T09:00:00Z"),
                comment(11, "2026-02-10T10:00:00Z", true, AuthorRole.CUSTOMER),
                agentReply(12, "2026-02-11T09:00:00Z"),
                comment(13, "2026-02-11T10:00:00Z", false, AuthorRole.AGENT),
                agentReply(14, "2026-02-12T09:00:00Z")), List.of(resolved("2026-02-12T16:00:00Z")), Map.of());
        List<CostLine> lines = lines(t, NO_OVERHEAD);
        assertThat(lines).filteredOn(l -> l.category() == CostCategory.LABOUR).containsExactly(new CostLine(
                "estimate:handle-time", CostCategory.LABOUR, eur("10.00"), new BigDecimal("900"), "s", new BigDecimal("40"),
                RateSource.ESTIMATE, resolvedAt, true, "3 agent responses × 5 min standard handle time (email)", null));
        // contacts: one per agent public response at 1.15
        assertThat(lines).filteredOn(l -> l.category() == CostCategory.CONTACT).extracting(CostLine::sourceKey)
                .containsExactly("contact:comment:10", "contact:comment:12", "contact:comment:14");
        assertThat(total(lines)).isEqualTo(eur("13.45"));
    }

    @Test
    void theEstimateUsesTheDefaultRateInForceOnTheResolutionDay() {
        CostingSettings risingDefault = new CostingSettings(new RateSettings(List.of(
                rate(RateKind.DEFAULT, null, "40", JAN, MAR), rate(RateKind.DEFAULT, null, "48", MAR, null)), List.of()),
                ChannelSettings.defaults(), OverheadSettings.defaults());
        TicketSnapshot t = ticket("SD", "phone", List.of(), List.of(agentReply(1, "2026-02-27T09:00:00Z")),
                List.of(resolved("2026-03-01T08:00:00Z")), Map.of());
        // phone: 6 min × 48/h = 4.80
        assertThat(lines(t, risingDefault)).filteredOn(CostLine::estimated).singleElement().satisfies(l -> {
            assertThat(l.amount()).isEqualTo(eur("4.80"));
            assertThat(l.note()).isEqualTo("1 agent response × 6 min standard handle time (phone)");
        });
    }

    @Test
    void noEstimateWithoutResolutionWorklogAbsenceResponsesOrStandardTime() {
        List<Comment> replies = List.of(agentReply(1, "2026-02-10T09:00:00Z"));
        List<ResolutionEvent> done = List.of(resolved("2026-02-10T10:00:00Z"));
        // unresolved
        assertThat(lines(ticket("SD", "email", List.of(), replies, List.of(), Map.of()), NO_OVERHEAD))
                .noneMatch(CostLine::estimated);
        // reopened after resolution: not resolved now
        assertThat(lines(ticket("SD", "email", List.of(), replies,
                List.of(resolved("2026-02-10T10:00:00Z"), reopened("2026-02-11T10:00:00Z")), Map.of()), NO_OVERHEAD))
                .noneMatch(CostLine::estimated);
        // a worklog of zero seconds is still a worklog
        assertThat(lines(ticket("SD", "email", List.of(worklog(5, "dave", "2026-02-10T09:00:00Z", 0)), replies, done, Map.of()), NO_OVERHEAD))
                .noneMatch(CostLine::estimated)
                .anySatisfy(l -> assertThat(l.sourceKey()).isEqualTo("worklog:5"));
        // no agent public response: nobody handled it
        assertThat(lines(ticket("SD", "email", List.of(),
                List.of(comment(2, "2026-02-10T09:00:00Z", false, AuthorRole.AGENT)), done, Map.of()), NO_OVERHEAD)).isEmpty();
        // jira has no standard handle time; "fax" is unknown; null channel
        assertThat(lines(ticket("SD", "jira", List.of(), replies, done, Map.of()), NO_OVERHEAD)).isEmpty();
        assertThat(lines(ticket("SD", "fax", List.of(), replies, done, Map.of()), NO_OVERHEAD)).isEmpty();
        assertThat(lines(ticket("SD", null, List.of(), replies, done, Map.of()), NO_OVERHEAD)).isEmpty();
    }

    @Test
    void contactsArePricedByTheChannelCostOnTheCommentDay() {
        ChannelSettings chat = new ChannelSettings(List.of(new Channel("chat", "Chat", null)), List.of(
                new ChannelCost("chat", new BigDecimal("1.00"), JAN, MAR),
                new ChannelCost("chat", new BigDecimal("1.25"), MAR, null)));
        CostingSettings s = new CostingSettings(RATES, chat, OverheadSettings.defaults());
        TicketSnapshot t = ticket("SD", "chat", List.of(), List.of(
                agentReply(1, "2026-02-28T23:59:59Z"),
                agentReply(2, "2026-03-01T00:00:00Z"),
                comment(3, "2026-03-02T00:00:00Z", true, AuthorRole.OTHER),
                agentReply(4, "2025-12-31T12:00:00Z")), List.of(), Map.of());
        assertThat(lines(t, s)).containsExactly(
                new CostLine("contact:comment:1", CostCategory.CONTACT, eur("1.00"), BigDecimal.ONE, "contact",
                        new BigDecimal("1.00"), RateSource.CHANNEL, Instant.parse("2026-02-28T23:59:59Z"), false, null, null),
                new CostLine("contact:comment:2", CostCategory.CONTACT, eur("1.25"), BigDecimal.ONE, "contact",
                        new BigDecimal("1.25"), RateSource.CHANNEL, Instant.parse("2026-03-01T00:00:00Z"), false, null, null));
    }

    @Test
    void anUnknownChannelCostsNoContactsButDoesNotFail() {
        TicketSnapshot t = ticket("SD", "carrier-pigeon", List.of(worklog(1, "dave", "2026-02-10T09:00:00Z", 3600)),
                List.of(agentReply(2, "2026-02-10T10:00:00Z")), List.of(), Map.of());
        assertThat(lines(t, NO_OVERHEAD)).extracting(CostLine::sourceKey).containsExactly("worklog:1");
    }

    @Test
    void upliftIsAPercentOfEachLabourLineAndPerTicketOverheadComesAtResolution() {
        // 15 % of 90.00 = 13.50; 5.00 per resolved ticket
        CostingSettings s = withOverhead(overhead(null, "15", "5.00", JAN, null));
        Worklog w = worklog(1, "alice", "2026-02-10T09:00:00Z", 5400);
        Instant resolvedAt = Instant.parse("2026-02-11T09:00:00Z");
        TicketSnapshot t = ticket("SD", "jira", List.of(w), List.of(), List.of(resolved("2026-02-11T09:00:00Z")), Map.of());
        List<CostLine> lines = lines(t, s);
        assertThat(lines).containsExactly(
                new CostLine("overhead:uplift:worklog:1", CostCategory.OVERHEAD, eur("13.50"), new BigDecimal("90"), "EUR",
                        new BigDecimal("15"), RateSource.OVERHEAD, w.started(), false,
                        "15 % uplift on worklog:1 (all projects)", null),
                new CostLine("worklog:1", CostCategory.LABOUR, eur("90"), new BigDecimal("5400"), "s",
                        new BigDecimal("60"), RateSource.USER, w.started(), false, null, null),
                new CostLine("overhead:ticket", CostCategory.OVERHEAD, eur("5.00"), BigDecimal.ONE, "ticket",
                        new BigDecimal("5.00"), RateSource.OVERHEAD, resolvedAt, false,
                        "per resolved ticket (all projects)", null));
        assertThat(total(lines)).isEqualTo(eur("108.50"));
    }

    @Test
    void perTicketOverheadOnlyWhileResolved() {
        CostingSettings s = withOverhead(overhead(null, null, "5.00", JAN, null));
        Worklog w = worklog(1, "alice", "2026-02-10T09:00:00Z", 3600);
        assertThat(lines(ticket("SD", "jira", List.of(w), List.of(), List.of(), Map.of()), s))
                .noneMatch(l -> l.category() == CostCategory.OVERHEAD);
        assertThat(lines(ticket("SD", "jira", List.of(w), List.of(),
                List.of(resolved("2026-02-11T09:00:00Z"), reopened("2026-02-12T09:00:00Z")), Map.of()), s))
                .noneMatch(l -> l.category() == CostCategory.OVERHEAD);
        // resolved again: one line, at the latest resolution
        assertThat(lines(ticket("SD", "jira", List.of(w), List.of(), List.of(resolved("2026-02-11T09:00:00Z"),
                reopened("2026-02-12T09:00:00Z"), resolved("2026-02-13T09:00:00Z")), Map.of()), s))
                .filteredOn(l -> l.category() == CostCategory.OVERHEAD).singleElement()
                .extracting(CostLine::occurredAt).isEqualTo(Instant.parse("2026-02-13T09:00:00Z"));
    }

    @Test
    void aProjectRuleBeatsTheAllProjectsRuleInForceThatDay() {
        CostingSettings s = withOverhead(
                overhead(null, "10", "5", JAN, null),
                overhead("SD", "20", null, LocalDate.of(2026, 2, 1), MAR));
        // each worklog is 1 h at the default 40.00: global 10 % = 4.00, SD 20 % = 8.00
        Worklog dayBefore = worklog(1, "dave", "2026-01-31T09:00:00Z", 3600);
        Worklog firstDay = worklog(2, "dave", "2026-02-01T09:00:00Z", 3600);
        Worklog lastDay = worklog(3, "dave", "2026-02-28T09:00:00Z", 3600);
        Worklog dayAfter = worklog(4, "dave", "2026-03-01T09:00:00Z", 3600);
        List<Worklog> worklogs = List.of(dayBefore, firstDay, lastDay, dayAfter);
        List<ResolutionEvent> resolvedOnLastDay = List.of(resolved("2026-02-28T18:00:00Z"));
        List<CostLine> sd = lines(ticket("SD", "jira", worklogs, List.of(), resolvedOnLastDay, Map.of()), s);
        assertThat(sd).filteredOn(l -> l.category() == CostCategory.OVERHEAD)
                .extracting(CostLine::sourceKey, CostLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("overhead:uplift:worklog:1", eur("4.00")),
                        org.assertj.core.groups.Tuple.tuple("overhead:uplift:worklog:2", eur("8.00")),
                        org.assertj.core.groups.Tuple.tuple("overhead:uplift:worklog:3", eur("8.00")),
                        org.assertj.core.groups.Tuple.tuple("overhead:uplift:worklog:4", eur("4.00")));
        // the SD rule has no per-ticket amount and replaces the global rule entirely that day
        assertThat(sd).noneMatch(l -> l.sourceKey().equals("overhead:ticket"));
        assertThat(sd).filteredOn(l -> l.sourceKey().equals("overhead:uplift:worklog:2")).singleElement()
                .extracting(CostLine::note).isEqualTo("20 % uplift on worklog:2 (project SD)");
        // another project keeps the global rule
        List<CostLine> hr = lines(ticket("HR", "jira", worklogs, List.of(), resolvedOnLastDay, Map.of()), s);
        assertThat(hr).filteredOn(l -> l.category() == CostCategory.OVERHEAD).extracting(CostLine::amount)
                .containsExactly(eur("4.00"), eur("4.00"), eur("4.00"), eur("5"), eur("4.00"));
    }

    @Test
    void estimatedLabourIsUpliftedAndTheUpliftIsEstimatedToo() {
        CostingSettings s = withOverhead(overhead(null, "10", null, JAN, null));
        TicketSnapshot t = ticket("SD", "email", List.of(), List.of(agentReply(1, "2026-02-10T09:00:00Z")),
                List.of(resolved("2026-02-10T10:00:00Z")), Map.of());
        // 5 min at 40/h = 3.333…; 10 % of it
        CostLine uplift = lines(t, s).stream().filter(l -> l.sourceKey().equals("overhead:uplift:estimate:handle-time"))
                .findFirst().orElseThrow();
        assertThat(uplift.estimated()).isTrue();
        assertThat(uplift.amount().rounded()).isEqualByComparingTo("0.33");
    }

    @Test
    void workedExampleOfAWholeTicket() {
        // alice 5400 s × 60 = 90.00; bob (role agents-l2) 1800 s × 50 = 25.00
        // 2 e-mail contacts × 1.15 = 2.30; overhead 10 % × 115.00 = 11.50 + 5.00 per resolved ticket
        // compensation 20.00 entered by hand  => 90 + 25 + 2.30 + 16.50 + 20 = 153.80
        CostingSettings s = withOverhead(overhead(null, "10", "5.00", JAN, null));
        TicketSnapshot t = ticket("SD", "email",
                List.of(worklog(1, "alice", "2026-02-10T09:00:00Z", 5400), worklog(2, "bob", "2026-02-10T11:00:00Z", 1800)),
                List.of(agentReply(3, "2026-02-10T10:30:00Z"), agentReply(4, "2026-02-10T11:30:00Z")),
                List.of(resolved("2026-02-10T12:00:00Z")), ROLES);
        CostLine refund = new DirectCostEntry(CostCategory.COMPENSATION, new BigDecimal("20.00"), null, null,
                Instant.parse("2026-02-10T12:30:00Z"), "goodwill", "lead").toCostLine("1", EUR);
        List<CostLine> lines = LedgerCalculator.costLines(t, List.of(refund), s, EUR, UTC);
        assertThat(total(lines)).isEqualTo(eur("153.80"));
        assertThat(lines).extracting(CostLine::sourceKey).containsExactly(
                "overhead:uplift:worklog:1", "worklog:1", "contact:comment:3",
                "overhead:uplift:worklog:2", "worklog:2", "contact:comment:4", "overhead:ticket", "manual:1");
    }

    @Test
    void manualLinesPassThroughUnchanged() {
        CostLine manual = new CostLine("manual:7", CostCategory.MATERIAL, eur("12.34"), BigDecimal.ONE, "item", null,
                RateSource.MANUAL, Instant.parse("2026-02-10T08:00:00Z"), false, "cable", "bob");
        List<CostLine> lines = LedgerCalculator.costLines(withWorklogs(worklog(1, "dave", "2026-02-10T09:00:00Z", 60)),
                List.of(manual), NO_OVERHEAD, EUR, UTC);
        assertThat(lines.get(0)).isSameAs(manual);
        assertThat(LedgerCalculator.costLines(withWorklogs(), null, NO_OVERHEAD, EUR, UTC)).isEmpty();
    }

    @Test
    void refusesLinesThatAreNotManualOrInAnotherCurrencyOrCollideByKey() {
        CostLine notManual = new CostLine("worklog:1", CostCategory.OTHER, eur("1"), BigDecimal.ONE, "item", null,
                RateSource.MANUAL, Instant.parse("2026-02-10T08:00:00Z"), false, "x", "bob");
        assertThatThrownBy(() -> LedgerCalculator.costLines(withWorklogs(), List.of(notManual), NO_OVERHEAD, EUR, UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with 'manual:'");
        CostLine dollars = new CostLine("manual:1", CostCategory.OTHER, Money.of("1", "USD"), BigDecimal.ONE, "item", null,
                RateSource.MANUAL, Instant.parse("2026-02-10T08:00:00Z"), false, "x", "bob");
        assertThatThrownBy(() -> LedgerCalculator.costLines(withWorklogs(), List.of(dollars), NO_OVERHEAD, EUR, UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD");
        TicketSnapshot duplicateIds = withWorklogs(worklog(1, "dave", "2026-02-10T09:00:00Z", 60),
                worklog(1, "dave", "2026-02-11T09:00:00Z", 60));
        assertThatThrownBy(() -> lines(duplicateIds, NO_OVERHEAD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("worklog:1");
    }

    @Test
    void linesAreOrderedByTimeThenSourceKey() {
        TicketSnapshot t = ticket("SD", "email",
                List.of(worklog(9, "dave", "2026-02-10T09:00:00Z", 60), worklog(10, "dave", "2026-02-10T09:00:00Z", 60)),
                List.of(agentReply(5, "2026-02-10T09:00:00Z"), agentReply(4, "2026-02-10T08:00:00Z")), List.of(), Map.of());
        assertThat(lines(t, NO_OVERHEAD)).extracting(CostLine::sourceKey)
                .containsExactly("contact:comment:4", "contact:comment:5", "worklog:10", "worklog:9");
    }

    @Test
    void refusesInvalidSettings() {
        CostingSettings invalid = new CostingSettings(new RateSettings(List.of(), List.of()), null, OverheadSettings.defaults());
        assertThatThrownBy(() -> new LedgerCalculator(invalid, EUR, UTC))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(io.balancepoint.validation.Problem::field).containsExactly("rates.entries", "channels"));
    }
}
