package io.balancepoint.browser.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on the shared workbench, as a test class sees it: open a page, act as a
 * demo user through the page's user switcher, wait for a view to settle (its {@code data-state}),
 * take screenshots. Every wait is an explicit condition with a generous limit (the machine is
 * shared); a view that settles in the wrong state fails with its text, not with a timeout.
 */
public final class Browser implements AutoCloseable {

    /** Upper bound of every wait; reaching it is a failure, never a pass. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The data-state values a view ends in (see the UI's common/state.js). */
    private static final Set<String> SETTLED = Set.of("ready", "empty", "error", "unconfigured");

    private final ChromeDriver driver;
    private final SharedWorkbench workbench;
    private final Path screenshots;
    /** Uncaught script errors and failed views seen in the console since the last test ended. */
    private final List<String> scriptErrors = new ArrayList<>();

    Browser(ChromeDriver driver, SharedWorkbench workbench, Path screenshots) {
        this.driver = driver;
        this.workbench = workbench;
        this.screenshots = screenshots;
    }

    public WebDriver driver() {
        return driver;
    }

    public Rest rest() {
        return workbench.rest();
    }

    public SharedWorkbench workbench() {
        return workbench;
    }

    /** A wait of {@link #PATIENCE}; views re-render while polled, so a stale element means "not yet". */
    public WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Opens a workbench page, e.g. {@code ticket.html?key=SUP-1}. */
    public void open(String page) {
        driver.get(workbench.baseUri().resolve(page).toString());
    }

    /**
     * Acts as a demo user the way a person does: picks the user in the header's "Act as" list,
     * which sets the workbench's cookie and reloads the page; returns once the reloaded page
     * shows that user. Opens the ticket list first when the current page has no switcher.
     */
    public void actAs(String userKey) {
        if (driver.findElements(By.id("bp-user-switcher")).isEmpty()) {
            open("index.html");
        }
        WebElement body = driver.findElement(By.tagName("body"));
        await().until(d -> body.getAttribute("data-user") != null);
        if (userKey.equals(body.getAttribute("data-user"))) {
            return;
        }
        WebElement select = driver.findElement(By.id("bp-user"));
        await().until(ExpectedConditions.presenceOfNestedElementLocatedBy(select, By.cssSelector("option[value='" + userKey + "']")));
        new Select(select).selectByValue(userKey);
        await().until(ExpectedConditions.stalenessOf(select));
        await().until(d -> userKey.equals(d.findElement(By.tagName("body")).getAttribute("data-user")));
    }

    /**
     * Waits until the view at {@code locator} has settled, then checks it settled as expected.
     * Returns the view.
     */
    public WebElement awaitView(By locator, String expectedState) {
        WebElement view = await().until(ExpectedConditions.presenceOfElementLocated(locator));
        await().until(d -> SETTLED.contains(String.valueOf(view.getAttribute("data-state"))));
        String state = view.getAttribute("data-state");
        if (!expectedState.equals(state)) {
            throw new AssertionError("view " + locator + " settled as '" + state + "', expected '" + expectedState
                    + "'; it shows: " + view.getText());
        }
        return view;
    }

    /** Waits until the element's {@code attribute} has {@code value} (e.g. data-save="saved" after a save). */
    public void awaitAttribute(WebElement element, String attribute, String value) {
        await().until(d -> value.equals(element.getAttribute(attribute)));
    }

    /**
     * Types {@code value} into the control of the form field whose {@code data-path} is {@code path}
     * (the UI's field groups and table editors, see common/forms.js and admin/editor.js): selects pick the option of that value, text
     * is selected and typed over, and date inputs get the ISO date set through the DOM
     * (Chromium's date widget takes keystrokes in the browser locale's order), with the events
     * typing would fire.
     */
    public WebElement fill(WebElement form, String path, String value) {
        String at = "[data-path='" + path + "']";
        // A field group carries the path around its control; a table editor's cell control carries it itself.
        WebElement control = form.findElement(By.cssSelector(String.join(", ", at + " input", at + " select", at + " textarea",
                "input" + at, "select" + at, "textarea" + at)));
        switch (control.getTagName() + ":" + control.getAttribute("type")) {
            case "select:select-one" -> new Select(control).selectByValue(value);
            case "input:date", "input:month" -> driver.executeScript("""
                    arguments[0].value = arguments[1];
                    arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
                    arguments[0].dispatchEvent(new Event('change', {bubbles: true}));""", control, value);
            // As a person replaces a field's text: focus, select all, delete, type (whatever focus put there goes too).
            default -> control.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, value);
        }
        return control;
    }

    /**
     * Saves a PNG of the page under target/screenshots, with its HTML and the console messages
     * since the last screenshot (for reading a failure).
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path png = screenshots.resolve(name + ".png");
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(screenshots.resolve(name + ".html"), String.valueOf(driver.getPageSource()), StandardCharsets.UTF_8);
            List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
            console.stream().filter(line -> line.contains("Uncaught") || line.contains("Balance Point view failed"))
                    .forEach(scriptErrors::add);
            if (!console.isEmpty()) {
                Files.write(screenshots.resolve(name + ".console.txt"), console, StandardCharsets.UTF_8);
            }
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script errors the console showed since the last call, which a passing test must not have caused. */
    List<String> takeScriptErrors() {
        List<String> errors = List.copyOf(scriptErrors);
        scriptErrors.clear();
        return errors;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
