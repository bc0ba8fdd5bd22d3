package io.balancepoint.jira.config;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.balancepoint.routing.SupportTierMarking;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The two host settings that are not part of the settings document because they name Jira things:
 * where the support tier lives and which user the app acts as. Kept in SAL's global plugin
 * settings (database-backed, so the same on every node). Read on every use.
 */
@Named
public final class AppConfiguration {

    static final String TIER_MARKING = "io.balancepoint.support-tier-marking";
    static final String APP_USER = "io.balancepoint.app-user";

    private final PluginSettingsFactory settings;

    @Inject
    public AppConfiguration(@ComponentImport PluginSettingsFactory settings) {
        this.settings = settings;
    }

    /** Field or label scheme; the default label scheme when unset or unreadable. */
    public SupportTierMarking supportTierMarking() {
        Object value = settings.createGlobalSettings().get(TIER_MARKING);
        try {
            return SupportTierMarking.parse(value instanceof String s ? s : null);
        } catch (IllegalArgumentException unreadable) {
            return SupportTierMarking.DEFAULT;
        }
    }

    /** The user key routing acts as; empty when none is configured (routing then only records its decisions). */
    public Optional<String> appUserKey() {
        Object value = settings.createGlobalSettings().get(APP_USER);
        return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }
}
