package io.balancepoint.roi;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Builds {@link TicketFacts} for tests with only the fields the ROI rules read. */
final class FactsBuilder {

    private String key = "SD-1";
    private String project = "SD";
    private String requestType;
    private String priority;
    private String customer;
    private String customerTier;
    private String supportTier;
    private Instant created = Instant.parse("2026-11-16T09:00:00Z");
    private Instant resolved = Instant.parse("2026-11-16T10:00:00Z");
    private boolean real = true;
    private BigDecimal cost = BigDecimal.ZERO;
    private Integer csat;

    static FactsBuilder ticket(String key) {
        FactsBuilder b = new FactsBuilder();
        b.key = key;
        return b;
    }

    FactsBuilder requestType(String value) {
        requestType = value;
        return this;
    }

    FactsBuilder priority(String value) {
        priority = value;
        return this;
    }

    FactsBuilder customer(String value) {
        customer = value;
        return this;
    }

    FactsBuilder tier(String value) {
        customerTier = value;
        return this;
    }

    FactsBuilder supportTier(String value) {
        supportTier = value;
        return this;
    }

    FactsBuilder created(String instant) {
        created = Instant.parse(instant);
        return this;
    }

    FactsBuilder resolved(String instant) {
        resolved = instant == null ? null : Instant.parse(instant);
        return this;
    }

    FactsBuilder notReal() {
        real = false;
        return this;
    }

    FactsBuilder cost(String amount) {
        cost = new BigDecimal(amount);
        return this;
    }

    FactsBuilder csat(Integer value) {
        csat = value;
        return this;
    }

    TicketFacts build() {
        return new TicketFacts(Math.abs(key.hashCode()), key, project, requestType, "portal", priority, customer, null,
                customerTier, supportTier, created, resolved, resolved == null ? null : (real ? "Done" : "Duplicate"),
                resolved != null && real, "agent", Money.of(cost, RoiTestData.EUR), Map.of(), 0, false, 1, 0, 0,
                Duration.ofMinutes(5), resolved == null ? null : Duration.between(created, resolved), csat,
                resolved == null ? FcrStatus.OPEN : FcrStatus.FCR);
    }
}
