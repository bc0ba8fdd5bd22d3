package io.balancepoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.browser.testing.Browser;
import io.balancepoint.browser.testing.Shown;
import io.balancepoint.browser.testing.UiText;
import io.balancepoint.browser.testing.WorkbenchBrowser;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Hourly rates stay with rate viewers: an agent's panel has no rate column or value where an
 * admin's panel of the same ticket shows them, and the admin pages refuse the agent without
 * showing any rate.
 */
@ExtendWith(WorkbenchBrowser.class)
class AgentVisibilityBrowserTest {

    private static final String ADMIN = "ada";
    private static final String AGENT = "alice";

    @Test
    void theAgentsPanelHasNoRatesWhereTheAdminsHasThem(Browser browser) {
        String key = TicketsWithCosts.first(browser.rest(), ADMIN, cost -> !labourRates(cost).isEmpty());
        Map<String, BigDecimal> rates = labourRates(browser.rest().get(ADMIN, "tickets/" + key + "/cost"));
        JsonNode agentsCost = browser.rest().get(AGENT, "tickets/" + key + "/cost");
        assertThat(agentsCost.path("ratesShown").asBoolean()).isFalse();

        // The control: a rate viewer sees the rate column with the API's rates, so its absence below means something.
        browser.actAs(ADMIN);
        Map<String, String> adminSees = rateCells(browser, key);
        rates.forEach((line, rate) -> assertThat(Shown.number(adminSees.getOrDefault(line, "none")))
                .as("rate of %s shown to the admin", line).isEqualByComparingTo(Shown.cents(rate)));
        browser.screenshot("admin-sees-rates");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=cost-form]")))
                .as("the admin may add direct costs, so the panel offers the form").hasSize(1);

        browser.actAs(AGENT);
        assertThat(rateCells(browser, key)).as("rate cells for an agent").isEmpty();
        WebElement lines = browser.driver().findElement(By.cssSelector("[data-testid=lines]"));
        assertThat(lines.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .as("columns of the agent's cost lines").doesNotContain(UiText.of("panel.rate"));
        assertThat(lines.getText()).doesNotContain(UiText.of("panel.rate"));
        // The sample desk's visibility section decides whether agents may add direct costs; the API
        // and the panel must both follow it.
        boolean agentsMayAdd = browser.rest().get(ADMIN, "settings").at("/document/visibility/agentsAddDirectCosts").asBoolean();
        assertThat(agentsCost.path("canAddCosts").asBoolean()).as("canAddCosts follows the visibility settings").isEqualTo(agentsMayAdd);
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=cost-form]")))
                .as("the add-cost form is offered to the agent exactly when they may add costs").hasSize(agentsMayAdd ? 1 : 0);
        assertThat(Shown.number(browser.driver().findElement(By.cssSelector("[data-testid=total]")).getText()))
                .as("the agent still sees the ticket's cost")
                .isEqualByComparingTo(Shown.cents(agentsCost.path("total").path("amount").decimalValue()));
    }

    @Test
    void theAdminPagesRefuseTheAgentAndShowNoRate(Browser browser) {
        JsonNode rates = browser.rest().get(ADMIN, "rates");
        browser.actAs(AGENT);
        for (String section : List.of("rates", "channels")) {
            browser.open("admin.html?section=" + section);
            WebElement view = browser.awaitView(By.id("bp-admin"), "error");
            browser.screenshot("agent-admin-" + section);
            assertThat(view.getText()).contains(UiText.of("error.403"));
            assertThat(view.findElements(By.cssSelector("[data-testid=rates-table], [data-testid=settings-form]"))).isEmpty();
            String page = browser.driver().findElement(By.tagName("body")).getText();
            for (JsonNode entry : rates.path("entries")) {
                String rate = Shown.cents(entry.path("entry").path("hourlyRate").decimalValue()).toPlainString();
                assertThat(page).as("rate %s on the %s page", rate, section).doesNotContain("€" + rate);
            }
        }
    }

    /** The hourly rate of each labour line by its source key (none when the caller may not see rates). */
    private static Map<String, BigDecimal> labourRates(JsonNode cost) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (JsonNode line : cost.path("lines")) {
            if ("LABOUR".equals(line.path("category").asText()) && !line.path("rateApplied").isNull()) {
                rates.put(line.path("sourceKey").asText(), line.path("rateApplied").decimalValue());
            }
        }
        return rates;
    }

    /** Opens the ticket's panel, unfolds its cost lines and reads the rate cell of each line that has one. */
    private static Map<String, String> rateCells(Browser browser, String key) {
        browser.open("ticket.html?key=" + key);
        WebElement panel = browser.awaitView(By.id("bp-ticket-panel"), "ready");
        WebElement lines = panel.findElement(By.cssSelector("[data-testid=lines]"));
        lines.findElement(By.tagName("summary")).click();
        browser.await().until(d -> lines.getAttribute("open") != null);
        Map<String, String> cells = new LinkedHashMap<>();
        for (WebElement row : lines.findElements(By.cssSelector("tbody tr"))) {
            row.findElements(By.cssSelector("[data-testid=rate]")).forEach(cell -> cells.put(row.getAttribute("data-source"), cell.getText()));
        }
        return cells;
    }
}
