package io.balancepoint.workbench.jsm;

import java.util.Set;

/**
 * A customer who raised requests in the export (a reporter), with the organisations named on their
 * requests. Their tier is decided later from the settings (override, organisation, RFM, default).
 */
public record JsmCustomer(String key, String displayName, String emailAddress, Set<String> organisations) {

    public JsmCustomer {
        organisations = Set.copyOf(organisations);
    }
}
