package io.balancepoint.jira.routing;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.label.LabelService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.balancepoint.jira.config.AppConfiguration;
import io.balancepoint.routing.RoutingActuator;
import io.balancepoint.routing.RoutingDecision;
import io.balancepoint.routing.SupportTierMarking;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a routing decision (recorded by the pipeline before it gets here) to the Jira issue, as the
 * configured app user and through Jira's validating services, so workflow, field configuration and
 * permissions apply exactly as for a person: the support tier (label or field), an extra label or
 * field, then the assignee. A refused step is logged with Jira's reasons and the rest still applied.
 */
public final class JiraRoutingActuator implements RoutingActuator {

    private static final Logger LOG = LoggerFactory.getLogger(JiraRoutingActuator.class);

    private final IssueService issueService;
    private final LabelService labels;
    private final UserManager users;
    private final AppConfiguration configuration;

    public JiraRoutingActuator(IssueService issueService, LabelService labels, UserManager users, AppConfiguration configuration) {
        this.issueService = issueService;
        this.labels = labels;
        this.users = users;
        this.configuration = configuration;
    }

    @Override
    public void apply(long issueId, RoutingDecision decision) {
        ApplicationUser actor = configuration.appUserKey().map(users::getUserByKey).orElse(null);
        if (actor == null) {
            LOG.warn("Routing of {} recorded but not applied: no app user is configured", decision.issueKey());
            return;
        }
        SupportTierMarking marking = configuration.supportTierMarking();
        Set<String> wanted = new LinkedHashSet<>();
        if (marking.mode() == SupportTierMarking.Mode.LABEL) {
            wanted.add(marking.labelFor(decision.tierAfter()));
        } else {
            setField(actor, issueId, marking.target(), decision.tierAfter());
        }
        if (decision.label() != null) {
            wanted.add(decision.label());
        }
        if (!wanted.isEmpty()) {
            applyLabels(actor, issueId, marking, decision, wanted);
        }
        if (decision.setField() != null) {
            setField(actor, issueId, decision.setField().field(), decision.setField().value());
        }
        if (decision.assignee() != null) {
            ApplicationUser assignee = users.getUserByKey(decision.assignee());
            var result = issueService.validateAssign(actor, issueId, assignee == null ? null : assignee.getUsername());
            if (result.isValid()) {
                issueService.assign(actor, result);
            } else {
                LOG.warn("Assigning {} to {} refused: {}", decision.issueKey(), decision.assignee(), result.getErrorCollection());
            }
        }
    }

    /**
     * LabelService can add one label or replace the whole set; it cannot remove one. So the new set
     * (current labels, minus stale tier labels, plus the wanted ones) is validated and set in one update.
     */
    private void applyLabels(ApplicationUser actor, long issueId, SupportTierMarking marking, RoutingDecision decision,
                             Set<String> wanted) {
        Set<String> current = labels.getLabels(actor, issueId).getLabels().stream().map(Label::getLabel)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> next = new LinkedHashSet<>(current);
        if (marking.mode() == SupportTierMarking.Mode.LABEL) {
            next.removeAll(marking.staleLabels(current, decision.tierAfter()));
        }
        next.addAll(wanted);
        if (next.equals(current)) {
            return;
        }
        var result = labels.validateSetLabels(actor, issueId, next);
        if (result.isValid()) {
            labels.setLabels(actor, result, false, true);
        } else {
            LOG.warn("Labels {} on issue {} refused: {}", next, issueId, result.getErrorCollection());
        }
    }

    private void setField(ApplicationUser actor, long issueId, String fieldId, String value) {
        IssueInputParameters input = issueService.newIssueInputParameters();
        input.addCustomFieldValue(fieldId, value);
        var result = issueService.validateUpdate(actor, issueId, input);
        if (result.isValid()) {
            issueService.update(actor, result);
        } else {
            LOG.warn("Setting {} on issue {} refused: {}", fieldId, issueId, result.getErrorCollection());
        }
    }
}
