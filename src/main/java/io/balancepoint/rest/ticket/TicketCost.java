package io.balancepoint.rest.ticket;

import io.balancepoint.ledger.CostCategory;
import io.balancepoint.ledger.CostLine;
import io.balancepoint.money.Money;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a ticket has cost so far, from its ledger: the total, the total per category (in category
 * order, only categories with lines), whether hourly rates are shown, whether the caller may add
 * or change manual direct costs, and every line.
 */
public record TicketCost(String ticket, Money total, Map<CostCategory, Money> byCategory, boolean ratesShown,
                         boolean canAddCosts, List<CostLineView> lines) {

    static TicketCost of(String ticket, List<CostLine> lines, boolean showRates, boolean canAddCosts, Currency currency) {
        Money total = Money.zero(currency);
        Map<CostCategory, Money> byCategory = new EnumMap<>(CostCategory.class);
        for (CostLine line : lines) {
            total = total.plus(line.amount());
            byCategory.merge(line.category(), line.amount(), Money::plus);
        }
        return new TicketCost(ticket, total, byCategory, showRates, canAddCosts,
                lines.stream().map(line -> CostLineView.of(line, showRates)).toList());
    }
}
