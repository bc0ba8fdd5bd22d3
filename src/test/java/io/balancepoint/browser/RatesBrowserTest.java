package io.balancepoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.browser.testing.Browser;
import io.balancepoint.browser.testing.Rest;
import io.balancepoint.browser.testing.Shown;
import io.balancepoint.browser.testing.WorkbenchBrowser;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin on the rates page: a new effective-dated rate is saved, and after a recalculation the
 * ticket's labour is priced with it; a value the API refuses is shown next to its field and
 * nothing is saved.
 */
@ExtendWith(WorkbenchBrowser.class)
class RatesBrowserTest {

    private static final String ADMIN = "ada";
    private static final String TIER = "L2";
    private static final BigDecimal RAISE = new BigDecimal("13.25");
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    @Test
    void aSavedRateIsAppliedToTheTicketAfterRecalculation(Browser browser) {
        Rest rest = browser.rest();
        JsonNode tierRate = openRate(rest.get(ADMIN, "rates"), "AGENT_TIER", TIER);
        BigDecimal oldRate = tierRate.path("hourlyRate").decimalValue();
        BigDecimal newRate = oldRate.add(RAISE);
        LocalDate from = browser.workbench().firstDay();
        String key = TicketsWithCosts.first(rest, ADMIN, cost -> !tierLines(cost, oldRate).isEmpty());
        JsonNode before = rest.get(ADMIN, "tickets/" + key + "/cost");
        // Labour as it must be once repriced: the tier's worklogs at the new rate, the others as they were.
        BigDecimal expectedLabour = BigDecimal.ZERO;
        for (JsonNode line : before.path("lines")) {
            if (!"LABOUR".equals(line.path("category").asText())) {
                continue;
            }
            expectedLabour = expectedLabour.add(tierLines(before, oldRate).contains(line)
                    ? line.path("quantity").decimalValue().multiply(newRate).divide(SECONDS_PER_HOUR, MathContext.DECIMAL128)
                    : line.path("amount").path("amount").decimalValue());
        }
        int entriesBefore = rest.get(ADMIN, "rates").path("entries").size();

        browser.actAs(ADMIN);
        browser.open("admin.html?section=rates");
        browser.awaitView(By.id("bp-admin"), "ready");
        WebElement form = browser.await().until(d -> d.findElement(By.cssSelector("[data-testid=add-rate]")));
        browser.fill(form, "entry.kind", "AGENT_TIER");
        browser.fill(form, "entry.key", TIER);
        browser.fill(form, "entry.hourlyRate", newRate.toPlainString());
        browser.fill(form, "entry.from", from.toString());
        browser.fill(form, "comment", "browser test: pay rise of the second line");
        form.findElement(By.cssSelector("[data-action=add-rate]")).click();
        WebElement added = browser.await().until(d -> d.findElement(
                By.cssSelector("[data-testid=rates-table] tr[data-index='" + entriesBefore + "']")));
        browser.screenshot("rate-added");

        assertThat(Shown.number(added.findElements(By.tagName("td")).get(1).getText())).isEqualByComparingTo(newRate);
        JsonNode saved = rest.get(ADMIN, "rates").path("entries").get(entriesBefore).path("entry");
        assertThat(saved.path("kind").asText()).isEqualTo("AGENT_TIER");
        assertThat(saved.path("key").asText()).isEqualTo(TIER);
        assertThat(saved.path("hourlyRate").decimalValue()).isEqualByComparingTo(newRate);
        assertThat(saved.path("from").asText()).isEqualTo(from.toString());

        browser.open("admin.html?section=recalculation");
        browser.awaitView(By.id("bp-admin"), "ready");
        WebElement recalculation = browser.await().until(d -> d.findElement(By.cssSelector("[data-testid=recalculation]")));
        browser.fill(recalculation, "from", from.toString());
        recalculation.findElement(By.cssSelector("button[type=submit]")).click();
        String ended = browser.await().until(d -> {
            String status = d.findElement(By.cssSelector("[data-job=recalculation]")).getAttribute("data-status");
            return List.of("DONE", "FAILED", "CANCELLED").contains(status) ? status : null;
        });
        assertThat(ended).as("the recalculation job").isEqualTo("DONE");
        browser.screenshot("recalculated");
        JsonNode job = rest.get(ADMIN, "jobs/recalculation");
        assertThat(job.path("done").asLong()).as("tickets recalculated (the job counts without knowing a total)").isPositive();

        JsonNode after = rest.get(ADMIN, "tickets/" + key + "/cost");
        assertThat(tierLines(after, newRate)).as("the tier's worklogs, now at the new rate").hasSameSizeAs(tierLines(before, oldRate));
        BigDecimal labour = after.path("byCategory").path("LABOUR").path("amount").decimalValue();
        assertThat(Shown.cents(labour)).isEqualByComparingTo(Shown.cents(expectedLabour));
        assertThat(labour).isNotEqualByComparingTo(before.path("byCategory").path("LABOUR").path("amount").decimalValue());

        browser.open("ticket.html?key=" + key);
        WebElement panel = browser.awaitView(By.id("bp-ticket-panel"), "ready");
        WebElement labourRow = panel.findElement(By.cssSelector("[data-testid=breakdown] tr[data-category=LABOUR]"));
        assertThat(Shown.number(labourRow.findElements(By.tagName("td")).get(0).getText()))
                .as("labour shown in the panel").isEqualByComparingTo(Shown.cents(expectedLabour));
        assertThat(Shown.number(panel.findElement(By.cssSelector("[data-testid=total]")).getText()))
                .isEqualByComparingTo(Shown.cents(after.path("total").path("amount").decimalValue()));
    }

    @Test
    void aRefusedValueIsShownAtItsFieldAndNothingIsSaved(Browser browser) {
        Rest rest = browser.rest();
        long revision = rest.get(ADMIN, "settings").path("revision").asLong();
        JsonNode entries = rest.get(ADMIN, "rates").path("entries");
        String from = browser.workbench().firstDay().toString();
        // What the API says about a negative rate: the reason the page must show next to the field.
        JsonNode refusal = Rest.json(rest.send(ADMIN, "POST", "rates", java.util.Map.of("revision", revision,
                "entry", java.util.Map.of("kind", "AGENT_TIER", "key", "L3", "hourlyRate", -5, "from", from))));
        assertThat(refusal.path("status").asInt()).isEqualTo(422);
        List<String> reasons = StreamSupport.stream(refusal.path("errors").spliterator(), false)
                .filter(p -> p.path("field").asText().equals("entry.hourlyRate")).map(p -> p.path("reason").asText()).toList();
        assertThat(reasons).isNotEmpty();

        browser.actAs(ADMIN);
        browser.open("admin.html?section=rates");
        WebElement view = browser.awaitView(By.id("bp-admin"), "ready");
        WebElement form = browser.await().until(d -> d.findElement(By.cssSelector("[data-testid=add-rate]")));
        browser.fill(form, "entry.kind", "AGENT_TIER");
        browser.fill(form, "entry.key", "L3");
        WebElement rate = browser.fill(form, "entry.hourlyRate", "-5");
        browser.fill(form, "entry.from", from);
        form.findElement(By.cssSelector("[data-action=add-rate]")).click();
        browser.awaitAttribute(view, "data-save", "error");

        WebElement group = form.findElement(By.cssSelector("[data-path='entry.hourlyRate']"));
        List<String> shown = group.findElements(By.cssSelector(".bp-field-error")).stream().map(WebElement::getText).toList();
        assertThat(shown).as("errors next to the hourly rate").containsExactlyInAnyOrderElementsOf(reasons);
        assertThat(rate.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(rate.getAttribute("aria-describedby")).contains(group.findElement(By.cssSelector(".bp-field-error")).getAttribute("id"));
        assertThat(form.findElements(By.cssSelector("[data-path]:not([data-path='entry.hourlyRate']) .bp-field-error")))
                .as("no other field is blamed").isEmpty();

        assertThat(rest.get(ADMIN, "settings").path("revision").asLong()).as("settings revision").isEqualTo(revision);
        assertThat(rest.get(ADMIN, "rates").path("entries")).isEqualTo(entries);
    }

    /** The open-ended entry of a kind and key. */
    private static JsonNode openRate(JsonNode rates, String kind, String key) {
        for (JsonNode indexed : rates.path("entries")) {
            JsonNode entry = indexed.path("entry");
            if (entry.path("kind").asText().equals(kind) && entry.path("key").asText().equals(key) && entry.path("until").isNull()) {
                return entry;
            }
        }
        throw new AssertionError("no open " + kind + " " + key + " rate in " + rates);
    }

    /** Labour lines priced by an agent-tier rate of {@code rate} (the tier's worklogs). */
    private static List<JsonNode> tierLines(JsonNode cost, BigDecimal rate) {
        return StreamSupport.stream(cost.path("lines").spliterator(), false)
                .filter(l -> "LABOUR".equals(l.path("category").asText()) && "AGENT_TIER".equals(l.path("rateSource").asText())
                        && l.path("rateApplied").decimalValue().compareTo(rate) == 0)
                .toList();
    }
}
