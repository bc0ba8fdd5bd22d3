package io.balancepoint.tiering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds the RFM population one request at a time, so a scoring run can stream tickets instead of
 * holding them: memory grows with the number of customers, not of requests. Same rules as
 * {@link CustomerActivities#collect}: requests created (in the zone) inside the look-back window
 * count; a customer's organisation is the one on their latest request that names one; requests
 * without a customer are skipped. Not thread-safe.
 */
public final class CustomerActivityCollector {

    /** Latest first: by creation time, then by issue id (the later issue wins a tie). */
    private static final Comparator<CustomerRequest> LATEST_FIRST = Comparator.comparing(CustomerRequest::created)
            .thenComparingLong(CustomerRequest::issueId).reversed();

    private final RfmSettings rfm;
    private final LocalDate asOf;
    private final ZoneId zone;
    private final Map<String, Tally> byCustomer = new TreeMap<>();

    public CustomerActivityCollector(RfmSettings rfm, LocalDate asOf, ZoneId zone) {
        this.rfm = Objects.requireNonNull(rfm, "rfm");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The instants between which requests count: the start of the window's first day to the start of the day after {@code asOf}. */
    public Instant windowStart() {
        return rfm.window(asOf).from().atStartOfDay(zone).toInstant();
    }

    /** @see #windowStart() */
    public Instant windowEnd() {
        return rfm.window(asOf).until().atStartOfDay(zone).toInstant();
    }

    /** Counts a request if it has a customer and was created inside the window. */
    public void add(CustomerRequest request) {
        if (request.customerKey() == null || !rfm.window(asOf).contains(request.created().atZone(zone).toLocalDate())) {
            return;
        }
        byCustomer.computeIfAbsent(request.customerKey(), k -> new Tally()).add(request);
    }

    /**
     * One activity per customer seen, ordered by customer key, valued through the RFM monetary source.
     *
     * @param organisationAttributeValues organisation to the value of the configured attribute (ignored for customer values)
     */
    public List<CustomerActivity> activities(Map<String, BigDecimal> organisationAttributeValues) {
        Objects.requireNonNull(organisationAttributeValues, "organisationAttributeValues");
        List<CustomerActivity> population = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((customer, tally) -> {
            String organisation = tally.latestWithOrganisation == null ? null : tally.latestWithOrganisation.organisation();
            BigDecimal monetary = rfm.monetary().valueOf(customer, organisation, organisationAttributeValues);
            population.add(new CustomerActivity(customer, tally.latest.created().atZone(zone).toLocalDate(),
                    tally.requests, monetary));
        });
        return List.copyOf(population);
    }

    /** What one customer's requests amount to so far. */
    private static final class Tally {
        private int requests;
        private CustomerRequest latest;
        private CustomerRequest latestWithOrganisation;

        void add(CustomerRequest request) {
            requests++;
            if (latest == null || LATEST_FIRST.compare(request, latest) < 0) {
                latest = request;
            }
            if (request.organisation() != null
                    && (latestWithOrganisation == null || LATEST_FIRST.compare(request, latestWithOrganisation) < 0)) {
                latestWithOrganisation = request;
            }
        }
    }
}
