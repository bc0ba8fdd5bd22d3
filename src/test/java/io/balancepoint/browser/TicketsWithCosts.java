package io.balancepoint.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.balancepoint.browser.testing.Rest;
import java.util.Arrays;
import java.util.function.Predicate;

/** Picks "a known ticket" from the sample desk by what its cost holds, the same way every run. */
final class TicketsWithCosts {

    private static final int PAGE = 50;

    private TicketsWithCosts() {
    }

    /** The first ticket (in the workbench's list order) whose cost has lines of every category named. */
    static String firstWithCategories(Rest rest, String user, String... categories) {
        return first(rest, user, cost -> Arrays.stream(categories).allMatch(c -> cost.path("byCategory").has(c)));
    }

    /** The first ticket (in list order) whose cost, as {@code user} reads it, matches. */
    static String first(Rest rest, String user, Predicate<JsonNode> wanted) {
        for (int page = 0; ; page++) {
            JsonNode list = rest.workbench("/workbench/api/tickets?page=" + page + "&size=" + PAGE);
            if (list.path("items").isEmpty()) {
                throw new AssertionError("no ticket of the sample desk matches");
            }
            for (JsonNode item : list.path("items")) {
                String key = item.path("key").asText();
                if (wanted.test(rest.get(user, "tickets/" + key + "/cost"))) {
                    return key;
                }
            }
        }
    }
}
