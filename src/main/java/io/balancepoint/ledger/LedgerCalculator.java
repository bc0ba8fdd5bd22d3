package io.balancepoint.ledger;

import io.balancepoint.money.Money;
import io.balancepoint.rates.RateCard;
import io.balancepoint.rates.ResolvedRate;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.Worklog;
import io.balancepoint.validation.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket's cost lines from its snapshot and the costing settings: a pure function, so
 * recomputing a ticket yields equal lines and the store can diff them by source key. Every
 * effective-dated setting is looked up on the day (in the instance time zone) the cost arose.
 *
 * <ul>
 * <li>{@code worklog:<id>} — labour: seconds ÷ 3600 × the author's rate on the worklog's start day.
 *     When no rate at all is in force that day the line is kept with amount 0, no rate and a note
 *     starting {@value #UNRATED_NOTE_PREFIX} and rate source {@code UNRATED}, so the hours still count and the gap is visible.</li>
 * <li>{@code estimate:handle-time} — only for a resolved ticket without any worklog whose channel
 *     has a standard handle time: agent public responses × minutes × the default rate on the
 *     resolution day, marked estimated. No responses means no estimate: nobody handled it.</li>
 * <li>{@code contact:comment:<id>} — one per agent public response, at the channel's contact cost
 *     on the comment's day; none for an unknown channel or a day without a contact cost.</li>
 * <li>{@code overhead:uplift:<labour key>} — the uplift percent of the rule in force on each
 *     labour line's day, on that line's amount (quantity = that amount, unit = the currency code,
 *     rate = the percent); estimated labour is uplifted too (and the uplift is
 *     then estimated), since it stands in for the work that carries the overhead. Per labour line,
 *     so a rule change mid-ticket prices each part by its own rule and labour stays additive.</li>
 * <li>{@code overhead:ticket} — the per-resolved-ticket amount of the rule in force on the latest
 *     resolution day, only while the ticket is resolved.</li>
 * <li>{@code manual:<id>} — direct lines, passed through unchanged.</li>
 * </ul>
 * Overhead lines of zero amount are not produced. Output is sorted by occurredAt, then sourceKey.
 */
public final class LedgerCalculator {

    /** Starts the note of a labour line for which no rate was in force. */
    public static final String UNRATED_NOTE_PREFIX = "unrated: ";

    private static final Comparator<CostLine> ORDER =
            Comparator.comparing(CostLine::occurredAt).thenComparing(CostLine::sourceKey);
    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);
    private static final String SECONDS = "s";

    private final RateCard rates;
    private final ChannelSettings channels;
    private final OverheadSettings overhead;
    private final Currency currency;
    private final ZoneId zone;

    /**
     * Prepares a calculator for many tickets under the same settings.
     *
     * @throws io.balancepoint.validation.InvalidInputException when the settings are invalid
     */
    public LedgerCalculator(CostingSettings settings, Currency currency, ZoneId zone) {
        Problems problems = new Problems();
        settings.validate(problems);
        problems.throwIfAny("invalid costing settings");
        this.rates = RateCard.from(settings.rates());
        this.channels = settings.channels();
        this.overhead = settings.overhead();
        this.currency = Objects.requireNonNull(currency, "currency");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The cost lines of {@code ticket}; see {@link #costLines(TicketSnapshot, List)}. */
    public static List<CostLine> costLines(TicketSnapshot ticket, List<CostLine> manualLines,
                                           CostingSettings settings, Currency currency, ZoneId zone) {
        return new LedgerCalculator(settings, currency, zone).costLines(ticket, manualLines);
    }

    /**
     * All cost lines of {@code ticket}: computed ones plus {@code manualLines} unchanged.
     *
     * @param manualLines the ticket's stored direct lines; each source key must start with {@code manual:}
     * @throws IllegalArgumentException when a manual line is not one, has another currency, or two lines share a source key
     */
    public List<CostLine> costLines(TicketSnapshot ticket, List<CostLine> manualLines) {
        List<CostLine> labour = ticket.worklogs().isEmpty()
                ? handleTimeEstimate(ticket).stream().toList()
                : ticket.worklogs().stream().map(w -> labourLine(ticket, w)).toList();
        List<CostLine> lines = new ArrayList<>(labour);
        lines.addAll(contactLines(ticket));
        lines.addAll(upliftLines(ticket.projectKey(), labour));
        perTicketOverhead(ticket).ifPresent(lines::add);
        lines.addAll(checkedManualLines(manualLines));
        lines.sort(ORDER);
        requireUniqueSourceKeys(lines);
        return List.copyOf(lines);
    }

    /** True for a labour line that could not be priced because no rate was in force. */
    public static boolean isUnrated(CostLine line) {
        return line.rateSource() == RateSource.UNRATED;
    }

    private CostLine labourLine(TicketSnapshot ticket, Worklog worklog) {
        String key = "worklog:" + worklog.id();
        BigDecimal seconds = BigDecimal.valueOf(worklog.seconds());
        LocalDate day = dayOf(worklog.started());
        Optional<ResolvedRate> rate = rates.rateFor(worklog.authorKey(), ticket.rolesOf(worklog.authorKey()), day);
        if (rate.isEmpty()) {
            return new CostLine(key, CostCategory.LABOUR, Money.zero(currency), seconds, SECONDS, null,
                    RateSource.UNRATED, worklog.started(), false,
                    UNRATED_NOTE_PREFIX + "no rate in force on " + day + " for " + worklog.authorKey(), null);
        }
        ResolvedRate r = rate.get();
        return new CostLine(key, CostCategory.LABOUR, r.costOf(seconds, currency), seconds, SECONDS, r.hourlyRate(),
                r.source(), worklog.started(), false, rateNote(r), null);
    }

    private static String rateNote(ResolvedRate rate) {
        return switch (rate.source()) {
            case ROLE -> "rate of role " + rate.key();
            case AGENT_TIER -> "rate of agent tier " + rate.key();
            default -> null;
        };
    }

    private Optional<CostLine> handleTimeEstimate(TicketSnapshot ticket) {
        Optional<Instant> resolvedAt = ticket.resolvedAt();
        Optional<BigDecimal> minutes = channels.channel(ticket.channel()).map(Channel::standardHandleMinutes);
        int responses = ticket.agentPublicResponses().size();
        if (resolvedAt.isEmpty() || minutes.isEmpty() || responses == 0) {
            return Optional.empty();
        }
        Instant at = resolvedAt.get();
        LocalDate day = dayOf(at);
        BigDecimal seconds = minutes.get().multiply(SECONDS_PER_MINUTE).multiply(BigDecimal.valueOf(responses));
        String basis = responses + (responses == 1 ? " agent response" : " agent responses") + " × " + minutes.get().toPlainString()
                + " min standard handle time (" + ticket.channel() + ")";
        String key = "estimate:handle-time";
        return Optional.of(rates.defaultRate(day)
                .map(r -> new CostLine(key, CostCategory.LABOUR, r.costOf(seconds, currency), seconds, SECONDS,
                        r.hourlyRate(), RateSource.ESTIMATE, at, true, basis, null))
                .orElseGet(() -> new CostLine(key, CostCategory.LABOUR, Money.zero(currency), seconds, SECONDS,
                        null, RateSource.UNRATED, at, true,
                        UNRATED_NOTE_PREFIX + "no default rate in force on " + day + "; " + basis, null)));
    }

    private List<CostLine> contactLines(TicketSnapshot ticket) {
        List<CostLine> lines = new ArrayList<>();
        for (Comment response : ticket.agentPublicResponses()) {
            channels.contactCost(ticket.channel(), dayOf(response.created()))
                    .map(cost -> new CostLine("contact:comment:" + response.id(), CostCategory.CONTACT,
                            Money.of(cost.costPerContact(), currency), BigDecimal.ONE, "contact",
                            cost.costPerContact(), RateSource.CHANNEL, response.created(), false, null, null))
                    .ifPresent(lines::add);
        }
        return lines;
    }

    private List<CostLine> upliftLines(String projectKey, List<CostLine> labour) {
        List<CostLine> lines = new ArrayList<>();
        for (CostLine base : labour) {
            overhead.ruleFor(projectKey, dayOf(base.occurredAt()))
                    .filter(rule -> rule.upliftPercent() != null && rule.upliftPercent().signum() > 0)
                    .filter(rule -> !base.amount().isZero())
                    .map(rule -> new CostLine("overhead:uplift:" + base.sourceKey(), CostCategory.OVERHEAD,
                            base.amount().times(rule.upliftPercent().movePointLeft(2)),
                            base.amount().amount(), currency.getCurrencyCode(), rule.upliftPercent(),
                            RateSource.OVERHEAD, base.occurredAt(), base.estimated(),
                            rule.upliftPercent().toPlainString() + " % uplift on " + base.sourceKey()
                                    + " (" + rule.scope() + ")", null))
                    .ifPresent(lines::add);
        }
        return lines;
    }

    private Optional<CostLine> perTicketOverhead(TicketSnapshot ticket) {
        return ticket.resolvedAt().flatMap(at -> overhead.ruleFor(ticket.projectKey(), dayOf(at))
                .filter(rule -> rule.perResolvedTicket() != null && rule.perResolvedTicket().signum() > 0)
                .map(rule -> new CostLine("overhead:ticket", CostCategory.OVERHEAD,
                        Money.of(rule.perResolvedTicket(), currency), BigDecimal.ONE, "ticket",
                        rule.perResolvedTicket(), RateSource.OVERHEAD, at, false,
                        "per resolved ticket (" + rule.scope() + ")", null)));
    }

    private List<CostLine> checkedManualLines(List<CostLine> manualLines) {
        if (manualLines == null) {
            return List.of();
        }
        for (CostLine line : manualLines) {
            Objects.requireNonNull(line, "manual line");
            if (!line.sourceKey().startsWith(DirectCostEntry.SOURCE_PREFIX)) {
                throw new IllegalArgumentException("a manual line's source key must start with '"
                        + DirectCostEntry.SOURCE_PREFIX + "': " + line.sourceKey());
            }
            if (!line.amount().currency().equals(currency)) {
                throw new IllegalArgumentException("manual line " + line.sourceKey() + " is in "
                        + line.amount().currency() + ", the ledger in " + currency);
            }
        }
        return manualLines;
    }

    private static void requireUniqueSourceKeys(List<CostLine> lines) {
        Set<String> seen = new HashSet<>();
        for (CostLine line : lines) {
            if (!seen.add(line.sourceKey())) {
                throw new IllegalArgumentException("two cost lines share the source key " + line.sourceKey());
            }
        }
    }

    private LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
