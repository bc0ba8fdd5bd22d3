package io.balancepoint.routing;

import io.balancepoint.validation.Problems;
import java.util.List;

/**
 * What a matching rule does: the support tier, the assignee group and how to pick an assignee in
 * it, and optionally a label and a field value to set.
 *
 * @param assigneeGroup the group whose members may be assigned; may be absent only with {@link AssignmentStrategy#UNASSIGNED}
 * @param label         a Jira label to add, or null
 * @param setField      a field to set, or null
 */
public record RuleAction(String supportTier, String assigneeGroup, AssignmentStrategy strategy, String label, FieldUpdate setField) {

    void validate(Problems problems, List<String> supportTiers) {
        NameChecks.checkReference(problems, "supportTier", supportTier, supportTiers, "support tier");
        problems.required(strategy, "strategy");
        boolean noGroup = assigneeGroup == null || assigneeGroup.isBlank();
        if (noGroup && strategy != AssignmentStrategy.UNASSIGNED) {
            problems.add("assigneeGroup", "is required unless strategy is UNASSIGNED");
        }
        if (label != null && (label.isBlank() || label.chars().anyMatch(Character::isWhitespace))) {
            problems.add("label", "must be one word without spaces (a Jira label), or absent");
        }
        if (setField != null) {
            if (setField.field() == null || setField.field().isBlank()) {
                problems.at("setField").add("field", "is required");
            }
            problems.at("setField").required(setField.value(), "value");
        }
    }
}
