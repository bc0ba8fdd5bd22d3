package io.balancepoint.dashboards;

import io.balancepoint.budget.BudgetSettings;
import io.balancepoint.budget.FiscalCalendarMode;
import io.balancepoint.budget.FiscalCalendarSettings;
import io.balancepoint.budget.ProjectTargets;
import io.balancepoint.budget.TimeWeighting;
import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.OverheadSettings;
import io.balancepoint.ledger.PeriodOverhead;
import io.balancepoint.money.Money;
import io.balancepoint.roi.InternalDeskSettings;
import io.balancepoint.roi.RoiSettings;
import io.balancepoint.roi.TierValue;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.time.WorkingTimeSettings;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A small service desk for the dashboard tests: 30 tickets of project SD over the first quarter of
 * 2026 (hand-worked figures below), 5 tickets of the internal desk IT and 2 of OPS (noise that a
 * project-bounded read must never see). Time zone Europe/Berlin.
 *
 * <pre>
 * SD by calendar month (Berlin)   resolved real applicable FCR  cost   overhead
 *   2026-01  SD-1..SD-8               8     7      7        4    400     620
 *   2026-02  SD-9..SD-18             10     9      9        6    490     560
 *   2026-03  SD-19..SD-27             9     9      9        5    825     620
 *   2026-04  SD-28 (00:30 on 1 April in Berlin, still 31 March in UTC)  15
 *   open     SD-29 (VPN, 10 000 s of work so far), SD-30
 * </pre>
 */
final class DashboardFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Currency EUR = Currency.getInstance("EUR");

    private DashboardFixture() {
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** Defaults, with: Berlin time, SD's monthly overhead of 20 a day, CLV per tier, IT as an internal desk, 4-4-5 fiscal calendar and SD's FY2026 targets. */
    static SettingsDocument settings() {
        SettingsDocument d = SettingsDocument.defaults();
        WorkingTimeSettings workingTime = new WorkingTimeSettings("Europe/Berlin",
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), List.of());
        OverheadSettings overhead = new OverheadSettings(List.of(), List.of(
                new PeriodOverhead("SD", YearMonth.of(2026, 1), new BigDecimal("620"), "tools"),
                new PeriodOverhead("SD", YearMonth.of(2026, 2), new BigDecimal("500"), "tools"),
                new PeriodOverhead("SD", YearMonth.of(2026, 2), new BigDecimal("60"), "training"),
                new PeriodOverhead("SD", YearMonth.of(2026, 3), new BigDecimal("620"), "tools"),
                new PeriodOverhead("IT", YearMonth.of(2026, 3), new BigDecimal("310"), "tools")));
        RoiSettings r = RoiSettings.defaults();
        InternalDeskSettings internal = InternalDeskSettings.defaults();
        RoiSettings roi = new RoiSettings(
                List.of(new TierValue("Gold", new BigDecimal("1000"), null), new TierValue("Standard", new BigDecimal("200"), 3)),
                r.defaultLoyaltyYears(), r.discountRate(), r.satisfactionMethod(), r.loyalThreshold(), r.disloyalThreshold(),
                new InternalDeskSettings(List.of("IT"), internal.impactSharePercentByPriority(), new BigDecimal("50"),
                        internal.targetResolutionHoursByPriority(), Map.of("Laptop", "L2")),
                Map.of());
        BudgetSettings budgets = new BudgetSettings(
                new FiscalCalendarSettings(FiscalCalendarMode.WEEKS_445, Month.JANUARY, DayOfWeek.MONDAY),
                TimeWeighting.WORKING_DAYS,
                List.of(new ProjectTargets("SD", 2026, new BigDecimal("12000"), new BigDecimal("60"),
                        new BigDecimal("0.6"), new BigDecimal("4"), List.of())));
        return new SettingsDocument(d.schemaVersion(), "EUR", workingTime, d.rates(), d.channels(), overhead, d.fcr(),
                d.anomalies(), d.tiering(), d.routing(), roi, budgets, d.visibility());
    }

    /** Every ticket of every project. */
    static List<TicketFacts> tickets() {
        List<TicketFacts> all = new ArrayList<>();
        // January
        all.add(sd(1, "2026-01-05T10:00:00Z", "Password reset", "email", "Gold", "L1", "alice", "30", 900, 1, FcrStatus.FCR, 5, "cust-a").build());
        all.add(sd(2, "2026-01-06T10:00:00Z", "Password reset", "email", "Gold", "L1", "alice", "30", 900, 1, FcrStatus.FCR, 5, "cust-b").build());
        all.add(sd(3, "2026-01-07T10:00:00Z", "VPN", "phone", "Standard", "L1", "bob", "60", 1800, 2, FcrStatus.NOT_FCR, 3, "cust-c").build());
        all.add(sd(4, "2026-01-12T10:00:00Z", "VPN", "phone", "Standard", "L2", "bob", "90", 2700, 3, FcrStatus.NOT_FCR, 2, "cust-d")
                .priority("High").build());
        all.add(sd(5, "2026-01-14T10:00:00Z", "Password reset", "portal", null, "L1", "alice", "10", 300, 1, FcrStatus.FCR, null, "cust-e").build());
        all.add(sd(6, "2026-01-20T10:00:00Z", "Laptop", "chat", "Gold", "L2", "carol", "120", 3600, 2, FcrStatus.NOT_FCR, 4, "cust-a")
                .direct(CostCategory.MATERIAL, "50").organisation("Globex").build());
        all.add(sd(7, "2026-01-21T10:00:00Z", "Password reset", "email", "Standard", "L1", "alice", "20", 600, 1, FcrStatus.NOT_APPLICABLE, null, "cust-c")
                .duplicate().build());
        all.add(sd(8, "2026-01-28T10:00:00Z", "VPN", "email", "Gold", "L1", "bob", "40", 1200, 1, FcrStatus.FCR, 4, "cust-b").build());
        // February
        all.add(sd(9, "2026-02-02T10:00:00Z", "Password reset", "email", "Gold", "L1", "alice", "30", 900, 1, FcrStatus.FCR, 5, "cust-a").build());
        all.add(sd(10, "2026-02-03T10:00:00Z", "Password reset", "chat", "Standard", "L1", "alice", "25", 750, 1, FcrStatus.FCR, 4, "cust-f").build());
        all.add(sd(11, "2026-02-09T10:00:00Z", "VPN", "phone", "Gold", "L2", "bob", "75", 2400, 2, FcrStatus.NOT_FCR, 1, "cust-c")
                .priority("High").build());
        all.add(sd(12, "2026-02-10T10:00:00Z", "VPN", "email", "Standard", "L1", "bob", "45", 1500, 1, FcrStatus.FCR, null, "cust-d").build());
        all.add(sd(13, "2026-02-16T10:00:00Z", "Laptop", "portal", null, "L2", "carol", "150", 4500, 3, FcrStatus.NOT_FCR, 2, "cust-g")
                .direct(CostCategory.MATERIAL, "50").direct(CostCategory.COMPENSATION, "20").organisation("Globex").build());
        all.add(sd(14, "2026-02-17T10:00:00Z", "Password reset", "email", "Gold", "L1", "alice", "35", 1000, 1, FcrStatus.FCR, 5, "cust-h").build());
        all.add(sd(15, "2026-02-23T10:00:00Z", "VPN", "phone", "Standard", "L1", "bob", "55", 1700, 2, FcrStatus.NOT_FCR, 3, "cust-e").build());
        all.add(sd(16, "2026-02-24T10:00:00Z", "Laptop", "chat", "Gold", "L2", "carol", "15", 0, 1, FcrStatus.NOT_APPLICABLE, null, "cust-a")
                .wontDo().build());
        all.add(sd(17, "2026-02-25T10:00:00Z", "Password reset", "email", "Standard", "L1", "alice", "20", 600, 1, FcrStatus.FCR, 4, "cust-i").build());
        all.add(sd(18, "2026-02-27T10:00:00Z", "VPN", "email", "Gold", "L1", null, "40", 1200, 1, FcrStatus.FCR, 5, "cust-b").build());
        // March
        all.add(sd(19, "2026-03-02T10:00:00Z", "Password reset", "email", "Gold", "L1", "alice", "30", 900, 1, FcrStatus.FCR, 5, "cust-a").build());
        all.add(sd(20, "2026-03-03T10:00:00Z", "Password reset", "email", "Gold", "L1", "alice", "300", 9000, 2, FcrStatus.NOT_FCR, 2, "cust-b").build());
        all.add(sd(21, "2026-03-09T10:00:00Z", "VPN", "phone", "Standard", "L2", "bob", "80", 2400, 2, FcrStatus.NOT_FCR, 3, "cust-c")
                .priority("Highest").build());
        all.add(sd(22, "2026-03-10T10:00:00Z", "VPN", "email", "Gold", "L1", "bob", "40", 1200, 1, FcrStatus.FCR, 4, "cust-d").build());
        all.add(sd(23, "2026-03-16T10:00:00Z", "Laptop", "chat", "Gold", "L2", "carol", "110", 3300, 2, FcrStatus.NOT_FCR, 4, "cust-a")
                .direct(CostCategory.OUTSOURCING, "30").organisation("Globex").build());
        all.add(sd(24, "2026-03-17T10:00:00Z", "Password reset", "portal", null, "L1", "alice", "10", 300, 1, FcrStatus.FCR, null, "cust-e").build());
        all.add(sd(25, "2026-03-23T10:00:00Z", "VPN", "phone", "Standard", "L1", "bob", "200", 7200, 3, FcrStatus.NOT_FCR, 1, "cust-f").build());
        all.add(sd(26, "2026-03-30T10:00:00Z", "Password reset", "email", "Standard", "L1", "alice", "25", 700, 1, FcrStatus.PROVISIONAL, 5, "cust-h").build());
        all.add(sd(27, "2026-03-31T21:30:00Z", "Password reset", "email", "Gold", "L1", "alice", "30", 900, 1, FcrStatus.PROVISIONAL, null, "cust-i").build());
        // 00:30 on 1 April in Berlin (summer time): April, although 31 March in UTC.
        all.add(sd(28, "2026-03-31T22:30:00Z", "Password reset", "chat", "Gold", "L1", "alice", "15", 450, 1, FcrStatus.NOT_APPLICABLE, null, "cust-a")
                .duplicate().build());
        // Open
        all.add(sd(29, null, "VPN", "email", "Standard", "L1", null, "300", 10_000, 2, FcrStatus.OPEN, null, "cust-c")
                .created("2026-03-25T08:00:00Z").build());
        all.add(sd(30, null, "Password reset", "email", "Gold", "L1", null, "0", 0, 0, FcrStatus.OPEN, null, "cust-d")
                .created("2026-03-30T08:00:00Z").build());
        // The internal IT desk, March
        all.add(it(101, "2026-03-03T08:00:00Z", "2026-03-03T10:00:00Z", "Laptop", "High", "L1", "40").build());
        all.add(it(102, "2026-03-04T08:00:00Z", "2026-03-04T15:00:00Z", "Password reset", "Medium", "L1", "20").build());
        all.add(it(103, "2026-03-05T08:00:00Z", "2026-03-05T09:00:00Z", "VPN", "Highest", "L2", "80").build());
        all.add(it(104, "2026-03-09T08:00:00Z", "2026-03-10T14:00:00Z", "Laptop", "Low", "L2", "100").build());
        all.add(it(105, "2026-03-11T08:00:00Z", "2026-03-11T09:00:00Z", "Laptop", "Medium", "L1", "5").duplicate().build());
        // Noise in another project
        all.add(new Ticket(201, "OPS", "2026-03-02T10:00:00Z").requestType("VPN").cost("999").labour(99_999).contacts(1)
                .fcr(FcrStatus.FCR).build());
        all.add(new Ticket(202, "OPS", "2026-02-02T10:00:00Z").requestType("VPN").cost("999").labour(99_999).contacts(1)
                .fcr(FcrStatus.FCR).build());
        return List.copyOf(all);
    }

    private static Ticket sd(long id, String resolvedAt, String requestType, String channel, String customerTier,
                             String supportTier, String agent, String cost, long labourSeconds, int contacts, FcrStatus fcr,
                             Integer csat, String customer) {
        return new Ticket(id, "SD", resolvedAt).requestType(requestType).channel(channel).customerTier(customerTier)
                .supportTier(supportTier).resolvedBy(agent).cost(cost).labour(labourSeconds).contacts(contacts).fcr(fcr)
                .csat(csat).customer(customer);
    }

    private static Ticket it(long id, String created, String resolvedAt, String requestType, String priority,
                             String supportTier, String cost) {
        return new Ticket(id, "IT", resolvedAt).created(created).requestType(requestType).priority(priority)
                .channel("portal").supportTier(supportTier).resolvedBy("ivan").cost(cost).labour(1200).contacts(1)
                .fcr(FcrStatus.FCR).customer("employee-" + id);
    }

    /** Builds ticket facts; contact cost is 2 per contact, direct lines are carved out of the total, labour is the rest. */
    static final class Ticket {

        private static final Money CONTACT_RATE = eur("2");

        private final long id;
        private final String project;
        private final Instant resolvedAt;
        private Instant created;
        private String requestType;
        private String channel;
        private String priority = "Medium";
        private String customer;
        private String organisation = "Acme";
        private String customerTier;
        private String supportTier;
        private String resolvedBy;
        private String resolution;
        private boolean realResolution;
        private Money cost = eur("0");
        private final Map<CostCategory, Money> direct = new EnumMap<>(CostCategory.class);
        private long labourSeconds;
        private int contacts;
        private Integer csat;
        private FcrStatus fcr = FcrStatus.OPEN;

        Ticket(long id, String project, String resolvedAt) {
            this.id = id;
            this.project = project;
            this.resolvedAt = resolvedAt == null ? null : Instant.parse(resolvedAt);
            this.created = this.resolvedAt == null ? null : this.resolvedAt.minus(Duration.ofHours(3));
            this.resolution = resolvedAt == null ? null : "Done";
            this.realResolution = resolvedAt != null;
        }

        Ticket created(String value) {
            created = Instant.parse(value);
            return this;
        }

        Ticket requestType(String value) {
            requestType = value;
            return this;
        }

        Ticket channel(String value) {
            channel = value;
            return this;
        }

        Ticket priority(String value) {
            priority = value;
            return this;
        }

        Ticket customer(String value) {
            customer = value;
            return this;
        }

        Ticket organisation(String value) {
            organisation = value;
            return this;
        }

        Ticket customerTier(String value) {
            customerTier = value;
            return this;
        }

        Ticket supportTier(String value) {
            supportTier = value;
            return this;
        }

        Ticket resolvedBy(String value) {
            resolvedBy = value;
            return this;
        }

        Ticket cost(String total) {
            cost = eur(total);
            return this;
        }

        Ticket direct(CostCategory category, String amount) {
            direct.put(category, eur(amount));
            return this;
        }

        Ticket labour(long seconds) {
            labourSeconds = seconds;
            return this;
        }

        Ticket contacts(int count) {
            contacts = count;
            return this;
        }

        Ticket csat(Integer rating) {
            csat = rating;
            return this;
        }

        Ticket fcr(FcrStatus status) {
            fcr = status;
            return this;
        }

        Ticket duplicate() {
            resolution = "Duplicate";
            realResolution = false;
            return this;
        }

        Ticket wontDo() {
            resolution = "Won't Do";
            realResolution = false;
            return this;
        }

        TicketFacts build() {
            Map<CostCategory, Money> byCategory = new EnumMap<>(direct);
            Money contactCost = CONTACT_RATE.times(contacts);
            Money labour = direct.values().stream().reduce(cost, Money::minus).minus(contactCost);
            byCategory.put(CostCategory.CONTACT, contactCost);
            byCategory.put(CostCategory.LABOUR, labour);
            return new TicketFacts(id, project + "-" + id, project, requestType, channel, priority, customer, organisation,
                    customerTier, supportTier, created, resolvedAt, resolution, realResolution, resolvedBy, cost, byCategory,
                    labourSeconds, false, contacts, fcr == FcrStatus.NOT_FCR ? 1 : 0, 0, Duration.ofMinutes(30),
                    resolvedAt == null ? null : Duration.between(created, resolvedAt), csat, fcr);
        }
    }
}
