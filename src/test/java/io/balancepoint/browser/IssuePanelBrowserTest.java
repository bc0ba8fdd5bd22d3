package io.balancepoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.browser.testing.Browser;
import io.balancepoint.browser.testing.Shown;
import io.balancepoint.browser.testing.UiText;
import io.balancepoint.browser.testing.WorkbenchBrowser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The agent's issue panel on the workbench's ticket page: as a team lead sees it, the total, the
 * breakdown by category with shares, labour hours and contacts; as an agent sees it, the request
 * type comparison and the anomaly flag without any rate; all equal to what the REST API answers for
 * the same ticket and user.
 */
@ExtendWith(WorkbenchBrowser.class)
class IssuePanelBrowserTest {

    private static final String LEAD = "leo";
    private static final String AGENT = "alice";

    /** A sample ticket with labour, contact and overhead lines. */
    private static String knownTicket(Browser browser) {
        return TicketsWithCosts.firstWithCategories(browser.rest(), LEAD, "LABOUR", "CONTACT", "OVERHEAD");
    }

    /** The ticket's panel as {@code user} sees it, once it is ready. */
    private static WebElement panelOf(Browser browser, String user, String key) {
        browser.actAs(user);
        browser.open("ticket.html?key=" + key);
        return browser.awaitView(By.id("bp-ticket-panel"), "ready");
    }

    @Test
    void showsTheBreakdownOfAKnownTicket(Browser browser) {
        String key = knownTicket(browser);
        JsonNode cost = browser.rest().get(LEAD, "tickets/" + key + "/cost");
        JsonNode facts = browser.rest().get(LEAD, "tickets/" + key + "/facts");

        WebElement panel = panelOf(browser, LEAD, key);

        BigDecimal total = cost.path("total").path("amount").decimalValue();
        assertThat(Shown.number(panel.findElement(By.cssSelector("[data-testid=total]")).getText()))
                .as("total").isEqualByComparingTo(Shown.cents(total));
        assertThat(panel.findElement(By.cssSelector("[data-testid=total]")).getText()).contains("€");

        Map<String, BigDecimal> expectedAmounts = new LinkedHashMap<>();
        Map<String, BigDecimal> expectedShares = new LinkedHashMap<>();
        cost.path("byCategory").properties().forEach(e -> {
            BigDecimal amount = e.getValue().path("amount").decimalValue();
            expectedAmounts.put(e.getKey(), Shown.cents(amount));
            expectedShares.put(e.getKey(), Shown.percentOf(amount, total));
        });
        Map<String, BigDecimal> shownAmounts = new LinkedHashMap<>();
        Map<String, BigDecimal> shownShares = new LinkedHashMap<>();
        for (WebElement row : panel.findElements(By.cssSelector("[data-testid=breakdown] tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            shownAmounts.put(row.getAttribute("data-category"), Shown.number(cells.get(0).getText()));
            shownShares.put(row.getAttribute("data-category"), Shown.number(cells.get(1).getText()));
        }
        assertThat(new ArrayList<>(shownAmounts.keySet())).as("categories, in the API's order")
                .containsExactlyElementsOf(expectedAmounts.keySet());
        expectedAmounts.forEach((category, amount) ->
                assertThat(shownAmounts.get(category)).as("amount of %s", category).isEqualByComparingTo(amount));
        expectedShares.forEach((category, share) ->
                assertThat(shownShares.get(category)).as("share of %s", category).isEqualByComparingTo(share));

        assertThat(Shown.number(panel.findElement(By.cssSelector("[data-testid=labour]")).getText()))
                .as("labour hours").isEqualByComparingTo(Shown.hours(facts.path("labourSeconds").asLong()));
        assertThat(panel.findElement(By.cssSelector("[data-testid=contacts]")).getText())
                .isEqualTo(facts.path("agentContacts").asText());
        assertThat(panel.findElement(By.cssSelector("[data-testid=support-tier]")).getText())
                .isEqualTo(facts.path("supportTier").asText());
    }

    @Test
    void anAgentSeesTheRequestTypeComparisonAndTheAnomalyFlagAsTheApiAnswersWithoutRates(Browser browser) {
        String key = knownTicket(browser);
        JsonNode comparison = browser.rest().get(AGENT, "tickets/" + key + "/comparison");
        JsonNode cost = browser.rest().get(AGENT, "tickets/" + key + "/cost");
        assertThat(cost.path("ratesShown").asBoolean()).as("the agent is no rate viewer").isFalse();
        assertThat(comparison.toString()).as("the comparison holds no rate").doesNotContain("rate\"");
        JsonNode anomaly = comparison.path("anomaly");

        WebElement panel = panelOf(browser, AGENT, key);
        browser.screenshot("agent-panel-comparison");

        WebElement shown = panel.findElement(By.cssSelector("[data-testid=comparison]"));
        assertThat(shown.findElement(By.tagName("h4")).getText()).contains(comparison.path("requestType").asText())
                .contains(anomaly.path("windowDays").asText());
        assertThat(Shown.number(text(shown, "this-total"))).as("this ticket's total")
                .isEqualByComparingTo(Shown.cents(comparison.path("total").path("amount").decimalValue()));
        assertThat(Shown.number(text(shown, "this-labour"))).as("this ticket's logged work")
                .isEqualByComparingTo(Shown.hours(comparison.path("labourSeconds").asLong()));
        if (comparison.path("averageCost").isNull()) {
            assertThat(text(shown, "average-cost")).isEqualTo(UiText.of("panel.comparison.none"));
        } else {
            assertThat(Shown.number(text(shown, "average-cost"))).as("the request type's average cost")
                    .isEqualByComparingTo(Shown.cents(comparison.path("averageCost").path("amount").decimalValue()));
            assertThat(text(shown, "average-of")).isEqualTo(comparison.path("averageOf").asText());
        }
        if (anomaly.path("meanLabourSeconds").isNull()) {
            assertThat(text(shown, "mean-labour")).isEqualTo(UiText.of("panel.comparison.none"));
        } else {
            assertThat(Shown.number(text(shown, "mean-labour"))).as("the request type's mean logged work")
                    .isEqualByComparingTo(anomaly.path("meanLabourSeconds").decimalValue()
                            .divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_EVEN));
            assertThat(text(shown, "sample-size")).isEqualTo(anomaly.path("sampleSize").asText());
        }

        WebElement flag = panel.findElement(By.cssSelector("[data-testid=anomaly]"));
        assertThat(flag.getAttribute("data-flagged")).isEqualTo(anomaly.path("flagged").asText());
        String lozenge = flag.findElement(By.cssSelector(".aui-lozenge")).getText();
        String expected = anomaly.path("flagged").asBoolean() ? "panel.anomaly"
                : anomaly.path("enoughTickets").asBoolean() ? "panel.anomaly.usual" : "panel.anomaly.too.few";
        assertThat(lozenge).as("the flag's text").isEqualToIgnoringCase(UiText.of(expected));

        // rates stay absent for the agent: no rate column, no rate value anywhere in the panel
        assertThat(panel.findElements(By.cssSelector("[data-testid=rate]"))).isEmpty();
        assertThat(panel.getText()).doesNotContain(UiText.of("panel.rate"));
    }

    private static String text(WebElement within, String testid) {
        return within.findElement(By.cssSelector("[data-testid=" + testid + "]")).getText();
    }
}
