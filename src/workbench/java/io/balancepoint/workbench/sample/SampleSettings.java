package io.balancepoint.workbench.sample;

import io.balancepoint.settings.SettingsCodec;
import io.balancepoint.settings.SettingsDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings the sample desk starts with: {@code sample-settings.json} (every section filled in,
 * as an admin of such a desk would) with the dates, agent tiers and budgets of the generated year
 * put in. Budgets scale with the desk's size so a small test desk is not wildly under budget.
 */
final class SampleSettings {

    /** Yearly cost budget per project for a desk of {@link SampleDesk#DEFAULT_SIZE} requests. */
    private static final Map<String, Integer> FULL_SIZE_BUDGETS = Map.of("SUP", 190_000, "ITHELP", 95_000, "BILL", 50_000);
    private static final Map<String, String> TARGET_COST_PER_RESOLUTION = Map.of("SUP", "18.5", "ITHELP", "14.0", "BILL", "16.0");

    private SampleSettings() {
    }

    static SettingsDocument of(LocalDate firstDay, LocalDate lastDay, int size) {
        String json = template()
                .replace("${RATES_FROM}", firstDay.minusYears(1).withDayOfYear(1).toString())
                .replace("${PAY_ROUND}", firstDay.plusMonths(6).withDayOfMonth(1).toString())
                .replace("${AGENT_TIERS}", agentTiers(firstDay.minusYears(1).withDayOfYear(1)))
                .replace("${PERIOD_OVERHEADS}", periodOverheads(firstDay, lastDay, size))
                .replace("${BUDGETS}", budgets(firstDay.getYear(), lastDay.getYear(), size));
        return switch (SettingsCodec.read(json)) {
            case SettingsCodec.Valid valid -> valid.document();
            case SettingsCodec.Invalid invalid -> throw new IllegalStateException("the sample settings are invalid: " + invalid.problems());
        };
    }

    private static String agentTiers(LocalDate from) {
        List<String> entries = new ArrayList<>();
        for (DemoPeople.Agent agent : DemoPeople.AGENTS) {
            entries.add("{\"userKey\": \"" + agent.key() + "\", \"tier\": \"" + agent.tier() + "\", \"from\": \"" + from + "\", \"until\": null}");
        }
        return "[" + String.join(", ", entries) + "]";
    }

    /** Monthly tooling and training cost of the customer support team, not put on tickets. */
    private static String periodOverheads(LocalDate firstDay, LocalDate lastDay, int size) {
        BigDecimal amount = scaled(4_000, size);
        List<String> entries = new ArrayList<>();
        for (YearMonth month = YearMonth.from(firstDay); !month.isAfter(YearMonth.from(lastDay)); month = month.plusMonths(1)) {
            entries.add("{\"projectKey\": \"SUP\", \"month\": \"" + month + "\", \"amount\": " + amount.toPlainString()
                    + ", \"note\": \"telephony platform and training\"}");
        }
        return "[" + String.join(", ", entries) + "]";
    }

    private static String budgets(int firstYear, int lastYear, int size) {
        List<String> entries = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (String project : DemoPeople.PROJECTS) {
                String shares = project.equals("SUP")
                        ? "[{\"dimension\": \"SUPPORT_TIER\", \"key\": \"L1\", \"sharePercent\": 55},"
                        + " {\"dimension\": \"SUPPORT_TIER\", \"key\": \"L2\", \"sharePercent\": 30},"
                        + " {\"dimension\": \"SUPPORT_TIER\", \"key\": \"L3\", \"sharePercent\": 15}]"
                        : "[]";
                entries.add("{\"projectKey\": \"" + project + "\", \"fiscalYear\": " + year
                        + ", \"costBudget\": " + scaled(FULL_SIZE_BUDGETS.get(project), size).toPlainString()
                        + ", \"targetCostPerResolution\": " + TARGET_COST_PER_RESOLUTION.get(project)
                        + ", \"targetFcr\": 0.72, \"targetCsat\": 4.2, \"shares\": " + shares + "}");
            }
        }
        return "[" + String.join(", ", entries) + "]";
    }

    private static BigDecimal scaled(int fullSize, int size) {
        return BigDecimal.valueOf(fullSize).multiply(BigDecimal.valueOf(size))
                .divide(BigDecimal.valueOf(SampleDesk.DEFAULT_SIZE), 0, RoundingMode.HALF_EVEN).max(BigDecimal.ONE);
    }

    private static String template() {
        try (InputStream in = SampleSettings.class.getResourceAsStream("sample-settings.json")) {
            if (in == null) {
                throw new IllegalStateException("sample-settings.json is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
