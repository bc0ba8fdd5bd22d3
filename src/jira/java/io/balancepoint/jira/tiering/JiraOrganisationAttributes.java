package io.balancepoint.jira.tiering;

import io.balancepoint.tiering.OrganisationAttributes;
import java.math.BigDecimal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Organisation attributes in Jira. JSM Data Center keeps organisation properties behind its REST API
 * ({@code /rest/servicedeskapi/organization/{id}/property/{key}}); a Java API for them is not in JSM's
 * documented public API, so this adapter reads none and says so once. RFM then takes its monetary
 * value from the customer values the admin maintains (docs/jira-integration.md, "Not done").
 */
public final class JiraOrganisationAttributes implements OrganisationAttributes {

    private static final Logger LOG = LoggerFactory.getLogger(JiraOrganisationAttributes.class);
    private volatile boolean warned;

    @Override
    public Map<String, BigDecimal> values(String attributeName) {
        if (!warned) {
            warned = true;
            LOG.warn("Organisation attribute '{}' cannot be read in Jira yet; RFM monetary values come from customer values",
                    attributeName);
        }
        return Map.of();
    }
}
