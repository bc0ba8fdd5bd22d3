package io.balancepoint.fcr;

import io.balancepoint.validation.Copies;
import io.balancepoint.validation.Problems;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The FCR settings section: which policy decides first-contact resolution, which resolutions and
 * request types are left out, and how long a resolution stays provisional.
 *
 * <p>Names (resolutions, request types, channels) are compared trimmed and case-insensitively, so
 * "won't do", "Won't Do " and "WON'T DO" are the same resolution.
 *
 * @param policy                    the rule for first contact; required
 * @param net                       net FCR: tickets of {@code notFirstLevelRequestTypes} are not applicable; required
 *                                  (boxed so a missing value is reported by {@link #validate} rather than by the JSON reader)
 * @param notFirstLevelRequestTypes request types that cannot be resolved at first level (hardware break/fix, moves/adds/changes); used only when {@code net}
 * @param excludedResolutions       resolutions that are not real resolutions: not FCR-applicable and not in the cost-per-resolution denominator
 * @param reopenWindowDays          days after a resolution during which a reopen makes the ticket not FCR (0–365); required
 * @param businessHourChannels      channels to which {@link FcrPolicy#ONE_BUSINESS_HOUR} applies
 */
public record FcrSettings(
        FcrPolicy policy,
        Boolean net,
        List<String> notFirstLevelRequestTypes,
        List<String> excludedResolutions,
        Integer reopenWindowDays,
        List<String> businessHourChannels) {

    /** Largest accepted reopen window: a year. */
    public static final int MAX_REOPEN_WINDOW_DAYS = 365;

    public FcrSettings {
        notFirstLevelRequestTypes = copyKeepingNulls(notFirstLevelRequestTypes);
        excludedResolutions = copyKeepingNulls(excludedResolutions);
        businessHourChannels = copyKeepingNulls(businessHourChannels);
    }

    /** SPEC defaults: one-touch, gross FCR, Duplicate / Won't Do / Cannot Reproduce excluded, 7-day window, e-mail and portal. */
    public static FcrSettings defaults() {
        return new FcrSettings(FcrPolicy.ONE_TOUCH, false, List.of(),
                List.of("Duplicate", "Won't Do", "Cannot Reproduce"), 7, List.of("email", "portal"));
    }

    /** Reports every problem of this section, with field paths relative to it. */
    public void validate(Problems problems) {
        problems.required(policy, "policy");
        problems.required(net, "net");
        if (problems.required(reopenWindowDays, "reopenWindowDays")
                && (reopenWindowDays < 0 || reopenWindowDays > MAX_REOPEN_WINDOW_DAYS)) {
            problems.add("reopenWindowDays", "must be between 0 and " + MAX_REOPEN_WINDOW_DAYS);
        }
        validateNames(problems, "notFirstLevelRequestTypes", notFirstLevelRequestTypes);
        validateNames(problems, "excludedResolutions", excludedResolutions);
        validateNames(problems, "businessHourChannels", businessHourChannels);
    }

    /** Whether {@code resolution} is in the excluded list (Duplicate, Won't Do, …). */
    public boolean excludes(String resolution) {
        return containsName(excludedResolutions, resolution);
    }

    /** Whether net FCR is on and {@code requestType} is marked not resolvable at first level. */
    public boolean leavesOutForNetFcr(String requestType) {
        return Boolean.TRUE.equals(net) && containsName(notFirstLevelRequestTypes, requestType);
    }

    /** Whether the one-business-hour rule is the policy and applies to {@code channel}. */
    public boolean judgesByBusinessHour(String channel) {
        return policy == FcrPolicy.ONE_BUSINESS_HOUR && containsName(businessHourChannels, channel);
    }

    private static void validateNames(Problems problems, String field, List<String> names) {
        Problems list = problems.at(field);
        Map<String, Integer> firstIndexByKey = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                list.at(i).add("must not be blank");
                continue;
            }
            Integer first = firstIndexByKey.putIfAbsent(key(name), i);
            if (first != null) {
                list.at(i).add("duplicates " + field + "[" + first + "] (" + names.get(first).trim() + ")");
            }
        }
    }

    private static boolean containsName(List<String> names, String candidate) {
        if (candidate == null) {
            return false;
        }
        String wanted = key(candidate);
        return names.stream().anyMatch(name -> name != null && key(name).equals(wanted));
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    // List.copyOf rejects null elements; settings keep them so validate() can report them.
    private static List<String> copyKeepingNulls(List<String> names) {
        return Copies.list(names);
    }
}
