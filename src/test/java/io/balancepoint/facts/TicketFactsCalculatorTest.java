package io.balancepoint.facts;

import static io.balancepoint.fcr.TicketBuilder.CREATED;
import static io.balancepoint.fcr.TicketBuilder.day;
import static io.balancepoint.fcr.TicketBuilder.minute;
import static io.balancepoint.fcr.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.fcr.FcrSettings;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.time.WorkingCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketFactsCalculatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard(ZoneId.of("UTC"));
    private final TicketFactsCalculator calculator = new TicketFactsCalculator();

    private static CostLine line(String key, CostCategory category, String amount, boolean estimated) {
        return new CostLine(key, category, Money.of(amount, "EUR"), BigDecimal.ONE, "unit", null,
                estimated ? RateSource.ESTIMATE : RateSource.DEFAULT, minute(10), estimated, null, null);
    }

    private TicketFacts facts(TicketSnapshot t, List<CostLine> lines, Instant now) {
        return calculator.facts(t, lines, "Gold", FcrSettings.defaults(), CALENDAR, EUR, now);
    }

    @Test
    void fillsEveryFieldOfAResolvedTicket() {
        TicketSnapshot t = ticket("SD-1").project("SD").requestType("VPN").channel("phone").priority("High")
                .customer("cust-9").organisation("Acme").supportTier("L2")
                .customerComment(minute(5))             // before the first reply: not a follow-up
                .agentReply(minute(30))
                .internalNote(minute(35))
                .customerComment(minute(40))            // a follow-up
                .agentReply(minute(50))
                .work(minute(20), 1800).work(minute(45), 900)
                .resolved(minute(60), "Done", "agent-7")
                .reopened(day(1))
                .resolved(day(1).plus(Duration.ofHours(2)), "Fixed", "agent-8")
                .customerComment(day(2))                // after the resolution: a thanks, not a follow-up
                .csat(4, day(2))
                .build();
        List<CostLine> lines = List.of(
                line("worklog:1", CostCategory.LABOUR, "25.00", false),
                line("worklog:2", CostCategory.LABOUR, "12.50", false),
                line("contact:comment:3", CostCategory.CONTACT, "1.20", false),
                line("manual:1", CostCategory.COMPENSATION, "10", false));

        TicketFacts f = facts(t, lines, day(30));

        assertThat(f.issueKey()).isEqualTo("SD-1");
        assertThat(f.projectKey()).isEqualTo("SD");
        assertThat(f.requestType()).isEqualTo("VPN");
        assertThat(f.channel()).isEqualTo("phone");
        assertThat(f.priority()).isEqualTo("High");
        assertThat(f.customerKey()).isEqualTo("cust-9");
        assertThat(f.organisation()).isEqualTo("Acme");
        assertThat(f.customerTier()).isEqualTo("Gold");
        assertThat(f.supportTier()).isEqualTo("L2");
        assertThat(f.created()).isEqualTo(CREATED);
        assertThat(f.resolvedAt()).isEqualTo(day(1).plus(Duration.ofHours(2)));
        assertThat(f.resolution()).isEqualTo("Fixed");
        assertThat(f.realResolution()).isTrue();
        assertThat(f.resolvedBy()).isEqualTo("agent-8");
        assertThat(f.totalCost()).isEqualTo(Money.of("48.70", "EUR"));
        assertThat(f.costByCategory()).hasSize(CostCategory.values().length)
                .containsEntry(CostCategory.LABOUR, Money.of("37.5", "EUR"))
                .containsEntry(CostCategory.CONTACT, Money.of("1.2", "EUR"))
                .containsEntry(CostCategory.COMPENSATION, Money.of("10", "EUR"))
                .containsEntry(CostCategory.OVERHEAD, Money.zero(EUR));
        assertThat(f.labourSeconds()).isEqualTo(2700);
        assertThat(f.labourEstimated()).isFalse();
        assertThat(f.agentContacts()).isEqualTo(2);
        assertThat(f.customerFollowUps()).isEqualTo(1);
        assertThat(f.reopenCount()).isEqualTo(1);
        assertThat(f.firstResponse()).isEqualTo(Duration.ofMinutes(30));
        assertThat(f.resolutionTime()).isEqualTo(Duration.ofHours(26));
        assertThat(f.csat()).isEqualTo(4);
        assertThat(f.fcrStatus()).isEqualTo(FcrStatus.NOT_FCR);
        assertThat(f.isResolved()).isTrue();
    }

    @Test
    void anUnresolvedTicketWithoutLinesHasZeroCostsAndNoTimes() {
        TicketSnapshot t = ticket("SD-2").customerComment(minute(5)).build();

        TicketFacts f = facts(t, List.of(), day(1));

        assertThat(f.resolvedAt()).isNull();
        assertThat(f.resolution()).isNull();
        assertThat(f.realResolution()).isFalse();
        assertThat(f.resolvedBy()).isNull();
        assertThat(f.totalCost()).isEqualTo(Money.zero(EUR));
        assertThat(f.costByCategory().values()).hasSize(CostCategory.values().length).allMatch(Money::isZero);
        assertThat(f.firstResponse()).isNull();
        assertThat(f.resolutionTime()).isNull();
        assertThat(f.csat()).isNull();
        assertThat(f.customerFollowUps()).isZero();
        assertThat(f.fcrStatus()).isEqualTo(FcrStatus.OPEN);
    }

    @Test
    void followUpsOfAnOpenTicketCountUpToNow() {
        TicketSnapshot t = ticket("SD-3").agentReply(minute(10)).customerComment(minute(20)).customerComment(minute(30)).build();

        assertThat(facts(t, List.of(), day(1)).customerFollowUps()).isEqualTo(2);
    }

    @Test
    void anExcludedResolutionIsNotARealResolution() {
        TicketSnapshot t = ticket("SD-4").agentReply(minute(10)).resolved(minute(20), "Duplicate").build();

        TicketFacts f = facts(t, List.of(line("contact:comment:1", CostCategory.CONTACT, "2", false)), day(1));

        assertThat(f.realResolution()).isFalse();
        assertThat(f.totalCost()).isEqualTo(Money.of("2", "EUR"));
        assertThat(f.fcrStatus()).isEqualTo(FcrStatus.NOT_APPLICABLE);
    }

    @Test
    void anEstimatedLabourLineMarksLabourEstimatedButAddsNoLoggedSeconds() {
        TicketSnapshot t = ticket("SD-5").agentReply(minute(10)).resolved(minute(20), "Done").build();
        List<CostLine> lines = List.of(line("estimate:handle-time", CostCategory.LABOUR, "8", true),
                line("overhead:ticket", CostCategory.OVERHEAD, "3", true));

        TicketFacts f = facts(t, lines, day(1));

        assertThat(f.labourEstimated()).isTrue();
        assertThat(f.labourSeconds()).isZero();
        assertThat(f.fcrStatus()).isEqualTo(FcrStatus.PROVISIONAL);
        TicketFacts onlyOverheadEstimated = facts(t, lines.subList(1, 2), day(1));
        assertThat(onlyOverheadEstimated.labourEstimated()).isFalse();
    }

    @Test
    void refusesLinesInAnotherCurrency() {
        TicketSnapshot t = ticket("SD-6").build();
        CostLine dollars = new CostLine("manual:1", CostCategory.OTHER, Money.of("5", "USD"), BigDecimal.ONE, "item",
                null, RateSource.MANUAL, minute(1), false, "note", "admin");

        assertThatThrownBy(() -> facts(t, List.of(dollars), day(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR vs USD");
    }
}
