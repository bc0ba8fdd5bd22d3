package io.balancepoint.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.balancepoint.browser.testing.Browser;
import io.balancepoint.browser.testing.Rest;
import io.balancepoint.browser.testing.WorkbenchBrowser;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A settings section (channels) saved with a value the API refuses: the API's reason appears
 * next to the very input (a cell of the channels table), and the settings stay as they were.
 */
@ExtendWith(WorkbenchBrowser.class)
class SettingsFormBrowserTest {

    private static final String ADMIN = "ada";
    private static final String FIELD = "channels.channels[0].standardHandleMinutes";

    @Test
    void aRefusedSettingsValueIsShownAtItsInputAndNothingIsSaved(Browser browser) {
        Rest rest = browser.rest();
        JsonNode settings = rest.get(ADMIN, "settings");
        long revision = settings.path("revision").asLong();
        // What the API says about a negative handle time in the whole document, as the page will send it.
        ObjectNode document = settings.path("document").deepCopy();
        ((ObjectNode) document.path("channels").path("channels").get(0)).put("standardHandleMinutes", -3);
        JsonNode refusal = Rest.json(rest.send(ADMIN, "PUT", "settings", Map.of("revision", revision, "document", document)));
        assertThat(refusal.path("status").asInt()).isEqualTo(422);
        List<String> reasons = StreamSupport.stream(refusal.path("errors").spliterator(), false)
                .filter(p -> p.path("field").asText().equals("document." + FIELD)).map(p -> p.path("reason").asText()).toList();
        assertThat(reasons).as("the API's problems: %s", refusal).isNotEmpty();

        browser.actAs(ADMIN);
        browser.open("admin.html?section=channels");
        WebElement view = browser.awaitView(By.id("bp-admin"), "ready");
        WebElement form = browser.await().until(d -> d.findElement(By.cssSelector("[data-testid=settings-form]")));
        WebElement input = browser.fill(form, FIELD, "-3");
        form.findElement(By.cssSelector("[data-action=save]")).click();
        browser.awaitAttribute(view, "data-save", "error");

        List<String> shown = input.findElements(By.xpath("following-sibling::*[contains(@class, 'bp-field-error')]")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).as("errors right after the input").containsExactlyInAnyOrderElementsOf(reasons);
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(form.findElements(By.cssSelector(".bp-field-error"))).as("no other field is blamed").hasSameSizeAs(reasons);

        JsonNode after = rest.get(ADMIN, "settings");
        assertThat(after.path("revision").asLong()).as("settings revision").isEqualTo(revision);
        assertThat(after.path("document")).isEqualTo(settings.path("document"));
    }
}
