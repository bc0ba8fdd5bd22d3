package io.balancepoint.fcr;

import static io.balancepoint.fcr.TicketBuilder.day;
import static io.balancepoint.fcr.TicketBuilder.minute;
import static io.balancepoint.fcr.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.time.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FcrEvaluatorTest {

    private static final WorkingCalendar UTC = WorkingCalendar.standard(ZoneId.of("UTC"));
    private static final FcrSettings DEFAULTS = FcrSettings.defaults();
    /** Resolution time of most tickets below: 2026-03-02 10:00 UTC, so the default window closes 2026-03-09 10:00. */
    private static final Instant RESOLVED = minute(60);
    private static final Instant WINDOW_END = RESOLVED.plus(Duration.ofDays(7));

    private final FcrEvaluator evaluator = new FcrEvaluator();

    private FcrResult evaluate(TicketSnapshot t, FcrSettings s, Instant now) {
        return evaluator.evaluate(t, s, UTC, now);
    }

    private static TicketBuilder oneReplyThenResolved() {
        return ticket("SD-1").agentReply(minute(30)).resolved(RESOLVED, "Done");
    }

    private static FcrSettings withPolicy(FcrPolicy policy) {
        FcrSettings d = DEFAULTS;
        return new FcrSettings(policy, d.net(), d.notFirstLevelRequestTypes(), d.excludedResolutions(),
                d.reopenWindowDays(), d.businessHourChannels());
    }

    @Nested
    class OneTouch {

        @Test
        void oneAgentReplyThenResolvedIsProvisionalWhileTheWindowIsOpenThenFcr() {
            TicketSnapshot t = oneReplyThenResolved().build();

            FcrResult during = evaluate(t, DEFAULTS, day(3));
            assertThat(during.status()).isEqualTo(FcrStatus.PROVISIONAL);
            assertThat(during.reason()).isEqualTo(
                    "Resolved after 1 agent reply, no customer follow-up; reopen window open until 2026-03-09 10:00");
            assertThat(during.provisionalUntil()).isEqualTo(WINDOW_END);

            assertThat(evaluate(t, DEFAULTS, WINDOW_END.minusSeconds(1)).status()).isEqualTo(FcrStatus.PROVISIONAL);
            FcrResult after = evaluate(t, DEFAULTS, WINDOW_END);
            assertThat(after.status()).isEqualTo(FcrStatus.FCR);
            assertThat(after.reason()).isEqualTo(
                    "Resolved after 1 agent reply, no customer follow-up; reopen window closed 2026-03-09 10:00");
            assertThat(after.provisionalUntil()).isNull();
        }

        @Test
        void aCustomerFollowUpBetweenTheReplyAndTheResolutionIsNotFcr() {
            TicketSnapshot t = ticket("SD-2").agentReply(minute(30)).customerComment(minute(40))
                    .resolved(RESOLVED, "Done").build();

            FcrResult r = evaluate(t, DEFAULTS, day(30));
            assertThat(r.status()).isEqualTo(FcrStatus.NOT_FCR);
            assertThat(r.reason()).isEqualTo("Not first contact: 1 customer follow-up after the first reply");
        }

        @Test
        void aCustomerCommentAtTheMomentOfResolutionStillCountsAsAFollowUp() {
            TicketSnapshot t = ticket("SD-2").agentReply(minute(30)).customerComment(RESOLVED)
                    .resolved(RESOLVED, "Done").build();

            assertThat(evaluate(t, DEFAULTS, day(30)).status()).isEqualTo(FcrStatus.NOT_FCR);
        }

        @Test
        void aThanksAfterTheResolutionDoesNotCount() {
            TicketSnapshot t = oneReplyThenResolved().customerComment(minute(90)).build();

            assertThat(evaluate(t, DEFAULTS, day(1)).status()).isEqualTo(FcrStatus.PROVISIONAL);
            assertThat(evaluate(t, DEFAULTS, day(30)).status()).isEqualTo(FcrStatus.FCR);
        }

        @Test
        void customerCommentsBeforeTheFirstAgentReplyDoNotCount() {
            TicketSnapshot t = ticket("SD-3").customerComment(minute(5)).customerComment(minute(10))
                    .agentReply(minute(30)).resolved(RESOLVED, "Done").build();

            assertThat(evaluate(t, DEFAULTS, day(30)).status()).isEqualTo(FcrStatus.FCR);
        }

        @Test
        void internalCommentsAndAutomationNeverCount() {
            TicketSnapshot t = oneReplyThenResolved()
                    .internalNote(minute(10)).internalNote(minute(45))
                    .comment(minute(50), false, AuthorRole.CUSTOMER, "cust-1")
                    .automationComment(minute(35)).automationComment(minute(55))
                    .build();

            FcrResult r = evaluate(t, DEFAULTS, day(30));
            assertThat(r.status()).isEqualTo(FcrStatus.FCR);
            assertThat(r.reason()).startsWith("Resolved after 1 agent reply");
        }

        @Test
        void aSecondAgentPublicReplyIsNotFcr() {
            TicketSnapshot t = ticket("SD-4").agentReply(minute(30)).agentReply(minute(50))
                    .resolved(RESOLVED, "Done").build();

            FcrResult r = evaluate(t, DEFAULTS, day(30));
            assertThat(r.status()).isEqualTo(FcrStatus.NOT_FCR);
            assertThat(r.reason()).isEqualTo("Not first contact: 2 agent replies");
        }

        @Test
        void aFurtherAgentReplyAfterTheResolutionTurnsProvisionalIntoNotFcr() {
            TicketBuilder b = oneReplyThenResolved().customerComment(minute(90));
            assertThat(evaluate(b.build(), DEFAULTS, day(2)).status()).isEqualTo(FcrStatus.PROVISIONAL);

            b.agentReply(minute(120));
            assertThat(evaluate(b.build(), DEFAULTS, day(2)).status()).isEqualTo(FcrStatus.NOT_FCR);
        }

        @Test
        void everyFailureIsNamedInTheReason() {
            TicketSnapshot t = ticket("SD-5").agentReply(minute(30)).customerComment(minute(40))
                    .customerComment(minute(45)).agentReply(minute(50)).resolved(RESOLVED, "Done")
                    .reopened(day(1)).resolved(day(1).plusSeconds(600), "Done").build();

            assertThat(evaluate(t, DEFAULTS, day(30)).reason()).isEqualTo("Not first contact: 2 agent replies; "
                    + "2 customer follow-ups after the first reply; reopened 2026-03-03 09:00, within 7 days of a resolution");
        }

        @Test
        void loggedLabourWithoutAnyReplyIsApplicableAndFcr() {
            TicketSnapshot t = ticket("SD-6").work(minute(10), 1800).resolved(RESOLVED, "Done").build();

            FcrResult r = evaluate(t, DEFAULTS, day(1));
            assertThat(r.status()).isEqualTo(FcrStatus.PROVISIONAL);
            assertThat(r.reason()).startsWith("Resolved with logged work and no agent reply; ");
        }
    }

    @Nested
    class Reopens {

        @Test
        void aReopenInsideTheWindowIsNotFcrEvenAfterAQuietReResolution() {
            TicketSnapshot t = oneReplyThenResolved().reopened(day(6)).resolved(day(6).plusSeconds(60), "Done").build();

            FcrResult r = evaluate(t, DEFAULTS, day(60));
            assertThat(r.status()).isEqualTo(FcrStatus.NOT_FCR);
            assertThat(r.reason()).isEqualTo("Not first contact: reopened 2026-03-08 09:00, within 7 days of a resolution");
        }

        @Test
        void aTicketReopenedNowIsOpen() {
            TicketSnapshot t = oneReplyThenResolved().reopened(day(2)).build();

            FcrResult r = evaluate(t, DEFAULTS, day(3));
            assertThat(r.status()).isEqualTo(FcrStatus.OPEN);
            assertThat(r.reason()).isEqualTo("Reopened 2026-03-04 09:00; not resolved yet");
        }

        @Test
        void aReopenExactlyAtTheEndOfTheWindowIsOutsideIt() {
            TicketSnapshot t = oneReplyThenResolved().reopened(WINDOW_END).resolved(WINDOW_END.plusSeconds(60), "Done").build();

            assertThat(evaluate(t, DEFAULTS, day(60)).status()).isEqualTo(FcrStatus.FCR);
        }

        @Test
        void aQuietReopenAfterTheWindowKeepsFcrButTheNewResolutionIsProvisionalAgain() {
            Instant reopen = day(20);
            Instant reResolved = reopen.plus(Duration.ofHours(1));
            TicketSnapshot t = oneReplyThenResolved().reopened(reopen).resolved(reResolved, "Done").build();

            FcrResult during = evaluate(t, DEFAULTS, day(21));
            assertThat(during.status()).isEqualTo(FcrStatus.PROVISIONAL);
            assertThat(during.provisionalUntil()).isEqualTo(reResolved.plus(Duration.ofDays(7)));
            assertThat(evaluate(t, DEFAULTS, day(28)).status()).isEqualTo(FcrStatus.FCR);
        }

        @Test
        void aLateReopenWithACustomerCommentBeforeTheNewResolutionIsNotFcr() {
            TicketSnapshot t = oneReplyThenResolved().customerComment(day(20)).reopened(day(20).plusSeconds(1))
                    .resolved(day(21), "Done").build();

            FcrResult r = evaluate(t, DEFAULTS, day(60));
            assertThat(r.status()).isEqualTo(FcrStatus.NOT_FCR);
            assertThat(r.reason()).isEqualTo("Not first contact: 1 customer follow-up after the first reply");
        }

        @Test
        void aLateReopenAnsweredByTheAgentIsNotFcr() {
            TicketSnapshot t = oneReplyThenResolved().reopened(day(20)).agentReply(day(20).plusSeconds(600))
                    .resolved(day(21), "Done").build();

            assertThat(evaluate(t, DEFAULTS, day(60)).status()).isEqualTo(FcrStatus.NOT_FCR);
        }

        @Test
        void theWindowLengthIsASetting() {
            FcrSettings oneDay = new FcrSettings(FcrPolicy.ONE_TOUCH, false, List.of(), DEFAULTS.excludedResolutions(), 1, List.of());
            TicketSnapshot reopenedNextMorning = oneReplyThenResolved().reopened(minute(60 + 23 * 60)).resolved(day(2), "Done").build();
            TicketSnapshot reopenedAfterTwoDays = oneReplyThenResolved().reopened(day(2)).resolved(day(3), "Done").build();

            assertThat(evaluate(reopenedNextMorning, oneDay, day(10)).reason())
                    .isEqualTo("Not first contact: reopened 2026-03-03 09:00, within 1 day of a resolution");
            assertThat(evaluate(reopenedAfterTwoDays, oneDay, day(10)).status()).isEqualTo(FcrStatus.FCR);
            assertThat(evaluate(reopenedAfterTwoDays, DEFAULTS, day(10)).status()).isEqualTo(FcrStatus.NOT_FCR);
        }

        @Test
        void aZeroDayWindowMakesAResolutionFinalAtOnce() {
            FcrSettings noWindow = new FcrSettings(FcrPolicy.ONE_TOUCH, false, List.of(), DEFAULTS.excludedResolutions(), 0, List.of());
            TicketSnapshot t = oneReplyThenResolved().build();

            FcrResult r = evaluate(t, noWindow, RESOLVED);
            assertThat(r.status()).isEqualTo(FcrStatus.FCR);
            assertThat(r.reason()).isEqualTo("Resolved after 1 agent reply, no customer follow-up; no reopen window");
            TicketSnapshot reopened = oneReplyThenResolved().reopened(RESOLVED).resolved(minute(61), "Done").build();
            assertThat(evaluate(reopened, noWindow, day(1)).status()).isEqualTo(FcrStatus.FCR);
        }
    }

    @Nested
    class Applicability {

        @Test
        void anUnresolvedTicketIsOpen() {
            FcrResult r = evaluate(ticket("SD-7").agentReply(minute(30)).build(), DEFAULTS, day(1));
            assertThat(r.status()).isEqualTo(FcrStatus.OPEN);
            assertThat(r.reason()).isEqualTo("Not resolved yet");
        }

        @Test
        void excludedResolutionsAreNotApplicableWhateverTheirSpelling() {
            for (String resolution : List.of("Duplicate", "won't do", "  CANNOT REPRODUCE ")) {
                TicketSnapshot t = ticket("SD-8").agentReply(minute(30)).resolved(RESOLVED, resolution).build();
                FcrResult r = evaluate(t, DEFAULTS, day(30));
                assertThat(r.status()).as(resolution).isEqualTo(FcrStatus.NOT_APPLICABLE);
                assertThat(r.reason()).isEqualTo("Resolved as " + resolution + ", which is excluded from FCR");
            }
        }

        @Test
        void onlyTheLatestResolutionDecidesExclusion() {
            TicketSnapshot t = ticket("SD-9").agentReply(minute(30)).resolved(minute(40), "Duplicate")
                    .reopened(day(10)).resolved(day(10).plusSeconds(60), "Done").build();

            assertThat(evaluate(t, DEFAULTS, day(30)).status()).isEqualTo(FcrStatus.FCR);
        }

        @Test
        void noResponseAndNoLabourIsNotApplicable() {
            TicketSnapshot t = ticket("SD-10").internalNote(minute(5)).work(minute(10), 0).resolved(RESOLVED, "Done").build();

            FcrResult r = evaluate(t, DEFAULTS, day(30));
            assertThat(r.status()).isEqualTo(FcrStatus.NOT_APPLICABLE);
            assertThat(r.reason()).isEqualTo("Resolved without an agent public response or logged work");
        }

        @Test
        void netFcrLeavesOutRequestTypesNotResolvableAtFirstLevel() {
            FcrSettings net = new FcrSettings(FcrPolicy.ONE_TOUCH, true, List.of("Hardware break/fix"),
                    DEFAULTS.excludedResolutions(), 7, List.of());
            FcrSettings gross = new FcrSettings(FcrPolicy.ONE_TOUCH, false, List.of("Hardware break/fix"),
                    DEFAULTS.excludedResolutions(), 7, List.of());
            TicketSnapshot hardware = oneReplyThenResolved().requestType("hardware BREAK/fix").build();
            TicketSnapshot password = oneReplyThenResolved().build();

            FcrResult r = evaluate(hardware, net, day(30));
            assertThat(r.status()).isEqualTo(FcrStatus.NOT_APPLICABLE);
            assertThat(r.reason()).isEqualTo("Request type hardware BREAK/fix is not resolvable at first level (net FCR)");
            assertThat(evaluate(hardware, gross, day(30)).status()).isEqualTo(FcrStatus.FCR);
            assertThat(evaluate(password, net, day(30)).status()).isEqualTo(FcrStatus.FCR);
        }
    }

    @Nested
    class ZeroFollowUps {

        private final FcrSettings settings = withPolicy(FcrPolicy.ZERO_FOLLOW_UPS);

        @Test
        void anyNumberOfAgentRepliesWithoutCustomerCommentsIsFcr() {
            TicketSnapshot t = ticket("SD-11").agentReply(minute(10)).agentReply(minute(20)).agentReply(minute(30))
                    .resolved(RESOLVED, "Done").build();

            FcrResult r = evaluate(t, settings, day(30));
            assertThat(r.status()).isEqualTo(FcrStatus.FCR);
            assertThat(r.reason()).isEqualTo("Resolved with no customer follow-up (3 agent replies); reopen window closed 2026-03-09 10:00");
        }

        @Test
        void aCustomerCommentEvenBeforeTheFirstReplyIsNotFcr() {
            TicketSnapshot t = ticket("SD-12").customerComment(minute(5)).agentReply(minute(30))
                    .resolved(RESOLVED, "Done").build();

            FcrResult r = evaluate(t, settings, day(30));
            assertThat(r.status()).isEqualTo(FcrStatus.NOT_FCR);
            assertThat(r.reason()).isEqualTo("Not first contact: 1 customer comment before resolution");
            assertThat(evaluate(t, DEFAULTS, day(30)).status()).as("one-touch ignores it").isEqualTo(FcrStatus.FCR);
        }

        @Test
        void aThanksAfterTheResolutionDoesNotCountAndReopensStillDo() {
            TicketSnapshot thanked = oneReplyThenResolved().customerComment(minute(70)).build();
            TicketSnapshot reopened = oneReplyThenResolved().reopened(day(1)).resolved(day(2), "Done").build();

            assertThat(evaluate(thanked, settings, day(30)).status()).isEqualTo(FcrStatus.FCR);
            assertThat(evaluate(reopened, settings, day(30)).status()).isEqualTo(FcrStatus.NOT_FCR);
        }
    }

    @Nested
    class OneBusinessHour {

        private final FcrSettings settings = withPolicy(FcrPolicy.ONE_BUSINESS_HOUR);

        @Test
        void anEmailResolvedWithinOneBusinessHourIsFcrHoweverManyReplies() {
            TicketSnapshot t = ticket("SD-13").channel("email").agentReply(minute(10)).customerComment(minute(20))
                    .agentReply(minute(30)).resolved(minute(60), "Done").build();

            FcrResult r = evaluate(t, settings, day(30));
            assertThat(r.status()).isEqualTo(FcrStatus.FCR);
            assertThat(r.reason()).isEqualTo("Resolved via email within one business hour of creation (1 h); reopen window closed 2026-03-09 10:00");
        }

        @Test
        void businessHoursSkipTheNightAndTheWeekend() {
            Instant fridayAfternoon = Instant.parse("2026-03-06T16:30:00Z");
            Instant mondayMorning = Instant.parse("2026-03-09T09:20:00Z");
            TicketSnapshot t = ticket("SD-14").channel("Portal").created(fridayAfternoon)
                    .agentReply(fridayAfternoon.plusSeconds(600)).resolved(mondayMorning, "Done").build();

            FcrResult r = evaluate(t, settings, mondayMorning.plus(Duration.ofDays(10)));
            assertThat(r.status()).isEqualTo(FcrStatus.FCR);
            assertThat(r.reason()).startsWith("Resolved via Portal within one business hour of creation (50 min)");
        }

        @Test
        void anEmailResolvedAfterMoreThanOneBusinessHourIsNotFcrEvenWithOneReply() {
            TicketSnapshot t = ticket("SD-15").channel("email").agentReply(minute(10)).resolved(minute(61), "Done").build();

            FcrResult r = evaluate(t, settings, day(30));
            assertThat(r.status()).isEqualTo(FcrStatus.NOT_FCR);
            assertThat(r.reason()).isEqualTo("Not first contact: resolved via email after 1 h 1 min of business time (first contact allows 1 h)");
        }

        @Test
        void otherChannelsAreJudgedByOneTouch() {
            TicketSnapshot slowPhoneOneReply = ticket("SD-16").channel("phone").agentReply(minute(10))
                    .resolved(minute(300), "Done").build();
            TicketSnapshot fastPhoneTwoReplies = ticket("SD-17").channel("phone").agentReply(minute(10))
                    .agentReply(minute(20)).resolved(minute(30), "Done").build();

            assertThat(evaluate(slowPhoneOneReply, settings, day(30)).status()).isEqualTo(FcrStatus.FCR);
            assertThat(evaluate(fastPhoneTwoReplies, settings, day(30)).status()).isEqualTo(FcrStatus.NOT_FCR);
        }

        @Test
        void aReopenInsideTheWindowStillFails() {
            TicketSnapshot t = ticket("SD-18").channel("email").agentReply(minute(10)).resolved(minute(20), "Done")
                    .reopened(minute(25)).resolved(minute(40), "Done").build();

            assertThat(evaluate(t, settings, day(30)).status()).isEqualTo(FcrStatus.NOT_FCR);
        }
    }
}
