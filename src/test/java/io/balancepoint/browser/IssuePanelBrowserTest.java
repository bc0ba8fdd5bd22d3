package io.balancepoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.browser.testing.Browser;
import io.balancepoint.browser.testing.Shown;
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
 * The agent's issue panel on the workbench's ticket page, as a team lead sees it: the total, the
 * breakdown by category with shares, labour hours and contacts, all equal to what the REST API
 * answers for the same ticket and user.
 */
@ExtendWith(WorkbenchBrowser.class)
class IssuePanelBrowserTest {

    private static final String LEAD = "leo";

    @Test
    void showsTheBreakdownOfAKnownTicket(Browser browser) {
        String key = TicketsWithCosts.firstWithCategories(browser.rest(), LEAD, "LABOUR", "CONTACT", "OVERHEAD");
        JsonNode cost = browser.rest().get(LEAD, "tickets/" + key + "/cost");
        JsonNode facts = browser.rest().get(LEAD, "tickets/" + key + "/facts");

        browser.actAs(LEAD);
        browser.open("ticket.html?key=" + key);
        WebElement panel = browser.awaitView(By.id("bp-ticket-panel"), "ready");

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
}
