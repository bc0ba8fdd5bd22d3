package io.balancepoint.metrics;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/** Test fixture: ticket facts with plain defaults (a resolved, FCR e-mail password reset that cost nothing). */
final class FactsBuilder {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    private final long issueId;
    private final String issueKey;
    private String project = "SD";
    private String requestType = "Password reset";
    private String channel = "email";
    private String priority = "Medium";
    private String customer = "cust-1";
    private String organisation = "Acme";
    private String customerTier = "Gold";
    private String supportTier = "L1";
    private Instant created = CREATED;
    private Instant resolvedAt = CREATED.plus(Duration.ofHours(1));
    private String resolution = "Done";
    private boolean realResolution = true;
    private String resolvedBy = "agent-1";
    private final Map<CostCategory, Money> costs = new EnumMap<>(CostCategory.class);
    private long labourSeconds;
    private boolean labourEstimated;
    private int agentContacts = 1;
    private int followUps;
    private int reopens;
    private Duration firstResponse = Duration.ofMinutes(30);
    private Integer csat;
    private FcrStatus fcr = FcrStatus.FCR;

    private FactsBuilder(String key) {
        this.issueId = Math.abs((long) key.hashCode());
        this.issueKey = key;
    }

    static FactsBuilder facts(String key) {
        return new FactsBuilder(key);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    FactsBuilder project(String value) {
        project = value;
        return this;
    }

    FactsBuilder requestType(String value) {
        requestType = value;
        return this;
    }

    FactsBuilder channel(String value) {
        channel = value;
        return this;
    }

    FactsBuilder priority(String value) {
        priority = value;
        return this;
    }

    FactsBuilder customerTier(String value) {
        customerTier = value;
        return this;
    }

    FactsBuilder supportTier(String value) {
        supportTier = value;
        return this;
    }

    FactsBuilder organisation(String value) {
        organisation = value;
        return this;
    }

    FactsBuilder created(Instant value) {
        created = value;
        return this;
    }

    FactsBuilder resolved(Instant at, String name, boolean real) {
        resolvedAt = at;
        resolution = name;
        realResolution = real;
        return this;
    }

    FactsBuilder resolvedAt(Instant at) {
        resolvedAt = at;
        return this;
    }

    FactsBuilder unresolved() {
        resolvedAt = null;
        resolution = null;
        realResolution = false;
        resolvedBy = null;
        fcr = FcrStatus.OPEN;
        return this;
    }

    FactsBuilder resolvedBy(String agent) {
        resolvedBy = agent;
        return this;
    }

    FactsBuilder cost(CostCategory category, String amount) {
        costs.put(category, eur(amount));
        return this;
    }

    FactsBuilder labour(long seconds) {
        labourSeconds = seconds;
        return this;
    }

    FactsBuilder labourEstimated(boolean value) {
        labourEstimated = value;
        return this;
    }

    FactsBuilder contacts(int value) {
        agentContacts = value;
        return this;
    }

    FactsBuilder followUps(int value) {
        followUps = value;
        return this;
    }

    FactsBuilder reopens(int value) {
        reopens = value;
        return this;
    }

    FactsBuilder firstResponse(Duration value) {
        firstResponse = value;
        return this;
    }

    FactsBuilder csat(Integer value) {
        csat = value;
        return this;
    }

    FactsBuilder fcr(FcrStatus value) {
        fcr = value;
        return this;
    }

    TicketFacts build() {
        Money total = costs.values().stream().reduce(Money.zero(EUR), Money::plus);
        return new TicketFacts(issueId, issueKey, project, requestType, channel, priority, customer, organisation,
                customerTier, supportTier, created, resolvedAt, resolution, realResolution, resolvedBy, total, costs,
                labourSeconds, labourEstimated, agentContacts, followUps, reopens, firstResponse,
                resolvedAt == null ? null : Duration.between(created, resolvedAt), csat, fcr);
    }
}
