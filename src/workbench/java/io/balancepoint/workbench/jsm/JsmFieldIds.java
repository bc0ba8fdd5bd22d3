package io.balancepoint.workbench.jsm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ids of the JSM custom fields on this site ({@code customfield_10010}, …), found in
 * {@code fields.json} (GET /rest/api/2/field) by their custom field type, never by their name:
 * names are translated and renamed, the type keys are fixed by JSM. Null when the site has no such field.
 */
record JsmFieldIds(String requestType, String organisations, String satisfaction, String satisfactionDate,
                   String participants) {

    static final String REQUEST_TYPE = "com.atlassian.servicedesk:vp-origin";
    static final String ORGANISATIONS = "com.atlassian.servicedesk:sd-customer-organizations";
    static final String SATISFACTION = "com.atlassian.servicedesk:sd-request-feedback";
    static final String SATISFACTION_DATE = "com.atlassian.servicedesk:sd-request-feedback-date";
    static final String PARTICIPANTS = "com.atlassian.servicedesk:sd-request-participants";

    static final JsmFieldIds NONE = new JsmFieldIds(null, null, null, null, null);

    static JsmFieldIds of(JsonNode fields, Fields f) {
        if (!fields.isArray()) {
            f.problem("", "must be the array GET /rest/api/2/field returns");
            return NONE;
        }
        String[] ids = new String[5];
        String[] types = {REQUEST_TYPE, ORGANISATIONS, SATISFACTION, SATISFACTION_DATE, PARTICIPANTS};
        for (int i = 0; i < fields.size(); i++) {
            String custom = fields.get(i).path("schema").path("custom").asText("");
            for (int t = 0; t < types.length; t++) {
                if (types[t].equals(custom)) {
                    String id = f.text(fields.get(i), "[" + i + "]", "id");
                    if (ids[t] != null && id != null) {
                        f.problem("[" + i + "]", "a second field of type " + types[t] + " (" + ids[t] + " and " + id
                                + "); the export cannot tell which one JSM uses");
                    } else {
                        ids[t] = id;
                    }
                }
            }
        }
        if (ids[0] == null) {
            f.problem("", "has no field of type " + REQUEST_TYPE + " (Customer Request Type): is this a Jira Service Management site?");
        }
        return new JsmFieldIds(ids[0], ids[1], ids[2], ids[3], ids[4]);
    }
}
