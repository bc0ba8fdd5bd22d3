package io.balancepoint.rest.rates;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.balancepoint.access.AccessDenied;
import io.balancepoint.access.Permissions;
import io.balancepoint.rates.LoadedRateBreakdown;
import io.balancepoint.rates.LoadedRateCalculator;
import io.balancepoint.rates.LoadedRateInput;
import io.balancepoint.rates.RateEntry;
import io.balancepoint.rates.RateSettings;
import io.balancepoint.rest.Allow;
import io.balancepoint.rest.Audience;
import io.balancepoint.rest.CallerSecurityContext;
import io.balancepoint.rest.InputLimits;
import io.balancepoint.rest.settings.Revisions;
import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.settings.SettingsValidator;
import io.balancepoint.store.RevisionConflictException;
import io.balancepoint.store.SettingsStore;
import io.balancepoint.store.StoredSettings;
import io.balancepoint.validation.InvalidInputException;
import io.balancepoint.validation.Problem;
import io.balancepoint.validation.Problems;
import io.balancepoint.validation.StaleVersionException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Hourly rates: read (rate viewers and admins), add an effective-dated entry (which ends the open
 * entry of the same kind and key it follows) or end one (admins;
 * each is a new settings revision, so it is validated with the whole document, audited, and
 * refused with 409 when the settings changed meanwhile), and the loaded-rate calculator (rate
 * viewers and admins: it works from individual salaries, stores nothing).
 */
@LicensedOnly
@Path("rates")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class RatesResource {

    private final SettingsStore settings;
    private final Permissions permissions;
    private final Clock clock;

    @Inject
    public RatesResource(SettingsStore settings, Permissions permissions, Clock clock) {
        this.settings = settings;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The rates in force, each entry with its index; the revision is also the {@code ETag}. */
    @GET
    @Allow(Audience.RATE_VIEWERS)
    public Response rates() {
        StoredSettings stored = settings.current();
        RateSettings rates = stored.document().rates();
        List<RatesView.IndexedRate> entries = IntStream.range(0, rates.entries().size())
                .mapToObj(i -> new RatesView.IndexedRate(i, rates.entries().get(i))).toList();
        RatesView view = new RatesView(stored.revision(), stored.document().baseCurrency(), entries, rates.agentTiers());
        return Response.ok(view).tag(new EntityTag(Long.toString(stored.revision()))).build();
    }

    /** Adds an effective-dated entry (e.g. a new default rate from next month, after ending the old one). */
    @POST
    @Allow(Audience.ADMINS)
    public Response add(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RateChange.Add change,
                        @Context SecurityContext security) {
        Problems problems = new Problems();
        long expected = Revisions.expected(ifMatch, change.revision(), problems);
        Problems limits = new Problems();
        Problems rules = new Problems();
        if (rules.required(change.entry(), "entry")) {
            InputLimits.decimal(limits.at("entry"), "hourlyRate", change.entry().hourlyRate());
            change.entry().validate(rules.at("entry"));
        }
        Revisions.comment(problems, change.comment());
        InputLimits.report(problems, limits, rules);
        problems.throwIfAny("rate not added");
        StoredSettings current = currentAt(expected);
        List<RateEntry> entries = new ArrayList<>(current.document().rates().entries());
        endOpenPredecessor(entries, change.entry());
        entries.add(change.entry());
        return saved(current, entries, expected, change.comment(), security, entries.size() - 1);
    }

    /** Ends entry {@code index} of the revision: it applies to days before {@code until} only. */
    @POST
    @Path("{index}/end")
    @Allow(Audience.ADMINS)
    public Response end(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @PathParam("index") String index,
                        RateChange.End change, @Context SecurityContext security) {
        Problems problems = new Problems();
        long expected = Revisions.expected(ifMatch, change.revision(), problems);
        problems.required(change.until(), "until");
        Revisions.comment(problems, change.comment());
        problems.throwIfAny("rate not ended");
        StoredSettings current = currentAt(expected);
        List<RateEntry> entries = new ArrayList<>(current.document().rates().entries());
        int at = entryIndex(index, entries.size());
        RateEntry entry = entries.get(at);
        if (entry.until() != null && change.until().isAfter(entry.until())) {
            throw InvalidInputException.of("until",
                    "must not be after the entry's end " + entry.until() + "; add a new entry to extend a rate");
        }
        entries.set(at, new RateEntry(entry.kind(), entry.key(), entry.hourlyRate(), entry.from(), change.until(), entry.note()));
        return saved(current, entries, expected, change.comment(), security, at);
    }

    /** A fully loaded hourly rate from a year's cost and the productive share of paid hours. */
    @POST
    @Path("loaded-rate-calculator")
    @Allow(Audience.RATE_VIEWERS)
    public LoadedRateBreakdown loadedRate(LoadedRateInput input) {
        Problems limits = new Problems();
        InputLimits.decimal(limits, "annualSalary", input.annualSalary());
        InputLimits.decimal(limits, "benefits", input.benefits());
        InputLimits.decimal(limits, "allocatedOverhead", input.allocatedOverhead());
        InputLimits.decimal(limits, "paidHours", input.paidHours(), BigDecimal.valueOf(100_000));
        InputLimits.decimal(limits, "shrinkagePercent", input.shrinkagePercent());
        Problems rules = new Problems();
        input.validate(rules);
        Problems problems = new Problems();
        InputLimits.report(problems, limits, rules);
        problems.throwIfAny("invalid loaded-rate input");
        return LoadedRateCalculator.calculate(input);
    }

    /**
     * A new entry for a (kind, key) whose latest entry is open-ended and started earlier takes over
     * from it: that entry ends where the new one starts. This is how a rate changes from a date
     * (the DEFAULT rate must stay open-ended, so it cannot be ended first and followed later).
     */
    private static void endOpenPredecessor(List<RateEntry> entries, RateEntry next) {
        for (int i = 0; i < entries.size(); i++) {
            RateEntry entry = entries.get(i);
            if (entry != null && entry.until() == null && entry.kind() == next.kind()
                    && java.util.Objects.equals(entry.key(), next.key()) && entry.from() != null && entry.from().isBefore(next.from())) {
                entries.set(i, new RateEntry(entry.kind(), entry.key(), entry.hourlyRate(), entry.from(), next.from(), entry.note()));
            }
        }
    }

    /** The revision the change is based on, when it is still the current one; 409 otherwise. */
    private StoredSettings currentAt(long expected) {
        StoredSettings current = settings.current();
        if (current.revision() != expected) {
            throw new StaleVersionException("the settings", expected, current.revision());
        }
        return current;
    }

    private Response saved(StoredSettings current, List<RateEntry> entries, long expected, String comment,
                           SecurityContext security, int changed) {
        SettingsDocument d = current.document();
        SettingsDocument next = new SettingsDocument(d.schemaVersion(), d.baseCurrency(), d.workingTime(),
                new RateSettings(entries, d.rates().agentTiers()), d.channels(), d.overhead(), d.fcr(), d.anomalies(),
                d.tiering(), d.routing(), d.roi(), d.budgets(), d.visibility());
        Problems problems = new Problems();
        String changedPath = "rates.entries[" + changed + "]";
        for (Problem problem : SettingsValidator.problems(next)) {
            String field = problem.field();
            // the changed entry's problems under the body's field; the rest where they are in the document
            String renamed = field.equals(changedPath) ? "entry"
                    : field.startsWith(changedPath + ".") ? "entry" + field.substring(changedPath.length()) : field;
            problems.add(renamed, problem.reason());
        }
        problems.throwIfAny("rates not saved");
        String author = permissions.requireLicensed(CallerSecurityContext.callerOf(security));
        try {
            StoredSettings stored = settings.save(next, expected, author, comment, clock.instant());
            return Response.ok(new RatesView.IndexedRate(changed, entries.get(changed)))
                    .tag(new EntityTag(Long.toString(stored.revision()))).build();
        } catch (RevisionConflictException e) {
            throw new StaleVersionException("the settings", e.expectedRevision(), e.currentRevision());
        }
    }

    private static int entryIndex(String index, int size) {
        if (index == null || !index.matches("\\d{1,9}") || Integer.parseInt(index) >= size) {
            throw new AccessDenied.NotFound("rate entry");
        }
        return Integer.parseInt(index);
    }
}
