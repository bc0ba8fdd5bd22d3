package io.balancepoint.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.balancepoint.ticket.TicketSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerActivitiesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static TicketSnapshot ticket(long id, String customer, String organisation, String created) {
        return new TicketSnapshot(id, "SD-" + id, "SD", "Question", "email", "Medium", customer, organisation,
                Instant.parse(created), null, null, null, null, null, null);
    }

    private static RfmSettings withSource(MonetarySource source) {
        RfmSettings d = RfmSettings.defaults();
        return new RfmSettings(d.enabled(), d.lookbackDays(), source, d.thresholds());
    }

    @Test
    void countsRequestsInsideTheWindowPerCustomerWithTheirLatestDay() {
        List<TicketSnapshot> tickets = List.of(
                ticket(1, "bob", null, "2026-06-01T10:00:00Z"),
                ticket(2, "alice", null, "2026-03-01T10:00:00Z"),
                ticket(3, "bob", null, "2026-06-29T23:30:00Z"), // 30 June 01:30 in Berlin: the scoring day itself
                ticket(4, "alice", null, "2025-06-30T12:00:00Z"), // 365 days before: outside the 365-day window
                ticket(5, null, null, "2026-06-10T10:00:00Z"), // no customer: skipped
                ticket(6, "carol", null, "2026-06-30T22:30:00Z")); // 1 July in Berlin: after the scoring day

        List<CustomerActivity> population = CustomerActivities.collect(tickets,
                withSource(MonetarySource.customerValues(List.of(new CustomerValue("bob", new BigDecimal("250"))))),
                AS_OF, BERLIN, Map.of());

        assertThat(population).extracting(CustomerActivity::customerKey, CustomerActivity::lastRequest,
                        CustomerActivity::requests, CustomerActivity::monetary)
                .containsExactly(
                        tuple("alice", LocalDate.of(2026, 3, 1), 1, BigDecimal.ZERO),
                        tuple("bob", LocalDate.of(2026, 6, 30), 2, new BigDecimal("250")));
    }

    @Test
    void organisationAttributeIsReadForTheOrganisationOfTheLatestRequestThatNamesOne() {
        List<TicketSnapshot> tickets = List.of(
                ticket(1, "alice", "Old Co", "2026-01-10T10:00:00Z"),
                ticket(2, "alice", "New Co", "2026-05-10T10:00:00Z"),
                ticket(3, "alice", null, "2026-06-10T10:00:00Z"),
                ticket(4, "dan", null, "2026-06-10T10:00:00Z"));
        Map<String, BigDecimal> revenue = Map.of("Old Co", new BigDecimal("10"), "New Co", new BigDecimal("900"));

        List<CustomerActivity> population = CustomerActivities.collect(tickets,
                withSource(MonetarySource.organisationAttribute("Annual revenue")), AS_OF, BERLIN, revenue);

        assertThat(population).extracting(CustomerActivity::customerKey, CustomerActivity::requests, CustomerActivity::monetary)
                .containsExactly(tuple("alice", 3, new BigDecimal("900")), tuple("dan", 1, BigDecimal.ZERO));
    }

    @Test
    void noTicketsMeansNoPopulation() {
        assertThat(CustomerActivities.collect(List.of(), RfmSettings.defaults(), AS_OF, BERLIN, Map.of())).isEmpty();
    }
}
