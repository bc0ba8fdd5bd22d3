package io.balancepoint.tiering;

import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Builds the RFM population from tickets: one {@link CustomerActivity} per customer who raised a request in the window. */
public final class CustomerActivities {

    private CustomerActivities() {
    }

    /**
     * Counts each customer's requests created (in {@code zone}) inside the window of {@code rfm}
     * ending on {@code asOf}, with the day of their latest one, and values them through the
     * monetary source. For an organisation attribute the customer's organisation is the one named
     * on their latest request that names one. Tickets without a customer are skipped.
     *
     * @param organisationAttributeValues organisation to the value of the configured attribute
     *                                    (ignored for the customer-value source)
     * @return one entry per customer, ordered by customer key
     */
    public static List<CustomerActivity> collect(List<TicketSnapshot> tickets, RfmSettings rfm, LocalDate asOf,
                                                 ZoneId zone, Map<String, BigDecimal> organisationAttributeValues) {
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(organisationAttributeValues, "organisationAttributeValues");
        DateRange window = rfm.window(asOf);
        Map<String, List<TicketSnapshot>> byCustomer = new TreeMap<>();
        for (TicketSnapshot ticket : tickets) {
            if (ticket.customerKey() != null && window.contains(ticket.created().atZone(zone).toLocalDate())) {
                byCustomer.computeIfAbsent(ticket.customerKey(), k -> new ArrayList<>()).add(ticket);
            }
        }
        Comparator<TicketSnapshot> latestFirst = Comparator.comparing(TicketSnapshot::created)
                .thenComparingLong(TicketSnapshot::issueId).reversed();
        List<CustomerActivity> population = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((customer, requests) -> {
            requests.sort(latestFirst);
            LocalDate last = requests.get(0).created().atZone(zone).toLocalDate();
            String organisation = requests.stream().map(TicketSnapshot::organisation)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            BigDecimal monetary = rfm.monetary().valueOf(customer, organisation, organisationAttributeValues);
            population.add(new CustomerActivity(customer, last, requests.size(), monetary));
        });
        return List.copyOf(population);
    }
}
