package io.balancepoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.browser.testing.Browser;
import io.balancepoint.browser.testing.SharedWorkbench;
import io.balancepoint.browser.testing.Shown;
import io.balancepoint.browser.testing.UiText;
import io.balancepoint.browser.testing.WorkbenchBrowser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A team lead's dashboard: the cost breakdown item, configured through its own form, draws its
 * chart with the numbers the metrics API answers for the same project and period, and shows its
 * empty state for a period without data.
 */
@ExtendWith(WorkbenchBrowser.class)
class DashboardBrowserTest {

    private static final String LEAD = "leo";
    private static final String ADMIN = "ada";
    private static final String PROJECT = "SUP";
    private static final By ITEM = By.cssSelector("#bp-item-cost-breakdown > [data-item]");
    private static final By FCR = By.cssSelector("#bp-item-fcr > [data-item]");
    private static final By BALANCE_POINT = By.cssSelector("#bp-item-balance-point > [data-item]");
    private static final By DATA_AGE = By.cssSelector("[data-testid=data-age]");

    @Test
    void theCostBreakdownDrawsItsChartWithTheApisNumbers(Browser browser) {
        LocalDate from = browser.workbench().firstDay();
        LocalDate until = SharedWorkbench.SAMPLE_END.plusDays(1);
        JsonNode costs = browser.rest().get(LEAD, "projects/" + PROJECT + "/metrics/costs?axis=category&from=" + from + "&until=" + until);
        List<JsonNode> shares = StreamSupport.stream(costs.path("shares").spliterator(), false).toList();
        assertThat(shares).as("the sample desk has costs in %s", PROJECT).isNotEmpty();

        WebElement item = configure(browser, ITEM, from, until, Map.of("axis", "category"));
        browser.awaitView(ITEM, "ready");

        WebElement chart = item.findElement(By.cssSelector("[data-testid=chart][data-chart-ready=true] canvas"));
        assertThat(chart.getAttribute("aria-label")).isEqualTo(UiText.of("item.cost-breakdown.chart"));
        assertDrawn(browser, chart);

        assertThat(Shown.number(item.findElement(By.cssSelector("[data-testid=ticket-cost]")).getText()))
                .isEqualByComparingTo(Shown.cents(costs.path("ticketCost").path("amount").decimalValue()));
        List<WebElement> rows = item.findElements(By.cssSelector("[data-testid=breakdown-table] tbody tr"));
        assertThat(rows).hasSameSizeAs(shares);
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal cost = shares.get(i).path("cost").path("amount").decimalValue();
            assertThat(Shown.number(rows.get(i).findElements(By.tagName("td")).get(0).getText()))
                    .as("cost of %s", shares.get(i).path("key").asText()).isEqualByComparingTo(Shown.cents(cost));
        }
    }

    @Test
    void theFcrItemDrawsItsTrendWithTheApisRates(Browser browser) {
        LocalDate from = browser.workbench().firstDay();
        LocalDate until = SharedWorkbench.SAMPLE_END.plusDays(1);
        String range = "from=" + from + "&until=" + until;
        JsonNode trend = browser.rest().get(LEAD, "projects/" + PROJECT + "/metrics/trend?granularity=month&" + range);
        JsonNode breakdown = browser.rest().get(LEAD, "projects/" + PROJECT + "/metrics/breakdown?dimension=channel&" + range);
        assertThat(trend.path("overall").path("measures").path("fcrApplicable").asLong()).as("tickets that count for FCR").isPositive();

        WebElement item = configure(browser, FCR, from, until, Map.of("granularity", "month", "dimension", "channel"));
        browser.awaitView(FCR, "ready");

        List<WebElement> charts = item.findElements(By.cssSelector("[data-testid=chart][data-chart-ready=true] canvas"));
        assertThat(charts).as("trend and breakdown charts").hasSize(2);
        charts.forEach(canvas -> assertDrawn(browser, canvas));
        assertThat(Shown.number(item.findElement(By.cssSelector("[data-testid=fcr-rate]")).getText()))
                .isEqualByComparingTo(Shown.percentOf(trend.path("overall").path("fcrRate").decimalValue(), BigDecimal.ONE));
        List<WebElement> rows = item.findElements(By.cssSelector("[data-testid=breakdown-table] tbody tr"));
        assertThat(rows).hasSameSizeAs(breakdown.path("slices"));
        for (int i = 0; i < rows.size(); i++) {
            JsonNode slice = breakdown.path("slices").get(i);
            List<WebElement> cells = rows.get(i).findElements(By.cssSelector("th, td"));
            assertThat(cells.get(0).getText()).isEqualTo(slice.path("value").asText());
            assertThat(cells.get(1).getText()).as("FCR-applicable tickets by %s", slice.path("value").asText())
                    .isEqualTo(slice.path("metrics").path("measures").path("fcrApplicable").asText());
            assertThat(cells.get(2).getText()).isEqualTo(slice.path("metrics").path("measures").path("fcr").asText());
        }
    }

    @Test
    void aPeriodWithoutDataShowsTheEmptyState(Browser browser) {
        LocalDate until = browser.workbench().firstDay().minusMonths(2).withDayOfMonth(1);
        LocalDate from = until.minusMonths(6);
        JsonNode costs = browser.rest().get(LEAD, "projects/" + PROJECT + "/metrics/costs?axis=category&from=" + from + "&until=" + until);
        assertThat(costs.path("shares").findValues("amount")).as("no costs before the sample desk")
                .allSatisfy(amount -> assertThat(amount.decimalValue()).isZero());

        WebElement item = configure(browser, ITEM, from, until, Map.of("axis", "category"));
        browser.awaitView(ITEM, "empty");

        assertThat(item.findElement(By.cssSelector(".bp-empty")).getText()).isEqualTo(UiText.of("item.cost-breakdown.empty"));
        assertThat(item.findElements(By.cssSelector("canvas"))).as("no chart").isEmpty();
    }

    /**
     * Each user's item configuration is kept on the server, per user, through the dashboard item API's
     * savePreferences: it survives a reload with the browser's storage cleared, and another user's
     * dashboard is not changed by it.
     */
    @Test
    void itemConfigurationsAreKeptOnTheServerPerUser(Browser browser) {
        LocalDate from = browser.workbench().firstDay();
        LocalDate until = SharedWorkbench.SAMPLE_END.plusDays(1);
        configure(browser, FCR, from, until, Map.of("granularity", "week"));
        WebElement host = browser.driver().findElement(By.id("bp-item-fcr"));
        browser.awaitAttribute(host, "data-saved", "true");
        browser.awaitView(FCR, "ready");

        ((JavascriptExecutor) browser.driver()).executeScript("localStorage.clear(); sessionStorage.clear();");
        browser.open("dashboard.html");
        WebElement reloaded = browser.awaitView(FCR, "ready");
        Map<String, String> shown = configShown(browser, reloaded);
        assertThat(shown).containsEntry("project", PROJECT).containsEntry("period", "custom")
                .containsEntry("from", from.toString()).containsEntry("until", until.toString()).containsEntry("granularity", "week");

        // The admin's FCR item is not the lead's: it starts on the first project with the default period.
        browser.actAs(ADMIN);
        browser.open("dashboard.html");
        WebElement adminsItem = browser.await().until(d -> {
            WebElement e = d.findElement(FCR);
            String state = e.getAttribute("data-state");
            return state != null && !state.equals("loading") ? e : null; // ready or empty: the first project may have no data
        });
        assertThat(adminsItem.getText()).as("the admin's item is on the first project").doesNotContain("· " + PROJECT);
        Map<String, String> admins = configShown(browser, adminsItem);
        assertThat(admins.get("period")).isEqualTo("last-6-months");
        assertThat(admins.get("granularity")).isEqualTo("month");
        browser.screenshot("per-user-preferences");
    }

    /**
     * Right after a ticket of its window changes, the balance point item shows its last result and
     * says how old it is (the request that noticed the change started the refresh); once the refresh
     * has run, the item shows the current answer without the note.
     */
    @Test
    void aBalancePointBehindTheLatestChangeSaysSoUntilItsRefreshLands(Browser browser) {
        LocalDate from = browser.workbench().firstDay();
        LocalDate until = SharedWorkbench.SAMPLE_END.plusDays(1);
        String path = "projects/" + PROJECT + "/metrics/balance-point?from=" + from + "&until=" + until;
        WebElement item = configure(browser, BALANCE_POINT, from, until, Map.of());
        browser.awaitView(BALANCE_POINT, "ready");
        browser.await().until(d -> dataAge(browser, path) == 0); // the kept result is the current one

        String key = resolvedTicketOf(browser, from, until);
        BigDecimal before = browser.rest().get(ADMIN, "tickets/" + key + "/facts").path("totalCost").path("amount").decimalValue();
        browser.rest().post(ADMIN, "tickets/" + key + "/costs",
                Map.of("category", "COMPENSATION", "amount", 900, "note", "goodwill refund"));
        browser.await().until(d -> browser.rest().get(ADMIN, "tickets/" + key + "/facts").path("totalCost").path("amount")
                .decimalValue().compareTo(before) > 0); // recomputed: the window's stamp has moved

        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].bpReload()", item);
        WebElement note = browser.await().until(d -> item.findElement(DATA_AGE));
        browser.awaitView(BALANCE_POINT, "ready");
        String[] around = UiText.of("dashboard.data.age").split("\\{0\\}");
        assertThat(note.getText()).startsWith(around[0]).endsWith(around[1]);
        browser.screenshot("balance-point-behind");

        browser.await().until(d -> dataAge(browser, path) == 0);
        JsonNode current = browser.rest().get(LEAD, path);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].bpReload()", item);
        browser.await().until(d -> "ready".equals(item.getAttribute("data-state")) && item.findElements(DATA_AGE).isEmpty());
        String headline = item.findElement(By.cssSelector("[data-testid=balance-point]")).getText();
        JsonNode decile = current.path("overall").path("balancePointDecile");
        if (decile.isNull() || decile.isMissingNode()) {
            assertThat(headline).isEqualTo(UiText.of("item.balance-point.none"));
        } else {
            assertThat(headline).as("the current answer's balance point")
                    .startsWith(UiText.of("item.balance-point.at").split("\\{0\\}")[0] + decile.asInt() + ":");
        }
    }

    private static long dataAge(Browser browser, String path) {
        java.net.http.HttpResponse<String> response = browser.rest().send(LEAD, "GET", path, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(response.headers().firstValue(io.balancepoint.rest.metrics.MetricsResource.DATA_AGE).orElseThrow());
    }

    /** A ticket of the project resolved in [from, until). */
    private static String resolvedTicketOf(Browser browser, LocalDate from, LocalDate until) {
        for (int page = 0; ; page++) {
            JsonNode list = browser.rest().workbench("/workbench/api/tickets?page=" + page + "&size=50");
            assertThat(list.path("items").isEmpty()).as("a resolved ticket of %s", PROJECT).isFalse();
            for (JsonNode ticket : list.path("items")) {
                String key = ticket.path("key").asText();
                if (!key.startsWith(PROJECT + "-")) {
                    continue;
                }
                String resolved = browser.rest().get(ADMIN, "tickets/" + key + "/facts").path("resolvedAt").asText(null);
                if (resolved != null && !resolved.isEmpty()) {
                    LocalDate day = java.time.Instant.parse(resolved).atZone(java.time.ZoneOffset.UTC).toLocalDate();
                    if (!day.isBefore(from.plusDays(1)) && day.isBefore(until.minusDays(1))) {
                        return key;
                    }
                }
            }
        }
    }

    /** Opens the item's configuration form and reads what it shows. */
    private static Map<String, String> configShown(Browser browser, WebElement item) {
        item.findElement(By.cssSelector(".bp-configure")).click();
        WebElement form = browser.await().until(d -> item.findElement(By.cssSelector("[data-testid=config]")));
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        for (String path : List.of("project", "period", "from", "until", "granularity")) {
            shown.put(path, form.findElement(By.cssSelector("[data-path='" + path + "'] input, [data-path='" + path + "'] select"))
                    .getAttribute("value"));
        }
        return shown;
    }

    /**
     * Opens the dashboard as the team lead and sets an item's project, a custom period and its own
     * options through the item's configuration form; returns the item.
     */
    private static WebElement configure(Browser browser, By itemLocator, LocalDate from, LocalDate until, Map<String, String> options) {
        browser.actAs(LEAD);
        browser.open("dashboard.html");
        WebElement item = browser.await().until(d -> d.findElement(itemLocator));
        browser.await().until(d -> !"loading".equals(item.getAttribute("data-state")) && item.getAttribute("data-state") != null);
        WebElement configure = item.findElement(By.cssSelector(".bp-configure"));
        if (!"true".equals(configure.getAttribute("aria-expanded"))) { // an unconfigured item opens its form itself
            configure.click();
        }
        WebElement form = browser.await().until(d -> item.findElement(By.cssSelector("[data-testid=config]")));
        browser.fill(form, "project", PROJECT);
        browser.fill(form, "period", "custom");
        browser.fill(form, "from", from.toString());
        browser.fill(form, "until", until.toString());
        options.forEach((path, value) -> browser.fill(form, path, value));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        return item;
    }

    /** Width, height and painted (non-transparent) pixels of a chart's canvas. */
    private static void assertDrawn(Browser browser, WebElement canvas) {
        @SuppressWarnings("unchecked")
        List<Number> drawn = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const canvas = arguments[0];
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
                return [canvas.width, canvas.height, painted];""", canvas);
        assertThat(drawn.get(0).intValue()).as("canvas width").isPositive();
        assertThat(drawn.get(1).intValue()).as("canvas height").isPositive();
        assertThat(drawn.get(2).intValue()).as("painted pixels").isGreaterThan(1000);
    }
}
