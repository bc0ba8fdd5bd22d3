package io.balancepoint.browser.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The UI's English texts, from the properties bundle Jira and the UI build share. */
public final class UiText {

    private static final String BUNDLE = "i18n/balance-point.properties";
    private static final Properties TEXTS = load();

    private UiText() {
    }

    /** The text of a UI key, written as the UI writes it (without "balance-point.ui."). */
    public static String of(String key) {
        String text = TEXTS.getProperty("balance-point.ui." + key);
        if (text == null) {
            throw new AssertionError("no UI text " + key + " in " + BUNDLE);
        }
        return text;
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = UiText.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is not on the class path");
            }
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
