package io.balancepoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.browser.testing.Browser;
import io.balancepoint.browser.testing.WorkbenchBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The routing page's dry run: the rules as shown in the form, tried on a project's recent
 * tickets, list where each ticket would go (tier, group, rule) and the load per target, as
 * {@code POST whatif/routing-dry-run} answers for the same rules; nothing is saved.
 */
@ExtendWith(WorkbenchBrowser.class)
class RoutingDryRunBrowserTest {

    private static final String ADMIN = "ada";
    private static final String PROJECT = "SUP";
    private static final int TICKETS = 25;

    @Test
    void theDryRunListsWhereTheRecentTicketsWouldGo(Browser browser) {
        long revision = browser.rest().get(ADMIN, "settings").path("revision").asLong();
        JsonNode expected = browser.rest().post(ADMIN, "whatif/routing-dry-run", Map.of("project", PROJECT, "tickets", TICKETS));
        assertThat(expected.path("tickets")).as("recent tickets of %s", PROJECT).isNotEmpty();

        browser.actAs(ADMIN);
        browser.open("admin.html?section=routing");
        browser.awaitView(By.id("bp-admin"), "ready");
        WebElement dryRun = browser.await().until(d -> d.findElement(By.cssSelector("form.bp-dry-run")));
        WebElement project = browser.fill(dryRun, "project", PROJECT);
        assertThat(project.getDomProperty("value")).as("the project as typed").isEqualTo(PROJECT);
        browser.fill(dryRun, "tickets", String.valueOf(TICKETS));
        dryRun.findElement(By.cssSelector("[data-action=dry-run]")).click();
        WebElement result = browser.awaitView(By.cssSelector("[data-testid=dry-run-result]"), "ready");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", result); // for the screenshot

        List<List<String>> shownRows = new ArrayList<>();
        for (WebElement row : dryRun.findElements(By.cssSelector("[data-testid=dry-run-rows] tbody tr"))) {
            List<String> cells = row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
            // issue, tier it would get (without the "changed" lozenge), group, rule
            shownRows.add(List.of(cells.get(0), cells.get(2).split("\\s")[0], cells.get(3), cells.get(4)));
        }
        List<List<String>> expectedRows = new ArrayList<>();
        for (JsonNode ticket : expected.path("tickets")) {
            JsonNode wouldGo = ticket.path("wouldGo");
            expectedRows.add(List.of(ticket.path("issueKey").asText(), wouldGo.path("tierAfter").asText(""),
                    wouldGo.path("assigneeGroup").asText(""), wouldGo.path("matchedRuleId").asText("")));
        }
        assertThat(shownRows).as("issue, tier, group, rule per ticket").containsExactlyElementsOf(expectedRows);

        List<List<String>> shownTargets = dryRun.findElements(By.cssSelector("[data-testid=dry-run-targets] tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList()).toList();
        List<List<String>> expectedTargets = new ArrayList<>();
        for (JsonNode target : expected.path("targets")) {
            expectedTargets.add(List.of(target.path("supportTier").asText(""), target.path("assigneeGroup").asText(""),
                    target.path("tickets").asText()));
        }
        assertThat(shownTargets).as("tickets per target").containsExactlyElementsOf(expectedTargets);
        assertThat(browser.rest().get(ADMIN, "settings").path("revision").asLong()).as("a dry run saves nothing").isEqualTo(revision);
    }
}
