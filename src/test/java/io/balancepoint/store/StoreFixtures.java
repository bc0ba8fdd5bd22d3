package io.balancepoint.store;

import io.balancepoint.facts.TicketFacts;
import io.balancepoint.fcr.FcrStatus;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.ledger.RateSource;
import io.balancepoint.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Ticket facts and cost lines for store tests. */
final class StoreFixtures {

    static final Instant CREATED = Instant.parse("2026-03-02T08:15:30.123Z");
    static final Instant RESOLVED = Instant.parse("2026-03-02T16:40:00.456Z");

    private StoreFixtures() {
    }

    static CostLine labour(String sourceKey, String amount) {
        return new CostLine(sourceKey, CostCategory.LABOUR, Money.of(amount, "EUR"), new BigDecimal("5400"), "second",
                new BigDecimal("47.50"), RateSource.USER, CREATED.plusSeconds(60), false, null, null);
    }

    static CostLine contact(String sourceKey, String amount) {
        return new CostLine(sourceKey, CostCategory.CONTACT, Money.of(amount, "EUR"), BigDecimal.ONE, "contact",
                new BigDecimal(amount), RateSource.CHANNEL, CREATED.plusSeconds(120), false, null, null);
    }

    static CostLine manual(String id, String amount, String note) {
        return new CostLine("manual:" + id, CostCategory.MATERIAL, Money.of(amount, "EUR"), BigDecimal.ONE, "item",
                null, RateSource.MANUAL, CREATED.plusSeconds(300), false, note, "alice");
    }

    /** A resolved ticket of project SD with all dimensions set. */
    static TicketFacts resolved(long issueId, String totalCost) {
        return facts(issueId, "SD", RESOLVED, "Password reset", "email", "GOLD", "L1", "bob", totalCost, 4, FcrStatus.FCR);
    }

    static TicketFacts facts(long issueId, String project, Instant resolvedAt, String requestType, String channel,
                             String customerTier, String supportTier, String resolvedBy, String totalCost, Integer csat,
                             FcrStatus fcr) {
        Money total = Money.of(totalCost, "EUR");
        Map<CostCategory, Money> byCategory = new EnumMap<>(CostCategory.class);
        byCategory.put(CostCategory.LABOUR, total.times(new BigDecimal("0.75")));
        byCategory.put(CostCategory.CONTACT, total.times(new BigDecimal("0.25")));
        return new TicketFacts(
                issueId, project + "-" + issueId, project, requestType, channel, "Medium", "cust-" + issueId % 3,
                "Org " + issueId % 2, customerTier, supportTier,
                CREATED, resolvedAt, resolvedAt == null ? null : "Done", resolvedAt != null, resolvedBy,
                total, byCategory, 5400, false, 1, 0, 0,
                Duration.ofMinutes(42), resolvedAt == null ? null : Duration.between(CREATED, resolvedAt),
                csat, resolvedAt == null ? FcrStatus.OPEN : fcr);
    }

    static List<CostLine> linesFor(String labourAmount, String contactAmount) {
        return List.of(labour("worklog:1", labourAmount), contact("contact:comment:7", contactAmount));
    }

    /** Facts of a random ticket (resolved four times in five, one project in four is IT). */
    static TicketFacts randomFacts(Random random, long issue) {
        boolean resolved = random.nextInt(5) > 0;
        Instant resolvedAt = resolved ? RESOLVED.plus(Duration.ofHours(random.nextInt(72))) : null;
        String total = random.nextInt(1000) + "." + random.nextInt(100);
        Money totalCost = Money.of(total, "EUR");
        Map<CostCategory, Money> byCategory = new EnumMap<>(CostCategory.class);
        byCategory.put(CostCategory.LABOUR, totalCost.dividedBy(3));
        if (random.nextBoolean()) {
            byCategory.put(CostCategory.OUTSOURCING, Money.of("0.001", "EUR"));
        }
        FcrStatus[] resolvedStatuses = {FcrStatus.FCR, FcrStatus.PROVISIONAL, FcrStatus.NOT_FCR, FcrStatus.NOT_APPLICABLE};
        return new TicketFacts(issue, "SD-" + issue, random.nextInt(4) == 0 ? "IT" : "SD",
                pick(random, "Password reset", "VPN", null), pick(random, "email", "portal", "phone"), "Medium",
                "cust", null, pick(random, "GOLD", "BASIC", null), pick(random, "L1", "L2"),
                CREATED, resolvedAt, resolved ? "Done" : null, resolved && random.nextBoolean(),
                resolved ? pick(random, "bob", "carol") : null, totalCost, byCategory, random.nextInt(10_000),
                false, random.nextInt(4), random.nextInt(3), random.nextInt(2), Duration.ofMinutes(random.nextInt(500)),
                resolved ? Duration.between(CREATED, resolvedAt) : null,
                random.nextBoolean() ? 1 + random.nextInt(5) : null,
                resolved ? resolvedStatuses[random.nextInt(resolvedStatuses.length)] : FcrStatus.OPEN);
    }

    /** Up to four random labour lines with source keys worklog:0..3. */
    static List<CostLine> randomLines(Random random) {
        List<CostLine> lines = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            if (random.nextBoolean()) {
                lines.add(new CostLine("worklog:" + w, CostCategory.LABOUR,
                        Money.of(new BigDecimal(random.nextInt(10_000)).movePointLeft(random.nextInt(4)), Currency.getInstance("EUR")),
                        new BigDecimal(random.nextInt(9000)), "second", new BigDecimal("47.50"), RateSource.USER,
                        CREATED.plusSeconds(w), false, null, null));
            }
        }
        return lines;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
