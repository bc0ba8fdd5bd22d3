package io.balancepoint.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_A20EDB_ROUTING_DECISION}: one routing or escalation decision on a ticket
 * (trigger, matched rule, tier before and after, group and assignee chosen, label or field set, a
 * one-line explanation). Written by {@code RoutingDecisionStore}.
 */
@Table("RoutingDecision")
@Preload
public interface RoutingDecisionEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** The key when decided (shown with the decision; a moved ticket keeps its id, not its key). */
    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** Indexed for the recent decisions of a project. */
    @NotNull
    @Indexed
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

    /** A label the decision added, or null ({@code LABEL} is reserved in Oracle). */
    String getRouteLabel();

    void setRouteLabel(String label);

    /** The field the decision set (id or name), or null. */
    String getSetField();

    void setSetField(String field);

    /** The value the decision set that field to, or null. */
    String getSetFieldValue();

    void setSetFieldValue(String value);

    /** At most {@link StringLength#MAX_LENGTH} (450) characters, which one line for people fits; the store cuts longer ones. */
    @StringLength(StringLength.MAX_LENGTH)
    String getExplanation();

    void setExplanation(String explanation);
}
