package io.balancepoint.jira.ticket;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.jira.application.ApplicationAuthorizationService;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link JsmFacts} through JSM's public Java API. Loaded only by {@link JsmFacts#detect()} after the
 * JSM classes were found. JSM services are looked up per call with
 * {@code ComponentAccessor.getOSGiComponentInstanceOfType} (as Atlassian's Slack app does), so the
 * plugin's Spring context never depends on them; calls run with security overridden or as no user,
 * because the recompute runs in the background for every ticket.
 */
final class JsmServiceFacts implements JsmFacts {

    private static final Logger LOG = LoggerFactory.getLogger(JsmServiceFacts.class);
    private static final ApplicationKey SERVICE_DESK = ApplicationKey.valueOf("jira-servicedesk");

    @Override
    public Optional<String> requestType(Issue issue) {
        RequestTypeService types = ComponentAccessor.getOSGiComponentInstanceOfType(RequestTypeService.class);
        if (types == null) {
            return Optional.empty();
        }
        try {
            var query = types.newQueryBuilder().issue(issue.getId()).requestOverrideSecurity(true).build();
            return types.getRequestTypes(null, query).getResults().stream().findFirst().map(RequestType::getName);
        } catch (RuntimeException e) {
            LOG.debug("No request type for issue {}: {}", issue.getKey(), e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> organisation(Issue issue) {
        // The "Organizations" custom field holds the request's organisations; its value type is not part
        // of JSM's documented API, so only the display text is used.
        var field = ComponentAccessor.getCustomFieldManager().getCustomFieldObjectsByName("Organizations");
        if (field == null || field.isEmpty()) {
            return Optional.empty();
        }
        Object value = issue.getCustomFieldValue(field.iterator().next());
        if (value instanceof java.util.Collection<?> organisations && !organisations.isEmpty()) {
            Object first = organisations.iterator().next();
            return Optional.ofNullable(nameOf(first));
        }
        return Optional.empty();
    }

    @Override
    public Optional<Boolean> isPublic(Comment comment) {
        ServiceDeskCommentService comments = ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskCommentService.class);
        if (comments == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(comments.getServiceDeskCommentByJiraComment(comment.getAuthorApplicationUser(), comment).isPublic());
        } catch (RuntimeException e) {
            // ServiceDeskServiceException and permission errors: fall back to the sd.public.comment property
            return Optional.empty();
        }
    }

    @Override
    public boolean isAgent(ApplicationUser user) {
        return user != null && ComponentAccessor.getComponent(ApplicationAuthorizationService.class)
                .canUseApplication(user, SERVICE_DESK);
    }

    private static String nameOf(Object organisation) {
        if (organisation instanceof com.atlassian.servicedesk.api.organization.CustomerOrganization named) {
            return named.getName();
        }
        return organisation == null ? null : organisation.toString();
    }
}
