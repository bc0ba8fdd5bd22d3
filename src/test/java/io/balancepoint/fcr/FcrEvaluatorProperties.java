package io.balancepoint.fcr;

import static io.balancepoint.fcr.TicketBuilder.minute;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.time.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;

class FcrEvaluatorProperties {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard(ZoneId.of("Europe/Berlin"));
    private final FcrEvaluator evaluator = new FcrEvaluator();

    /** A random ticket history, rebuilt fresh each time so a property can add one more event. */
    record Scenario(String channel, List<Integer> agentReplies, List<Integer> customerComments,
                    List<Integer> workSeconds, List<Integer> resolutionGaps, String resolution,
                    FcrSettings settings, int nowAfterLastMinutes) {

        TicketBuilder builder() {
            TicketBuilder b = TicketBuilder.ticket("SD-1").channel(channel);
            agentReplies.forEach(m -> b.agentReply(minute(m)));
            customerComments.forEach(m -> b.customerComment(minute(m)));
            for (int i = 0; i < workSeconds.size(); i++) {
                b.work(minute(i * 10L), workSeconds.get(i));
            }
            int at = 0; // resolve, reopen, resolve, …: an odd number of events ends resolved
            for (int i = 0; i < resolutionGaps.size(); i++) {
                at += resolutionGaps.get(i);
                boolean last = i == resolutionGaps.size() - 1;
                if (i % 2 == 0) {
                    b.resolved(minute(at), last ? resolution : "Done");
                } else {
                    b.reopened(minute(at));
                }
            }
            return b;
        }

        Instant now() {
            int lastEvent = resolutionGaps.stream().mapToInt(Integer::intValue).sum();
            return minute(lastEvent + (long) nowAfterLastMinutes);
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Integer>> offsets = Arbitraries.integers().between(1, 30 * 24 * 60).list().ofMaxSize(3);
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(1, 15 * 24 * 60).list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<FcrSettings> settings = Combinators.combine(
                        Arbitraries.of(FcrPolicy.class), Arbitraries.integers().between(0, 10))
                .as((policy, window) -> new FcrSettings(policy, false, List.of(),
                        FcrSettings.defaults().excludedResolutions(), window, List.of("email", "portal")));
        return Combinators.combine(
                        Arbitraries.of("email", "phone", "portal"),
                        offsets, offsets,
                        Arbitraries.of(0, 600, 3600).list().ofMaxSize(2),
                        gaps,
                        Arbitraries.of("Done", "Fixed", "Duplicate"),
                        settings,
                        Arbitraries.integers().between(0, 20 * 24 * 60))
                .as((channel, agent, customer, work, history, resolution, s, nowAfter) ->
                        new Scenario(channel, agent, customer, work, history, resolution, s, nowAfter));
    }

    @Property
    void aCustomerFollowUpBeforeResolutionNeverMakesATicketFirstContact(
            @ForAll("scenarios") Scenario s, @ForAll @DoubleRange(min = 0, max = 1) double position) {
        TicketSnapshot before = s.builder().build();
        FcrResult without = evaluator.evaluate(before, s.settings(), CALENDAR, s.now());
        Statistics.collect(without.status());
        if (!before.isResolved()) {
            assertThat(without.status()).isEqualTo(FcrStatus.OPEN);
            return;
        }
        long span = Duration.between(before.created(), before.resolvedAt().orElseThrow()).toSeconds();
        Instant commentAt = before.created().plusSeconds(Math.round(span * position));
        FcrResult with = evaluator.evaluate(s.builder().customerComment(commentAt).build(), s.settings(), CALENDAR, s.now());

        if (without.status() == FcrStatus.NOT_FCR) {
            assertThat(with.status()).isEqualTo(FcrStatus.NOT_FCR);
        }
        if (with.status().countsAsFcr()) {
            assertThat(without.status()).isEqualTo(with.status());
        }
        assertThat(with.status().isApplicable()).isEqualTo(without.status().isApplicable());
    }

    @Property
    void internalCommentsNeverChangeTheVerdict(@ForAll("scenarios") Scenario s, @ForAll @DoubleRange(min = 0, max = 1) double position) {
        FcrResult without = evaluator.evaluate(s.builder().build(), s.settings(), CALENDAR, s.now());
        Instant noteAt = minute(Math.round(position * 60 * 24 * 60));
        FcrResult with = evaluator.evaluate(s.builder().internalNote(noteAt).build(), s.settings(), CALENDAR, s.now());

        assertThat(with).isEqualTo(without);
    }

    @Property
    void provisionalExactlyWhileTheLatestWindowIsOpen(@ForAll("scenarios") Scenario s) {
        TicketSnapshot t = s.builder().build();
        FcrResult r = evaluator.evaluate(t, s.settings(), CALENDAR, s.now());

        assertThat(r.status() == FcrStatus.OPEN).isEqualTo(!t.isResolved());
        if (r.status() == FcrStatus.PROVISIONAL) {
            assertThat(r.provisionalUntil()).isAfter(s.now())
                    .isEqualTo(t.resolvedAt().orElseThrow().plus(Duration.ofDays(s.settings().reopenWindowDays())));
        }
        if (r.status() == FcrStatus.FCR) {
            FcrResult earlier = evaluator.evaluate(t, s.settings(), CALENDAR, t.resolvedAt().orElseThrow());
            assertThat(earlier.status()).isIn(FcrStatus.PROVISIONAL, FcrStatus.FCR);
        }
    }
}
