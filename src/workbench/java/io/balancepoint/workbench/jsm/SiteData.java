package io.balancepoint.workbench.jsm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the export says about the Jira site besides its issues: when it was taken, which custom
 * fields hold the JSM data, which statuses are "done", the users and the organisations.
 *
 * @param exportedAt     the moment the export was taken (the "now" of an analysis of it)
 * @param doneStatusIds  ids of statuses in the "done" category; empty without {@code statuses.json}
 */
record SiteData(
        Instant exportedAt,
        String baseUrl,
        JsmFieldIds fieldIds,
        Set<String> doneStatusIds,
        boolean statusesKnown,
        Map<String, JsmUser> users,
        Map<String, JsmOrganisation> organisations) {

    static final String FORMAT = "balance-point-jsm-export";
    static final int FORMAT_VERSION = 1;

    /** Reads every file but the issues; null fields where a file had problems (reported). */
    static SiteData read(ExportFiles files, ImportProblems problems) throws IOException {
        Instant exportedAt = null;
        String baseUrl = null;
        JsonNode manifest = files.read(ExportFiles.MANIFEST, problems);
        if (manifest != null) {
            Fields f = new Fields(problems, ExportFiles.MANIFEST, null);
            String format = f.text(manifest, "", "format");
            if (format != null && !format.equals(FORMAT)) {
                f.problem("format", "must be '" + FORMAT + "', was '" + format + "'");
            }
            Long version = f.count(manifest, "", "formatVersion");
            if (version != null && version != FORMAT_VERSION) {
                f.problem("formatVersion", "must be " + FORMAT_VERSION + " (this release reads version " + FORMAT_VERSION + "), was " + version);
            }
            exportedAt = f.time(manifest, "", "exportedAt");
            baseUrl = f.optionalText(manifest, "", "baseUrl");
        }
        JsonNode fields = files.read(ExportFiles.FIELDS, problems);
        JsmFieldIds fieldIds = fields == null ? JsmFieldIds.NONE : JsmFieldIds.of(fields, new Fields(problems, ExportFiles.FIELDS, null));
        Set<String> done = new HashSet<>();
        boolean statusesKnown = files.exists(ExportFiles.STATUSES);
        if (statusesKnown) {
            readStatuses(files.read(ExportFiles.STATUSES, problems), new Fields(problems, ExportFiles.STATUSES, null), done);
        }
        Map<String, JsmUser> users = readUsers(files.read(ExportFiles.USERS, problems), new Fields(problems, ExportFiles.USERS, null));
        Map<String, JsmOrganisation> organisations = readOrganisations(files, problems);
        return new SiteData(exportedAt, baseUrl, fieldIds, Set.copyOf(done), statusesKnown, users, organisations);
    }

    private static void readStatuses(JsonNode statuses, Fields f, Set<String> done) {
        if (statuses == null) {
            return;
        }
        if (!statuses.isArray()) {
            f.problem("", "must be the array GET /rest/api/2/status returns");
            return;
        }
        for (int i = 0; i < statuses.size(); i++) {
            String at = "[" + i + "]";
            String id = f.text(statuses.get(i), at, "id");
            JsonNode category = f.object(statuses.get(i), at, "statusCategory");
            String key = category.isMissingNode() ? null : f.text(category, Fields.path(at, "statusCategory"), "key");
            if (id != null && "done".equals(key)) {
                done.add(id);
            }
        }
    }

    private static Map<String, JsmUser> readUsers(JsonNode users, Fields f) {
        Map<String, JsmUser> byKey = new LinkedHashMap<>();
        if (users == null) {
            return byKey;
        }
        if (!users.isArray()) {
            f.problem("", "must be an array of GET /rest/api/2/user?key=…&expand=groups,applicationRoles answers");
            return byKey;
        }
        for (int i = 0; i < users.size(); i++) {
            JsonNode user = users.get(i);
            String at = "[" + i + "]";
            String key = f.userId(user, at);
            Set<String> groups = new TreeSet<>();
            JsonNode items = f.array(f.object(user, at, "groups"), Fields.path(at, "groups"), "items");
            for (int g = 0; g < items.size(); g++) {
                String name = f.text(items.get(g), Fields.path(at, "groups.items") + "[" + g + "]", "name");
                if (name != null) {
                    groups.add(name);
                }
            }
            boolean agent = false;
            JsonNode roles = f.array(f.object(user, at, "applicationRoles"), Fields.path(at, "applicationRoles"), "items");
            for (int r = 0; r < roles.size(); r++) {
                agent |= JsmUser.SERVICE_DESK_ROLE.equals(f.text(roles.get(r), Fields.path(at, "applicationRoles.items") + "[" + r + "]", "key"));
            }
            // Cloud marks apps and automation as accountType "app"; their comments never count as contacts.
            boolean app = "app".equals(user.path("accountType").asText(""));
            if (key == null) {
                continue;
            }
            if (byKey.containsKey(key)) {
                f.problem(at, "user '" + key + "' is listed twice");
                continue;
            }
            byKey.put(key, new JsmUser(key, user.path("name").asText(null), user.path("displayName").asText(null),
                    user.path("emailAddress").asText(null), agent, app, groups));
        }
        return byKey;
    }

    private static Map<String, JsmOrganisation> readOrganisations(ExportFiles files, ImportProblems problems) throws IOException {
        Map<String, JsmOrganisation> byName = new LinkedHashMap<>();
        if (!files.exists(ExportFiles.ORGANIZATIONS)) {
            return byName;
        }
        JsonNode page = files.read(ExportFiles.ORGANIZATIONS, problems);
        if (page == null) {
            return byName;
        }
        Fields f = new Fields(problems, ExportFiles.ORGANIZATIONS, null);
        Boolean last = f.bool(page, "", "isLastPage");
        if (Boolean.FALSE.equals(last)) {
            f.problem("isLastPage", "is false: the export holds one page of organisations only; merge every page into values");
        }
        Map<Long, Map<String, BigDecimal>> attributes = readOrganisationProperties(files, problems);
        JsonNode values = f.array(page, "", "values");
        for (int i = 0; i < values.size(); i++) {
            String at = Fields.path("values", i);
            Long id = f.id(values.get(i), at, "id");
            String name = f.text(values.get(i), at, "name");
            if (id == null || name == null) {
                continue;
            }
            if (byName.containsKey(name)) {
                f.problem(at, "organisation '" + name + "' is listed twice");
                continue;
            }
            byName.put(name, new JsmOrganisation(id, name, attributes.getOrDefault(id, Map.of())));
        }
        return byName;
    }

    /** {@code organization-properties/<id>.json}: an array of {@code {key, value}} property answers; numeric values count. */
    private static Map<Long, Map<String, BigDecimal>> readOrganisationProperties(ExportFiles files, ImportProblems problems) throws IOException {
        Map<Long, Map<String, BigDecimal>> byOrganisation = new HashMap<>();
        for (String file : files.jsonFiles(ExportFiles.ORGANIZATION_PROPERTIES)) {
            Fields f = new Fields(problems, file, null);
            String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".json".length());
            if (!name.matches("[0-9]{1,18}")) {
                f.problem(null, "must be named after the organisation id, such as 1.json");
                continue;
            }
            JsonNode properties = files.read(file, problems);
            if (properties == null) {
                continue;
            }
            if (!properties.isArray()) {
                f.problem("", "must be an array of GET /rest/servicedeskapi/organization/{id}/property/{key} answers");
                continue;
            }
            Map<String, BigDecimal> values = new HashMap<>();
            for (int i = 0; i < properties.size(); i++) {
                String at = "[" + i + "]";
                String key = f.text(properties.get(i), at, "key");
                BigDecimal value = number(properties.get(i).path("value"));
                if (key != null && value != null) {
                    values.put(key, value);
                }
            }
            byOrganisation.put(Long.parseLong(name), values);
        }
        return byOrganisation;
    }

    /** A property value as a number: a JSON number or a numeric string; null otherwise (not every property is a value). */
    private static BigDecimal number(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
