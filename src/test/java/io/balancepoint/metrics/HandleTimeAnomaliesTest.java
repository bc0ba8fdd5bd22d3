package io.balancepoint.metrics;

import static io.balancepoint.metrics.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.json.Json;
import io.balancepoint.time.DateRange;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleTimeAnomaliesTest {

    private static final Instant AS_OF = Instant.parse("2026-06-30T12:00:00Z");
    private static final AnomalySettings DEFAULTS = AnomalySettings.defaults();

    private static Instant daysBefore(long days) {
        return AS_OF.minus(Duration.ofDays(days));
    }

    /** Five VPN tickets of 10 minutes each, resolved over the last weeks. */
    private static List<TicketFacts> usualVpnTickets() {
        List<TicketFacts> list = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            list.add(facts("SD-" + i).requestType("VPN").resolvedAt(daysBefore(i * 7L)).labour(600).build());
        }
        return list;
    }

    private static List<TicketFacts> with(List<TicketFacts> base, TicketFacts... more) {
        List<TicketFacts> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void flagsATicketAboveKTimesTheMeanOfTheOthersOfItsRequestType() {
        TicketFacts slow = facts("SD-9").requestType("VPN").resolvedAt(daysBefore(1)).labour(3000).build();

        List<HandleTimeAnomaly> anomalies = HandleTimeAnomalies.find(with(usualVpnTickets(), slow), DEFAULTS, AS_OF);

        // baseline without the ticket itself: 5 × 600 s, mean 600; 3000 ÷ 600 = 5
        assertThat(anomalies).containsExactly(new HandleTimeAnomaly(slow.issueId(), "SD-9", "SD", "VPN", slow.resolvedAt(),
                3000, new BigDecimal("600"), 5, new BigDecimal("5")));
    }

    @Test
    void theTicketIsNotPartOfItsOwnBaseline() {
        // Counting itself, the mean would be (5 × 600 + 1300) ÷ 6 ≈ 716.7 and 1300 would not exceed 2 × that.
        TicketFacts slow = facts("SD-9").requestType("VPN").resolvedAt(daysBefore(1)).labour(1300).build();

        assertThat(HandleTimeAnomalies.find(with(usualVpnTickets(), slow), DEFAULTS, AS_OF))
                .extracting(HandleTimeAnomaly::issueKey).containsExactly("SD-9");
    }

    @Test
    void exactlyKTimesTheMeanIsNotAnAnomaly() {
        TicketFacts twice = facts("SD-9").requestType("VPN").resolvedAt(daysBefore(1)).labour(1200).build();

        assertThat(HandleTimeAnomalies.find(with(usualVpnTickets(), twice), DEFAULTS, AS_OF)).isEmpty();
    }

    @Test
    void nothingIsFlaggedBelowTheMinimumSampleSize() {
        TicketFacts slow = facts("SD-9").requestType("VPN").resolvedAt(daysBefore(1)).labour(3000).build();
        List<TicketFacts> four = usualVpnTickets().subList(0, 4);

        assertThat(HandleTimeAnomalies.find(with(four, slow), DEFAULTS, AS_OF)).isEmpty();
        AnomalySettings smallSample = new AnomalySettings(BigDecimal.valueOf(2), 90, 4);
        assertThat(HandleTimeAnomalies.find(with(four, slow), smallSample, AS_OF)).hasSize(1);
    }

    @Test
    void onlyTheTrailingWindowOfTheSameProjectAndRequestTypeIsTheBaseline() {
        TicketFacts slow = facts("SD-9").requestType("VPN").resolvedAt(daysBefore(1)).labour(3000).build();
        List<TicketFacts> elsewhere = List.of(
                facts("SD-20").requestType("VPN").resolvedAt(daysBefore(90)).labour(60).build(),   // window start: outside
                facts("SD-21").requestType("VPN").resolvedAt(AS_OF.plusSeconds(1)).labour(60).build(), // after asOf
                facts("SD-22").requestType("Printer").resolvedAt(daysBefore(3)).labour(60).build(),
                facts("OPS-1").project("OPS").requestType("VPN").resolvedAt(daysBefore(3)).labour(60).build(),
                facts("SD-23").requestType("VPN").resolvedAt(daysBefore(3)).labour(0).labourEstimated(true).build());

        List<HandleTimeAnomaly> anomalies = HandleTimeAnomalies.find(with(usualVpnTickets(), with(elsewhere, slow).toArray(TicketFacts[]::new)),
                DEFAULTS, AS_OF);

        assertThat(anomalies).singleElement().satisfies(a -> {
            assertThat(a.issueKey()).isEqualTo("SD-9");
            assertThat(a.baselineSize()).isEqualTo(5);
            assertThat(a.baselineMeanSeconds()).isEqualByComparingTo("600");
        });
    }

    @Test
    void openTicketsAlreadyPastTheThresholdAreFlaggedAndTheWorstComesFirst() {
        TicketFacts open = facts("SD-10").requestType("VPN").unresolved().labour(2400).build();
        TicketFacts resolved = facts("SD-11").requestType("VPN").resolvedAt(daysBefore(2)).labour(3000).build();
        TicketFacts notYetCreated = facts("SD-12").requestType("VPN").unresolved().created(AS_OF.plusSeconds(60)).labour(9000).build();

        List<HandleTimeAnomaly> anomalies = HandleTimeAnomalies.find(with(usualVpnTickets(), open, resolved, notYetCreated), DEFAULTS, AS_OF);

        assertThat(anomalies).extracting(HandleTimeAnomaly::issueKey).containsExactly("SD-11", "SD-10");
        // the open ticket is compared with all six resolved ones: mean (5 × 600 + 3000) ÷ 6 = 1000
        assertThat(anomalies.get(1).ratio()).isEqualByComparingTo("2.4");
        assertThat(anomalies.get(1).resolvedAt()).isNull();
    }

    @Test
    void aScanOverStreamedFactsFindsWhatFindFinds() {
        TicketFacts open = facts("SD-10").requestType("VPN").unresolved().labour(2400).build();
        TicketFacts resolved = facts("SD-11").requestType("VPN").resolvedAt(daysBefore(2)).labour(3000).build();
        TicketFacts outsideWindow = facts("SD-12").requestType("VPN").resolvedAt(daysBefore(91)).labour(9000).build();
        List<TicketFacts> all = with(usualVpnTickets(), open, resolved, outsideWindow);

        HandleTimeAnomalies.Scan scan = HandleTimeAnomalies.scan(DEFAULTS, AS_OF);
        all.forEach(scan::addToBaseline);
        List<HandleTimeAnomaly> streamed = new ArrayList<>();
        all.forEach(f -> scan.check(f).ifPresent(streamed::add));
        streamed.sort(HandleTimeAnomalies.WORST_FIRST);

        // (asOf − 90 days, asOf] as the half-open instants [start + 1 ns, asOf + 1 ns)
        assertThat(scan.window()).isEqualTo(new HandleTimeAnomalies.Window(daysBefore(90).plusNanos(1), AS_OF.plusNanos(1)));
        assertThat(scan.asOf()).isEqualTo(AS_OF);
        assertThat(streamed).isEqualTo(HandleTimeAnomalies.find(all, DEFAULTS, AS_OF))
                .extracting(HandleTimeAnomaly::issueKey).containsExactly("SD-11", "SD-10");
    }

    @Test
    void baselinesGivenSummedFlagWhatTicketsOfferedOneByOneFlag() {
        TicketFacts open = facts("SD-10").requestType("VPN").unresolved().labour(2400).build();
        TicketFacts resolved = facts("SD-11").requestType("VPN").resolvedAt(daysBefore(2)).labour(3000).build();
        TicketFacts usual = facts("SD-12").requestType("VPN").resolvedAt(daysBefore(3)).labour(700).build();
        List<TicketFacts> all = with(usualVpnTickets(), open, resolved, usual);
        HandleTimeAnomalies.Scan summed = HandleTimeAnomalies.scan(DEFAULTS, AS_OF);
        // the resolved VPN tickets with logged work: 5 × 600 + 3000 + 700 over 7 tickets
        summed.addBaseline("SD", "VPN", 6700, 7);
        summed.addBaseline("SD", "Printer", 0, 0);

        List<HandleTimeAnomaly> found = new ArrayList<>();
        all.forEach(f -> summed.check(f).ifPresent(found::add));
        found.sort(HandleTimeAnomalies.WORST_FIRST);

        assertThat(found).isEqualTo(HandleTimeAnomalies.find(all, DEFAULTS, AS_OF))
                .extracting(HandleTimeAnomaly::issueKey).containsExactly("SD-11", "SD-10");
        assertThatThrownBy(() -> summed.addBaseline("SD", "VPN", 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aComparisonSaysHowFarATicketIsFromItsBaselineFlaggedOrNot() {
        TicketFacts usual = facts("SD-9").requestType("VPN").resolvedAt(daysBefore(1)).labour(900).build();
        TicketFacts lonely = facts("SD-20").requestType("Printer").resolvedAt(daysBefore(1)).labour(900).build();
        HandleTimeAnomalies.Scan scan = HandleTimeAnomalies.scan(DEFAULTS, AS_OF);
        with(usualVpnTickets(), usual, lonely).forEach(scan::addToBaseline);

        // 900 ÷ 600 = 1.5: not past k = 2, over a baseline of the 5 others
        assertThat(scan.compare(usual)).isEqualTo(new HandleTimeComparison(900, new BigDecimal("600"), 5, new BigDecimal("1.5"), true, false));
        // alone in its request type: no baseline, so no mean, no ratio and not enough tickets
        assertThat(scan.compare(lonely)).isEqualTo(new HandleTimeComparison(900, null, 0, null, false, false));
    }

    @Test
    void theDayWindowIsTheWindowDaysEndingWithAsOfsDayInTheZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        AnomalySettings threeDays = new AnomalySettings(BigDecimal.valueOf(2), 3, 5);
        // 30 June 23:30 UTC is already 1 July in Berlin: 29 June, 30 June and 1 July
        Instant asOf = Instant.parse("2026-06-30T23:30:00Z");

        assertThat(HandleTimeAnomalies.Window.daysOf(threeDays, asOf, berlin))
                .isEqualTo(new DateRange(LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 2)));
        HandleTimeAnomalies.Window window = HandleTimeAnomalies.Window.days(threeDays, asOf, berlin);
        assertThat(window).isEqualTo(new HandleTimeAnomalies.Window(Instant.parse("2026-06-28T22:00:00Z"),
                Instant.parse("2026-07-01T22:00:00Z")));
        assertThat(window.contains(Instant.parse("2026-06-28T22:00:00Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2026-07-01T22:00:00Z"))).isFalse();
        assertThat(window.contains(null)).isFalse();
    }

    @Test
    void anEmptyListHasNoAnomalies() {
        assertThat(HandleTimeAnomalies.find(List.of(), DEFAULTS, AS_OF)).isEmpty();
    }

    @Test
    void settingsDefaultsRoundTripThroughJson() throws Exception {
        String json = Json.mapper().writeValueAsString(DEFAULTS);

        assertThat(json).isEqualTo("{\"k\":2,\"windowDays\":90,\"minimumSampleSize\":5}");
        assertThat(Json.mapper().readValue(json, AnomalySettings.class)).isEqualTo(DEFAULTS);
        Problems problems = new Problems();
        DEFAULTS.validate(problems);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void settingsReportEveryProblemAtOnce() throws Exception {
        Problems problems = new Problems();
        new AnomalySettings(new BigDecimal("0.5"), 0, 0).validate(problems);
        Problems missing = new Problems();
        Json.mapper().readValue("{\"windowDays\":3651}", AnomalySettings.class).validate(missing);

        assertThat(problems.list()).containsExactly(
                new Problem("k", "must be at least 1"),
                new Problem("windowDays", "must be between 1 and 3650"),
                new Problem("minimumSampleSize", "must be at least 1"));
        assertThat(missing.list()).containsExactly(
                new Problem("k", "is required"),
                new Problem("windowDays", "must be between 1 and 3650"),
                new Problem("minimumSampleSize", "is required"));
    }

    @Test
    void theLabourFloorIsJustBelowTheLeastFlaggableTicket() {
        // others 5 × 600 s; the ticket of 1201 s is flagged (1201 × 5 > 2 × 3000): with it the baseline is
        // 4201 s over 6, so its own threshold is 2 × 4201 / (6 − 1 + 2) ≈ 1200.3, floored to 1200
        TicketFacts slow = facts("SD-9").requestType("VPN").resolvedAt(daysBefore(1)).labour(1201).build();
        HandleTimeAnomalies.Scan scan = HandleTimeAnomalies.scan(DEFAULTS, AS_OF);
        with(usualVpnTickets(), slow).forEach(scan::addToBaseline);

        assertThat(scan.check(slow)).isPresent();
        assertThat(scan.labourFloor()).isEqualTo(1200);
    }

    @Test
    void nothingCanBeFlaggedWhenNoRequestTypeHasTheSample() {
        HandleTimeAnomalies.Scan scan = HandleTimeAnomalies.scan(DEFAULTS, AS_OF);
        usualVpnTickets().subList(0, 4).forEach(scan::addToBaseline);

        assertThat(scan.labourFloor()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void noTicketAtOrBelowTheLabourFloorIsEverFlagged() {
        java.util.Random random = new java.util.Random(20261122);
        for (int round = 0; round < 300; round++) {
            AnomalySettings settings = new AnomalySettings(
                    new BigDecimal(random.nextInt(1, 40)).movePointLeft(1), 90, random.nextInt(0, 6));
            List<TicketFacts> tickets = new ArrayList<>();
            int count = random.nextInt(1, 40);
            for (int i = 0; i < count; i++) {
                FactsBuilder ticket = facts("SD-" + (i + 1)).requestType("RT" + random.nextInt(3)).labour(random.nextInt(0, 5000));
                tickets.add((random.nextInt(4) == 0 ? ticket : ticket.resolvedAt(daysBefore(random.nextInt(0, 120)))).build());
            }
            HandleTimeAnomalies.Scan scan = HandleTimeAnomalies.scan(settings, AS_OF);
            tickets.forEach(scan::addToBaseline);
            long floor = scan.labourFloor();
            for (TicketFacts ticket : tickets) {
                if (scan.check(ticket).isPresent()) {
                    assertThat(ticket.labourSeconds()).as("round %d, %s", round, settings).isGreaterThan(floor);
                }
            }
        }
    }
}
