package io.balancepoint.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

/** Gives the issue panel template the issue key as a plain String, so the template calls no Jira method (velocity allowlist). */
public final class IssueKeyContextProvider implements ContextProvider {

    @Override
    public void init(Map<String, String> params) {
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Object issue = context.get("issue");
        return Map.of("issueKey", issue instanceof Issue i ? i.getKey() : "");
    }
}
