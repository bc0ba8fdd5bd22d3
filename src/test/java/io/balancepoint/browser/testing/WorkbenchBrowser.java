package io.balancepoint.browser.testing;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension of the browser tests: skips them where Chromium is missing (fails them in CI),
 * resolves a {@link Browser} parameter (one Chromium per
 * test class, closed after the class) on the one workbench the whole run shares (started on first
 * use, closed at the end of the run), and after every test saves a screenshot of the page as test
 * output: {@code target/screenshots/<Class>/<test>.png}, or {@code <test>-FAILED.png}. A test
 * whose pages logged an uncaught script error or a failed view fails, even if its assertions held.
 */
public final class WorkbenchBrowser implements ExecutionCondition, ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WorkbenchBrowser.class);
    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    /** Without Chromium a developer's run skips the class with the reason; CI runs it, and it fails saying what is missing. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Chromium.missing().filter(reason -> !Chromium.inCi())
                .map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and chromedriver are installed, or CI=true"));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        ClosingBrowser open = classStore(context).get(Browser.class, ClosingBrowser.class);
        if (open == null) {
            return;
        }
        Browser browser = open.browser();
        String name = context.getRequiredTestMethod().getName() + (context.getExecutionException().isPresent() ? "-FAILED" : "");
        browser.screenshot(name);
        List<String> scriptErrors = browser.takeScriptErrors();
        if (context.getExecutionException().isEmpty() && !scriptErrors.isEmpty()) {
            throw new AssertionError("the page had script errors:\n" + String.join("\n", scriptErrors));
        }
    }

    private static Browser browser(ExtensionContext context) {
        Chromium chromium = Chromium.installed();
        SharedWorkbench workbench = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedWorkbench.class, k -> new ClosingWorkbench(SharedWorkbench.start()), ClosingWorkbench.class)
                .workbench();
        String className = context.getRequiredTestClass().getSimpleName();
        return classStore(context).getOrComputeIfAbsent(Browser.class,
                k -> new ClosingBrowser(new Browser(chromium.start(workbench.scratch()), workbench, SCREENSHOTS.resolve(className))),
                ClosingBrowser.class).browser();
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE);
    }

    /** Closes the workbench when JUnit closes the root store (end of the run). */
    private record ClosingWorkbench(SharedWorkbench workbench) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            workbench.close();
        }
    }

    /** Quits the browser when its class's store closes. */
    private record ClosingBrowser(Browser browser) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            browser.close();
        }
    }
}
