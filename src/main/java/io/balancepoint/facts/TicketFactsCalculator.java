package io.balancepoint.facts;

import io.balancepoint.fcr.FcrEvaluator;
import io.balancepoint.fcr.FcrSettings;
import io.balancepoint.ticket.Interactions;
import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.money.Money;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.time.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Derives a ticket's {@link TicketFacts} from its snapshot, its cost lines and the settings in force.
 *
 * <p>Definitions where the record leaves room:
 * <ul>
 *   <li>{@code costByCategory} has every {@link CostCategory}, zero when the ticket has no line of it,
 *       so exports have stable columns and sums never meet a missing key;</li>
 *   <li>{@code totalCost} is the sum of all lines (zero without lines); every line must be in {@code currency};</li>
 *   <li>{@code labourSeconds} is the work <em>logged</em> on the ticket (worklogs); an estimate from
 *       standard handle time is never counted as logged time, it shows as {@code labourEstimated}
 *       (any estimated labour line) and in the labour cost;</li>
 *   <li>{@code agentContacts} are agent public responses over the ticket's whole life (one response =
 *       one contact, as the contact cost lines count them); {@code customerFollowUps} as {@link Interactions};</li>
 *   <li>{@code firstResponse} and {@code resolutionTime} are elapsed (calendar) time from creation.</li>
 * </ul>
 */
public final class TicketFactsCalculator {

    private final FcrEvaluator fcrEvaluator;

    public TicketFactsCalculator() {
        this(new FcrEvaluator());
    }

    public TicketFactsCalculator(FcrEvaluator fcrEvaluator) {
        this.fcrEvaluator = Objects.requireNonNull(fcrEvaluator, "fcrEvaluator");
    }

    /**
     * The facts of {@code ticket} as of {@code now}.
     *
     * @param lines        the ticket's current cost lines, all in {@code currency}
     * @param customerTier the tier decided for the ticket's customer; null when none
     * @throws IllegalArgumentException when a line is in another currency
     */
    public TicketFacts facts(TicketSnapshot ticket, List<CostLine> lines, String customerTier, FcrSettings fcr,
                             WorkingCalendar calendar, Currency currency, Instant now) {
        ResolutionEvent resolution = ticket.currentResolution().orElse(null);
        Map<CostCategory, Money> byCategory = costByCategory(lines, currency);
        Money total = byCategory.values().stream().reduce(Money.zero(currency), Money::plus);
        Interactions interactions = Interactions.of(ticket);
        return new TicketFacts(
                ticket.issueId(),
                ticket.issueKey(),
                ticket.projectKey(),
                ticket.requestType(),
                ticket.channel(),
                ticket.priority(),
                ticket.customerKey(),
                ticket.organisation(),
                customerTier,
                ticket.supportTier(),
                ticket.created(),
                resolution == null ? null : resolution.at(),
                resolution == null ? null : resolution.resolution(),
                resolution != null && !fcr.excludes(resolution.resolution()),
                resolution == null ? null : resolution.actorKey(),
                total,
                byCategory,
                ticket.labourSeconds(),
                lines.stream().anyMatch(l -> l.category() == CostCategory.LABOUR && l.estimated()),
                interactions.agentResponses(),
                interactions.customerFollowUps(),
                ticket.reopenCount(),
                interactions.firstAgentResponseAt() == null ? null
                        : Duration.between(ticket.created(), interactions.firstAgentResponseAt()),
                resolution == null ? null : Duration.between(ticket.created(), resolution.at()),
                ticket.csat() == null ? null : ticket.csat().rating(),
                fcrEvaluator.evaluate(ticket, fcr, calendar, now).status());
    }

    private static Map<CostCategory, Money> costByCategory(List<CostLine> lines, Currency currency) {
        Map<CostCategory, Money> sums = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            sums.put(category, Money.zero(currency));
        }
        for (CostLine line : lines) {
            sums.merge(line.category(), line.amount(), Money::plus);
        }
        return sums;
    }
}
