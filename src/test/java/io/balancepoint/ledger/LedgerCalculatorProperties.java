package io.balancepoint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LedgerCalculatorProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2025-12-01T00:00:00Z");
    private static final int SPAN_MINUTES = 200 * 24 * 60;
    private static final Map<String, Set<String>> ROLES = Map.of(
            "bob", Set.of("agents-l2", "jira-users"),
            "erin", Set.of("agents-l2", "senior"));

    @Property(tries = 500)
    void labourAndItsOverheadAreAdditiveOverWorklogs(@ForAll("worklogs") List<Worklog> part,
                                                     @ForAll("worklogs") List<Worklog> otherPart,
                                                     @ForAll("settings") CostingSettings settings) {
        List<Worklog> other = otherPart.stream()
                .map(w -> new Worklog(w.id() + 1000, w.authorKey(), w.started(), w.seconds())).toList();
        List<Worklog> union = Stream.concat(part.stream(), other.stream()).toList();

        List<CostLine> ofUnion = linesFor(union, settings);
        List<CostLine> ofParts = Stream.concat(linesFor(part, settings).stream(), linesFor(other, settings).stream()).toList();

        assertThat(ofUnion).containsExactlyInAnyOrderElementsOf(ofParts);
        assertThat(total(ofUnion)).isEqualTo(total(ofParts));
        assertThat(ofUnion).filteredOn(l -> l.category() == CostCategory.LABOUR)
                .extracting(l -> l.quantity().longValueExact())
                .containsExactlyInAnyOrderElementsOf(union.stream().map(Worklog::seconds).toList());
    }

    @Property(tries = 500)
    void theSameTicketAndSettingsAlwaysGiveEqualLinesWhateverTheInputOrder(
            @ForAll("tickets") TicketSnapshot ticket, @ForAll("manualLines") List<CostLine> manual,
            @ForAll("settings") CostingSettings settings, @ForAll Random random) {
        TicketSnapshot shuffled = new TicketSnapshot(ticket.issueId(), ticket.issueKey(), ticket.projectKey(),
                ticket.requestType(), ticket.channel(), ticket.priority(), ticket.customerKey(), ticket.organisation(),
                ticket.created(), ticket.supportTier(), shuffle(ticket.worklogs(), random),
                shuffle(ticket.comments(), random), shuffle(ticket.resolutionHistory(), random), ticket.csat(),
                Map.of("erin", new LinkedHashSet<>(shuffle(List.copyOf(ROLES.get("erin")), random)),
                        "bob", new HashSet<>(ROLES.get("bob"))));

        List<CostLine> first = LedgerCalculator.costLines(ticket, manual, settings, EUR, ZONE);
        List<CostLine> second = LedgerCalculator.costLines(shuffled, shuffle(manual, random), settings, EUR, ZONE);

        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 500)
    void noLineAndNoTotalIsNegativeForNonNegativeInputs(@ForAll("tickets") TicketSnapshot ticket,
                                                         @ForAll("manualLines") List<CostLine> manual,
                                                         @ForAll("settings") CostingSettings settings) {
        List<CostLine> lines = LedgerCalculator.costLines(ticket, manual, settings, EUR, ZONE);
        assertThat(lines).allSatisfy(l -> assertThat(l.amount().signum()).isNotNegative());
        assertThat(total(lines).signum()).isNotNegative();
    }

    @Property(tries = 500)
    void manualLinesSurviveUnchangedAndNothingElseIsManual(@ForAll("tickets") TicketSnapshot ticket,
                                                            @ForAll("manualLines") List<CostLine> manual,
                                                            @ForAll("settings") CostingSettings settings) {
        List<CostLine> lines = LedgerCalculator.costLines(ticket, manual, settings, EUR, ZONE);
        assertThat(lines).filteredOn(l -> l.sourceKey().startsWith("manual:")).containsExactlyInAnyOrderElementsOf(manual);
        assertThat(lines).filteredOn(CostLine::isManual).hasSameSizeAs(manual);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(manual.size());
    }

    @Property(tries = 500)
    void linesAreSortedByTimeThenSourceKeyAndKeysAreUnique(@ForAll("tickets") TicketSnapshot ticket,
                                                           @ForAll("settings") CostingSettings settings) {
        List<CostLine> lines = LedgerCalculator.costLines(ticket, List.of(), settings, EUR, ZONE);
        assertThat(lines).isSortedAccordingTo(
                java.util.Comparator.comparing(CostLine::occurredAt).thenComparing(CostLine::sourceKey));
        assertThat(lines).extracting(CostLine::sourceKey).doesNotHaveDuplicates();
    }

    private static List<CostLine> linesFor(List<Worklog> worklogs, CostingSettings settings) {
        TicketSnapshot t = Tickets.ticket("SD", "email", worklogs, List.of(), List.of(), ROLES);
        return LedgerCalculator.costLines(t, List.of(), settings, EUR, ZONE);
    }

    private static Money total(List<CostLine> lines) {
        return lines.stream().map(CostLine::amount).reduce(Money.zero(EUR), Money::plus);
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static Arbitrary<Instant> instants() {
        return Arbitraries.integers().between(0, SPAN_MINUTES).map(m -> START.plusSeconds(60L * m));
    }

    @Provide
    Arbitrary<List<Worklog>> worklogs() {
        Arbitrary<Worklog> worklog = Combinators.combine(
                        Arbitraries.of("alice", "bob", "carol", "dave", "erin"),
                        instants(),
                        Arbitraries.longs().between(0, 8 * 3600))
                .as((author, started, seconds) -> new Worklog(0, author, started, seconds));
        return worklog.list().ofMaxSize(8).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> new Worklog(i + 1, list.get(i).authorKey(), list.get(i).started(), list.get(i).seconds()))
                .toList());
    }

    @Provide
    Arbitrary<List<Comment>> comments() {
        Arbitrary<Comment> comment = Combinators.combine(instants(), Arbitraries.of(true, false),
                        Arbitraries.of(AuthorRole.class))
                .as((at, isPublic, role) -> new Comment(0, "someone", at, isPublic, role));
        return comment.list().ofMaxSize(8).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> new Comment(500 + i, "someone", list.get(i).created(), list.get(i).isPublic(), list.get(i).authorRole()))
                .toList());
    }

    /** Alternating resolve/reopen events at distinct times, starting with a resolve. */
    @Provide
    Arbitrary<List<ResolutionEvent>> resolutions() {
        return instants().set().ofMaxSize(3).map(times -> {
            List<Instant> sorted = times.stream().sorted().toList();
            return IntStream.range(0, sorted.size())
                    .mapToObj(i -> i % 2 == 0 ? Tickets.resolved(sorted.get(i).toString())
                            : Tickets.reopened(sorted.get(i).toString()))
                    .toList();
        });
    }

    @Provide
    Arbitrary<TicketSnapshot> tickets() {
        return Combinators.combine(
                        Arbitraries.of("SD", "HR"),
                        Arbitraries.of("email", "phone", "chat", "portal", "api", "jira", "fax").injectNull(0.1),
                        worklogs(), comments(), resolutions())
                .as((project, channel, worklogs, comments, resolutions) ->
                        Tickets.ticket(project, channel, worklogs, comments, resolutions, ROLES));
    }

    @Provide
    Arbitrary<List<CostLine>> manualLines() {
        Arbitrary<DirectCostEntry> entry = Combinators.combine(
                        Arbitraries.of(CostCategory.COMPENSATION, CostCategory.MATERIAL, CostCategory.OTHER),
                        Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500")).ofScale(2),
                        instants())
                .as((category, amount, at) -> new DirectCostEntry(category, amount, null, null, at, "note", "lead"));
        return entry.list().ofMaxSize(4).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> list.get(i).toCostLine(String.valueOf(i + 1), EUR)).toList());
    }

    /** Rich settings whose amounts vary: rate changes, roles, a tier, a project overhead rule. */
    @Provide
    Arbitrary<CostingSettings> settings() {
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(2);
        Arbitrary<BigDecimal> defaultRate = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.01"), new BigDecimal("200")).ofScale(2);
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(1);
        Arbitrary<BigDecimal> perTicket = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20")).ofScale(2);
        LocalDate jan = LocalDate.of(2026, 1, 1);
        LocalDate feb = LocalDate.of(2026, 2, 1);
        LocalDate mar = LocalDate.of(2026, 3, 1);
        return Combinators.combine(defaultRate, rate, rate, rate, rate, percent, percent, perTicket)
                .as((def, alice1, alice2, role, tier, globalUplift, projectUplift, ticketAmount) -> new CostingSettings(
                        new RateSettings(List.of(
                                new RateEntry(RateKind.DEFAULT, null, def, LocalDate.of(2025, 12, 15), null, null),
                                new RateEntry(RateKind.USER, "alice", alice1, jan, feb, null),
                                new RateEntry(RateKind.USER, "alice", alice2, feb, null, null),
                                new RateEntry(RateKind.ROLE, "agents-l2", role, jan, null, null),
                                new RateEntry(RateKind.ROLE, "senior", role, jan, null, null),
                                new RateEntry(RateKind.AGENT_TIER, "L1", tier, jan, null, null)),
                                List.of(new AgentTierAssignment("carol", "L1", LocalDate.of(2026, 1, 15), null))),
                        ChannelSettings.defaults(),
                        new OverheadSettings(List.of(
                                new OverheadRule(null, globalUplift, ticketAmount, LocalDate.of(2025, 12, 1), null),
                                new OverheadRule("SD", projectUplift, null, feb, mar)), List.of())));
    }
}
