package io.balancepoint.workbench.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.workbench.tickets.DeskTicket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The sample desk is deterministic and lands in the proportions its documentation promises. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDeskTest {

    private static final LocalDate END = LocalDate.of(2026, 2, 28);
    private final List<DeskTicket> tickets = new ArrayList<>();

    @BeforeAll
    void generate() {
        new SampleDesk(new SampleDesk.Options(7, 6_000, END)).tickets(1_000, tickets::addAll);
    }

    @Test
    void theSameOptionsGiveTheSameTicketsAndOtherSeedsOthers() {
        List<DeskTicket> again = new ArrayList<>();
        new SampleDesk(new SampleDesk.Options(7, 6_000, END)).tickets(333, again::addAll);
        assertThat(again).isEqualTo(tickets);

        List<DeskTicket> other = new ArrayList<>();
        new SampleDesk(new SampleDesk.Options(8, 6_000, END)).tickets(1_000, other::addAll);
        assertThat(other).isNotEqualTo(tickets);
    }

    @Test
    void twelveMonthsOfThreeProjectsWithUniqueIdsAndKeys() {
        ZoneId zone = SampleDesk.ZONE;
        assertThat(tickets).hasSize(6_000);
        assertThat(snapshots().map(TicketSnapshot::issueKey).distinct().count()).isEqualTo(6_000);
        assertThat(snapshots().map(s -> s.created().atZone(zone).toLocalDate()).min(LocalDate::compareTo)).hasValueSatisfying(
                first -> assertThat(first).isBetween(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 4)));
        assertThat(snapshots().map(s -> s.created().atZone(zone).toLocalDate()).max(LocalDate::compareTo)).hasValue(END);
        assertThat(tickets).allSatisfy(t -> assertThat(t.ticket().updated()).isBefore(END.plusDays(1).atStartOfDay(zone).toInstant()));
        Map<String, Long> byProject = count(TicketSnapshot::projectKey);
        assertThat(byProject.keySet()).containsExactlyInAnyOrder("SUP", "ITHELP", "BILL");
        assertThat(share(byProject.get("SUP"))).isBetween(0.50, 0.60);
        assertThat(count(TicketSnapshot::channel).keySet()).contains("email", "portal", "phone", "chat", "api");
        assertThat(count(TicketSnapshot::supportTier).keySet()).containsExactlyInAnyOrder("L1", "L2", "L3");
    }

    @Test
    void proportionsLandOnTheBenchmarks() {
        List<TicketSnapshot> resolved = snapshots().filter(TicketSnapshot::isResolved).toList();
        assertThat(resolved.size() / 6_000.0).as("resolved").isBetween(0.95, 0.995);
        long oneTouch = resolved.stream().filter(s -> s.agentPublicResponses().size() == 1).count();
        assertThat(oneTouch / (double) resolved.size()).as("one agent reply (FCR 70-79 %% is 'good', MetricNet mean 74 %%)")
                .isBetween(0.62, 0.78);
        long reopened = resolved.stream().filter(s -> s.reopenCount() > 0).count();
        assertThat(reopened / (double) resolved.size()).as("reopened").isBetween(0.04, 0.08);
        List<Integer> ratings = resolved.stream().filter(s -> s.csat() != null).map(s -> s.csat().rating()).toList();
        assertThat(ratings.size() / (double) resolved.size()).as("rated").isBetween(0.25, 0.35);
        double meanRating = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(meanRating).as("CSAT mean within the 3.5-4.5 band").isBetween(3.7, 4.4);
        long internalNotes = snapshots().filter(s -> s.comments().stream().anyMatch(c -> !c.isPublic())).count();
        assertThat(internalNotes / 6_000.0).as("tickets with an internal note").isBetween(0.05, 0.3);
        long withoutWorklog = snapshots().filter(s -> s.worklogs().isEmpty()).count();
        assertThat(withoutWorklog / 6_000.0).as("tickets with no worklog (standard handle time stands in)").isBetween(0.05, 0.2);
        assertThat(snapshots().flatMap(s -> s.comments().stream()).filter(c -> c.authorRole() == AuthorRole.AGENT)
                .map(Comment::authorKey).distinct().count()).isEqualTo(DemoPeople.AGENTS.size());
    }

    @Test
    void customersAreSpreadFromOneOffToRegulars() {
        Map<String, Long> byCustomer = count(TicketSnapshot::customerKey);
        List<Long> volumes = byCustomer.values().stream().sorted().toList();
        assertThat(volumes.get(0)).isLessThanOrEqualTo(2);
        assertThat(volumes.get(volumes.size() - 1)).as("the busiest customer").isGreaterThan(40);
        assertThat(new SampleDesk(new SampleDesk.Options(7, 6_000, END)).organisations())
                .extracting(o -> o.attributeValue().intValue())
                .satisfies(values -> assertThat(values.stream().mapToInt(Integer::intValue).max().orElseThrow())
                        .isGreaterThan(10 * values.stream().mapToInt(Integer::intValue).min().orElseThrow()));
    }

    @Test
    void theSettingsAreValidAndRateEveryAgent() {
        var settings = new SampleDesk(new SampleDesk.Options(7, 6_000, END)).settings().orElseThrow();
        assertThat(settings.rates().agentTiers()).hasSize(DemoPeople.AGENTS.size());
        assertThat(settings.budgets().projects()).isNotEmpty();
    }

    private java.util.stream.Stream<TicketSnapshot> snapshots() {
        return tickets.stream().map(t -> t.ticket().snapshot());
    }

    private Map<String, Long> count(Function<TicketSnapshot, String> key) {
        return snapshots().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static double share(long count) {
        return count / 6_000.0;
    }
}
