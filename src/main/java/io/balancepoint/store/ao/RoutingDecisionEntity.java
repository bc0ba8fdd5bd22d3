package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_A20EDB_ROUTING_DECISION}: one routing or escalation decision on a ticket
 * (trigger, matched rule, tier before and after, assignee chosen, a one-line explanation).
 */
@Table("RoutingDecision")
@Preload
public interface RoutingDecisionEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    long getDecidedAt();

    void setDecidedAt(long decidedAt);

    /** What caused the decision: CREATED, FOLLOW_UP, REOPEN, MANUAL, RULE_CHANGE. */
    @NotNull
    @StringLength(32)
    String getTriggerKind();

    void setTriggerKind(String triggerKind);

    String getRuleId();

    void setRuleId(String ruleId);

    String getTierBefore();

    void setTierBefore(String tier);

    String getTierAfter();

    void setTierAfter(String tier);

    String getAssigneeGroup();

    void setAssigneeGroup(String group);

    String getAssigneeKey();

    void setAssigneeKey(String userKey);

    @StringLength(StringLength.MAX_LENGTH)
    String getExplanation();

    void setExplanation(String explanation);
}
