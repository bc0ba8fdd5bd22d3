package io.balancepoint.tiering;

import io.balancepoint.ticket.TicketSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the RFM population from tickets: one {@link CustomerActivity} per customer who raised a request in the window. */
public final class CustomerActivities {

    private CustomerActivities() {
    }

    /**
     * Counts each customer's requests created (in {@code zone}) inside the window of {@code rfm}
     * ending on {@code asOf}, with the day of their latest one, and values them through the
     * monetary source. For an organisation attribute the customer's organisation is the one named
     * on their latest request that names one. Tickets without a customer are skipped.
     * (A scoring run over many tickets streams them through {@link CustomerActivityCollector} instead.)
     *
     * @param organisationAttributeValues organisation to the value of the configured attribute
     *                                    (ignored for the customer-value source)
     * @return one entry per customer, ordered by customer key
     */
    public static List<CustomerActivity> collect(List<TicketSnapshot> tickets, RfmSettings rfm, LocalDate asOf,
                                                 ZoneId zone, Map<String, BigDecimal> organisationAttributeValues) {
        Objects.requireNonNull(organisationAttributeValues, "organisationAttributeValues");
        CustomerActivityCollector collector = new CustomerActivityCollector(rfm, asOf, zone);
        for (TicketSnapshot ticket : tickets) {
            collector.add(new CustomerRequest(ticket.issueId(), ticket.customerKey(), ticket.organisation(), ticket.created()));
        }
        return collector.activities(organisationAttributeValues);
    }
}
