package io.balancepoint.jira.web;

import com.atlassian.json.marshal.Jsonable;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.data.WebResourceDataProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * The UI's texts (keys {@value #PREFIX}…) in the viewer's language, handed to the UI bundles as the
 * web-resource data {@code ui-texts} ({@code WRM.data.claim}, see common/i18n.js). The texts are the
 * raw patterns of the properties files ({0} placeholders, '' quotes), which the bundles format; a key
 * a translation lacks falls back to the English text bundled at build time.
 */
public final class UiTextsDataProvider implements WebResourceDataProvider {

    /** The prefix of every UI text key (balance-point.properties). */
    static final String PREFIX = "balance-point.ui.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final I18nResolver i18n;

    public UiTextsDataProvider(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Jsonable get() {
        // The current user's locale (SAL resolves it); sorted only so that pages are byte-stable.
        Map<String, String> texts = new TreeMap<>(i18n.getAllTranslationsForPrefix(PREFIX));
        return writer -> JSON.writeValue(writer, texts);
    }
}
