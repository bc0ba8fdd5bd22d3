package io.balancepoint.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.Condition;
import java.util.Map;

/**
 * Shows the issue panel only on issues of service-desk projects (project type {@code service_desk}).
 * Jira has no documented web-fragment condition for a project type, so the panel checks the
 * {@code issue} the view-issue context carries, the same check the ticket source makes.
 */
public final class ServiceDeskIssueCondition implements Condition {

    static final String SERVICE_DESK_TYPE = "service_desk";

    @Override
    public void init(Map<String, String> params) {
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue)) {
            return false;
        }
        Project project = issue.getProjectObject();
        return project != null && project.getProjectTypeKey() != null
                && SERVICE_DESK_TYPE.equals(project.getProjectTypeKey().getKey());
    }
}
