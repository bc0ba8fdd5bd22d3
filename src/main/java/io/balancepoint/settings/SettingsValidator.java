package io.balancepoint.settings;

import io.balancepoint.budget.ProjectTargets;
import io.balancepoint.budget.SpaceDimension;
import io.balancepoint.budget.SpaceShare;
import io.balancepoint.ledger.Channel;
import io.balancepoint.roi.TierValue;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Checks a whole settings document: each section by its own rules (under its field name), then
 * the references between sections — customer tiers named by routing and ROI exist in tiering,
 * support tiers named by budgets and the internal-desk baseline exist in routing, channels named
 * by FCR and the channel-shift what-if are configured channels.
 */
public final class SettingsValidator {

    private SettingsValidator() {
    }

    /** Every problem of the document; empty when it may be applied. */
    public static List<Problem> problems(SettingsDocument doc) {
        Problems problems = new Problems();
        if (doc.schemaVersion() != SettingsDocument.CURRENT_SCHEMA_VERSION) {
            problems.add("schemaVersion", "unsupported version " + doc.schemaVersion()
                    + "; this release reads version " + SettingsDocument.CURRENT_SCHEMA_VERSION);
        }
        checkCurrency(doc.baseCurrency(), problems);
        section(problems, "workingTime", doc.workingTime(), s -> s.validate(problems.at("workingTime")));
        section(problems, "rates", doc.rates(), s -> s.validate(problems.at("rates")));
        section(problems, "channels", doc.channels(), s -> s.validate(problems.at("channels")));
        section(problems, "overhead", doc.overhead(), s -> s.validate(problems.at("overhead")));
        section(problems, "fcr", doc.fcr(), s -> s.validate(problems.at("fcr")));
        section(problems, "anomalies", doc.anomalies(), s -> s.validate(problems.at("anomalies")));
        section(problems, "tiering", doc.tiering(), s -> s.validate(problems.at("tiering")));
        section(problems, "routing", doc.routing(), s -> s.validate(problems.at("routing")));
        section(problems, "roi", doc.roi(), s -> s.validate(problems.at("roi")));
        section(problems, "budgets", doc.budgets(), s -> s.validate(problems.at("budgets")));
        section(problems, "visibility", doc.visibility(), s -> s.validate(problems.at("visibility")));
        if (problems.isEmpty()) {
            // Cross-references are only meaningful between sections that are valid on their own.
            crossReferences(doc, problems);
        }
        return problems.list();
    }

    private static <T> void section(Problems problems, String field, T section, Consumer<T> validate) {
        if (problems.required(section, field)) {
            validate.accept(section);
        }
    }

    private static void checkCurrency(String code, Problems problems) {
        if (!problems.required(code, "baseCurrency")) {
            return;
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                problems.add("baseCurrency", "\"" + code + "\" is not a currency of account (e.g. XAU, XXX)");
            }
        } catch (IllegalArgumentException e) {
            problems.add("baseCurrency", "\"" + code + "\" is not an ISO 4217 currency code (e.g. EUR, USD, JPY)");
        }
    }

    private static void crossReferences(SettingsDocument doc, Problems problems) {
        List<String> customerTiers = doc.tiering().tiers();
        List<String> supportTiers = doc.routing().supportTiers();
        doc.routing().validateCustomerTiers(problems.at("routing"), customerTiers);

        List<TierValue> tierValues = doc.roi().tierValues();
        for (int i = 0; i < tierValues.size(); i++) {
            String tier = tierValues.get(i).tier();
            if (!customerTiers.contains(tier)) {
                problems.at("roi").at("tierValues").at(i).add("tier", unknown("customer tier", tier, customerTiers));
            }
        }
        for (Map.Entry<String, String> e : doc.roi().internalDesk().baselineSupportTierByRequestType().entrySet()) {
            if (!supportTiers.contains(e.getValue())) {
                problems.at("roi").at("internalDesk").at("baselineSupportTierByRequestType")
                        .add(e.getKey(), unknown("support tier", e.getValue(), supportTiers));
            }
        }
        List<ProjectTargets> projects = doc.budgets().projects();
        for (int p = 0; p < projects.size(); p++) {
            List<SpaceShare> shares = projects.get(p).shares();
            for (int s = 0; s < shares.size(); s++) {
                SpaceShare share = shares.get(s);
                if (share.dimension() == SpaceDimension.SUPPORT_TIER && !supportTiers.contains(share.key())) {
                    problems.at("budgets").at("projects").at(p).at("shares").at(s)
                            .add("key", unknown("support tier", share.key(), supportTiers));
                }
            }
        }
        Set<String> channelIds = doc.channels().channels().stream().map(Channel::id).filter(Objects::nonNull)
                .map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> businessHourChannels = doc.fcr().businessHourChannels();
        for (int i = 0; i < businessHourChannels.size(); i++) {
            String id = businessHourChannels.get(i);
            if (!channelIds.contains(id.trim().toLowerCase(Locale.ROOT))) {
                problems.at("fcr").at("businessHourChannels").at(i).add(unknown("channel", id, channelIds));
            }
        }
        for (String id : doc.roi().channelSatisfactionChange().keySet()) {
            if (!channelIds.contains(id.toLowerCase(Locale.ROOT))) {
                problems.at("roi").at("channelSatisfactionChange").add(id, unknown("channel", id, channelIds));
            }
        }
    }

    private static String unknown(String what, String value, java.util.Collection<String> known) {
        return "unknown " + what + " \"" + value + "\"; known: " + known.stream().sorted().collect(Collectors.joining(", "));
    }
}
