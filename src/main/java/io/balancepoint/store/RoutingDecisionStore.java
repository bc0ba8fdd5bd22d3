package io.balancepoint.store;

import io.balancepoint.routing.FieldUpdate;
import io.balancepoint.routing.RoutingDecision;
import io.balancepoint.routing.RoutingTrigger;
import io.balancepoint.store.ao.RoutingDecisionEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * The routing and escalation decisions made on tickets (SPEC §3), append-only: what agents see on a
 * ticket, what escalation counts earlier occurrences against, and what a dry run compares with.
 * Decisions of a ticket are read oldest first (by time, then by the order they were recorded).
 */
public final class RoutingDecisionStore {

    /** The most decisions {@link #recent} returns. */
    public static final int MAX_RECENT = 500;
    /** The longest explanation kept (the column's length); a longer one is cut. */
    public static final int MAX_EXPLANATION = 450;

    private static final String COLUMNS = "ID, ISSUE_ID, ISSUE_KEY, PROJECT_KEY, DECIDED_AT, TRIGGER_KIND, RULE_ID, TIER_BEFORE, "
            + "TIER_AFTER, ASSIGNEE_GROUP, ASSIGNEE_KEY, ROUTE_LABEL, SET_FIELD, SET_FIELD_VALUE, EXPLANATION";
    private static final Comparator<Row> ORDER = Comparator.comparingLong(Row::decidedAt).thenComparingInt(Row::id);

    private final AoStorage storage;

    public RoutingDecisionStore(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** Appends a decision of the ticket (joins the caller's transaction). */
    public void record(long issueId, String projectKey, RoutingDecision decision) {
        Objects.requireNonNull(projectKey, "projectKey");
        Map<String, Object> row = new HashMap<>();
        row.put("ISSUE_ID", issueId);
        row.put("ISSUE_KEY", decision.issueKey());
        row.put("PROJECT_KEY", projectKey);
        row.put("DECIDED_AT", EpochMillis.of(decision.at()));
        row.put("TRIGGER_KIND", decision.trigger().name());
        row.put("RULE_ID", decision.matchedRuleId());
        row.put("TIER_BEFORE", decision.tierBefore());
        row.put("TIER_AFTER", decision.tierAfter());
        row.put("ASSIGNEE_GROUP", decision.assigneeGroup());
        row.put("ASSIGNEE_KEY", decision.assignee());
        row.put("ROUTE_LABEL", decision.label());
        row.put("SET_FIELD", decision.setField() == null ? null : decision.setField().field());
        row.put("SET_FIELD_VALUE", decision.setField() == null ? null : decision.setField().value());
        row.put("EXPLANATION", explanation(decision.explanation()));
        storage.create(RoutingDecisionEntity.class, row);
    }

    /** The ticket's decisions, oldest first; empty when it has none. */
    public List<RoutingDecision> forTicket(long issueId) {
        return forTickets(List.of(issueId)).getOrDefault(issueId, List.of());
    }

    /**
     * The decisions of each of {@code issueIds} that has any, oldest first; one query per
     * {@link Criteria#MAX_TERMS} tickets (the recompute worker asks once per batch).
     */
    public Map<Long, List<RoutingDecision>> forTickets(Collection<Long> issueIds) {
        Map<Long, List<Row>> rows = new HashMap<>();
        for (List<Long> chunk : Criteria.chunks(new TreeSet<>(issueIds))) {
            Query query = ColumnsQuery.of(COLUMNS).where(Criteria.in("ISSUE_ID", chunk.size()), chunk.toArray());
            storage.stream(RoutingDecisionEntity.class, query,
                    e -> rows.computeIfAbsent(e.getIssueId(), id -> new ArrayList<>()).add(row(e)));
        }
        Map<Long, List<RoutingDecision>> decisions = new HashMap<>();
        rows.forEach((id, list) -> decisions.put(id, list.stream().sorted(ORDER).map(Row::decision).toList()));
        return decisions;
    }

    /** The latest decisions of a project's tickets, newest first, at most {@code limit} (1..{@value #MAX_RECENT}). */
    public List<RecordedDecision> recent(String projectKey, int limit) {
        if (limit < 1 || limit > MAX_RECENT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_RECENT + ", was " + limit);
        }
        List<RecordedDecision> recent = new ArrayList<>();
        storage.stream(RoutingDecisionEntity.class, ColumnsQuery.of(COLUMNS).where("PROJECT_KEY = ?", projectKey)
                        .order("DECIDED_AT DESC, ID DESC").limit(limit),
                e -> recent.add(new RecordedDecision(e.getIssueId(), e.getProjectKey(), row(e).decision())));
        return recent;
    }

    /** The explanation as stored: cut to the column's {@value #MAX_EXPLANATION} characters, ending in "..." (ASCII: any charset holds it). */
    static String explanation(String text) {
        return text.length() <= MAX_EXPLANATION ? text : text.substring(0, MAX_EXPLANATION - 3) + "...";
    }

    private static Row row(RoutingDecisionEntity e) {
        FieldUpdate field = e.getSetField() == null ? null : new FieldUpdate(e.getSetField(), e.getSetFieldValue());
        RoutingDecision decision = new RoutingDecision(e.getIssueKey(), EpochMillis.instant(e.getDecidedAt()),
                RoutingTrigger.valueOf(e.getTriggerKind()), e.getRuleId(), e.getTierBefore(), e.getTierAfter(),
                e.getAssigneeGroup(), e.getAssigneeKey(), e.getRouteLabel(), field, e.getExplanation());
        return new Row(e.getID(), e.getDecidedAt(), decision);
    }

    private record Row(int id, long decidedAt, RoutingDecision decision) {
    }
}
