package io.balancepoint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.balancepoint.json.Json;
import io.balancepoint.money.Money;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectCostEntryTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private static DirectCostEntry entry(CostCategory category, String amount, String minutes, String perMinute) {
        return new DirectCostEntry(category, dec(amount), dec(minutes), dec(perMinute), AT, "goodwill refund", "alice");
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static List<Problem> problemsOf(DirectCostEntry entry) {
        Problems problems = new Problems();
        entry.validate(problems);
        return problems.list();
    }

    @Test
    void aFlatAmountBecomesOneManualItem() {
        CostLine line = entry(CostCategory.COMPENSATION, "25.00", null, null).toCostLine("17", EUR);
        assertThat(line).isEqualTo(new CostLine("manual:17", CostCategory.COMPENSATION, Money.of("25.00", "EUR"),
                BigDecimal.ONE, "item", null, RateSource.MANUAL, AT, false, "goodwill refund", "alice"));
        assertThat(line.isManual()).isTrue();
    }

    @Test
    void outsourcingByTimeIsMinutesTimesPricePerMinute() {
        // 90 min × 1.20 = 108.00
        CostLine line = entry(CostCategory.OUTSOURCING, null, "90", "1.20").toCostLine("18", EUR);
        assertThat(line.amount()).isEqualTo(Money.of("108.00", "EUR"));
        assertThat(line.quantity()).isEqualByComparingTo("90");
        assertThat(line.unit()).isEqualTo("min");
        assertThat(line.rateApplied()).isEqualByComparingTo("1.20");
        assertThat(line.sourceKey()).isEqualTo("manual:18");
    }

    @Test
    void everyDirectCategoryTakesAFlatAmount() {
        for (CostCategory c : List.of(CostCategory.COMPENSATION, CostCategory.MATERIAL, CostCategory.OUTSOURCING, CostCategory.OTHER)) {
            assertThat(problemsOf(entry(c, "1", null, null))).as(c.name()).isEmpty();
        }
    }

    @Test
    void reportsEveryProblemAtOnce() {
        DirectCostEntry entry = new DirectCostEntry(CostCategory.LABOUR, new BigDecimal("-3"), new BigDecimal("5"),
                null, null, " ", null);
        assertThat(problemsOf(entry)).containsExactly(
                new Problem("category", "must be COMPENSATION, MATERIAL, OUTSOURCING or OTHER; LABOUR lines are computed"),
                new Problem("amount", "give either amount or minutes and pricePerMinute, not both"),
                new Problem("amount", "must be greater than 0; correct a wrong line by editing or deleting it"),
                new Problem("minutes", "only OUTSOURCING may be entered as minutes × pricePerMinute"),
                new Problem("occurredAt", "is required"),
                new Problem("note", "must not be blank"),
                new Problem("author", "is required"));
    }

    @Test
    void quantityRules() {
        assertThat(problemsOf(entry(CostCategory.MATERIAL, null, null, null)))
                .containsExactly(new Problem("amount", "is required (or minutes and pricePerMinute for OUTSOURCING)"));
        assertThat(problemsOf(entry(CostCategory.MATERIAL, "0", null, null)))
                .containsExactly(new Problem("amount", "must be greater than 0; correct a wrong line by editing or deleting it"));
        assertThat(problemsOf(entry(CostCategory.OUTSOURCING, null, "30", null)))
                .containsExactly(new Problem("pricePerMinute", "is required"));
        assertThat(problemsOf(entry(CostCategory.OUTSOURCING, null, "0", "-1"))).containsExactly(
                new Problem("minutes", "must be greater than 0"),
                new Problem("pricePerMinute", "must be greater than 0"));
        assertThat(problemsOf(entry(CostCategory.MATERIAL, null, "30", "2")))
                .containsExactly(new Problem("minutes", "only OUTSOURCING may be entered as minutes × pricePerMinute"));
    }

    @Test
    void toCostLineRefusesAnInvalidEntryOrId() {
        assertThatThrownBy(() -> entry(CostCategory.MATERIAL, "-1", null, null).toCostLine(" ", EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("amount", "id"));
    }

    @Test
    void bindsFromJson() throws Exception {
        DirectCostEntry entry = Json.mapper().readValue("""
                {"category":"OUTSOURCING","minutes":45,"pricePerMinute":0.80,
                 "occurredAt":"2026-03-02T10:00:00Z","note":"vendor call","author":"bob"}""", DirectCostEntry.class);
        assertThat(entry.toCostLine("1", EUR).amount()).isEqualTo(Money.of("36.00", "EUR"));
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(entry), DirectCostEntry.class)).isEqualTo(entry);
    }
}
