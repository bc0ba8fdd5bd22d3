package io.balancepoint.workbench.sample;

import io.balancepoint.settings.SettingsDocument;
import io.balancepoint.ticket.AuthorRole;
import io.balancepoint.ticket.Comment;
import io.balancepoint.ticket.CsatRating;
import io.balancepoint.ticket.ResolutionEvent;
import io.balancepoint.ticket.SourcedTicket;
import io.balancepoint.ticket.TicketSnapshot;
import io.balancepoint.ticket.Worklog;
import io.balancepoint.workbench.sample.SampleCatalogue.ChannelShare;
import io.balancepoint.workbench.sample.SampleCatalogue.ProjectProfile;
import io.balancepoint.workbench.sample.SampleCatalogue.RequestType;
import io.balancepoint.workbench.load.DeskContent;
import io.balancepoint.workbench.tickets.DeskTicket;
import io.balancepoint.workbench.tickets.Organisation;
import io.balancepoint.workbench.tickets.Project;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A realistic service desk, generated deterministically: the same {@link Options} always give
 * the same tickets, ids, keys and timestamps (one seeded generator consumed in a fixed order), so
 * tests can rely on the figures and every evaluator sees the same desk.
 *
 * <p>Three projects (external customer support, an internal IT help desk, billing) over twelve
 * months ending on {@link Options#lastDay()}; customers in organisations of very different
 * contract value, a few of them filing many requests (a Zipf-like spread, so RFM scoring has
 * something to separate); fourteen agents in three tiers.
 *
 * <p>Proportions, chosen to land on published benchmarks (research brief {@code market-domain.md}):
 * <ul>
 *   <li>first-contact resolution about 70–74 % overall — SQM's "good" band is 70–79 % and MetricNet's
 *       average 74 % (range 41–94 %); phone and chat settle more on first contact than e-mail;</li>
 *   <li>a second contact takes about 40 % longer than the first (LimeBridge: 30–50 % higher);</li>
 *   <li>escalated work is done at L2/L3 rates, and MetricNet's "cost triples each time the ticket is
 *       escalated" shows up as L3 tickets costing several times an L1 one;</li>
 *   <li>CSAT averages about 4.1 of 5, inside the 3.5–4.5 band quoted for IT service desks, with each
 *       follow-up lowering it (SQM: a repeat contact cuts satisfaction by about 15 %);</li>
 *   <li>assumptions without a cited source: about 6 % of resolved requests reopened, 30 % of resolved
 *       requests rated, 15 % of agent replies without a worklog (the standard handle time then
 *       stands in when a ticket has none), channel mixes per project as in {@link SampleCatalogue}.</li>
 * </ul>
 * Handle times are medians of a log-normal spread, so a few tickets take far longer than their type's
 * mean: what the anomaly report looks for.
 */
public final class SampleDesk implements DeskContent {

    public static final int DEFAULT_SIZE = 20_000;
    public static final long DEFAULT_SEED = 20_260_301L;
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** The organisation attribute the sample settings read as RFM monetary value. */
    public static final String CONTRACT_VALUE = "Annual contract value";
    /** Issue ids start here (as in Jira, ids are global and keys count per project). */
    static final long FIRST_ISSUE_ID = 10_000;

    /**
     * @param seed    the generator's seed
     * @param size    how many requests
     * @param lastDay the last day of the twelve months (in {@link #ZONE}); nothing happens after it
     */
    public record Options(long seed, int size, LocalDate lastDay) {

        public Options {
            if (size < 1) {
                throw new IllegalArgumentException("size must be at least 1, was " + size);
            }
            java.util.Objects.requireNonNull(lastDay, "lastDay");
        }
    }

    private record Customer(String key, String organisation) {
    }

    private final Options options;
    private final LocalDate firstDay;
    private final Instant end;
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Customer> externalCustomers = new ArrayList<>();
    private final List<Customer> employees = new ArrayList<>();
    private final double[] externalWeights;
    private final double[] employeeWeights;

    public SampleDesk(Options options) {
        this.options = options;
        this.firstDay = options.lastDay().minusMonths(12).plusDays(1);
        this.end = options.lastDay().plusDays(1).atStartOfDay(ZONE).toInstant();
        SplittableRandom people = new SplittableRandom(options.seed() ^ 0x5EED_0F_9E0B1EL);
        int customers = Math.max(40, options.size() / 8);
        int organisationCount = Math.max(5, customers / 40);
        for (int o = 1; o <= organisationCount; o++) {
            // log-normal contract values: median about 22 000, a long tail of large accounts
            BigDecimal value = BigDecimal.valueOf(Math.round(Math.exp(10 + 1.2 * gaussian(people)) / 100) * 100L);
            organisations.add(new Organisation(organisationName(o), CONTRACT_VALUE, value));
        }
        for (int c = 1; c <= customers; c++) {
            String organisation = people.nextDouble() < 0.85
                    ? organisations.get(people.nextInt(organisations.size())).name() : null;
            externalCustomers.add(new Customer(String.format("cust-%05d", c), organisation));
        }
        for (int e = 1; e <= Math.max(20, options.size() / 50); e++) {
            employees.add(new Customer(String.format("emp-%04d", e), null));
        }
        externalWeights = zipf(externalCustomers.size(), 0.9, people);
        employeeWeights = zipf(employees.size(), 0.6, people);
    }

    public Options options() {
        return options;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    @Override
    public List<Project> projects() {
        return SampleCatalogue.PROJECTS.stream().map(p -> new Project(p.key(), p.name())).toList();
    }

    @Override
    public List<Organisation> organisations() {
        return List.copyOf(organisations);
    }

    /** The settings the desk's rates, channels, budgets and tiers are configured with. */
    @Override
    public Optional<SettingsDocument> settings() {
        return Optional.of(SampleSettings.of(firstDay, options.lastDay(), options.size()));
    }

    @Override
    public long expectedTickets() {
        return options.size();
    }

    /** Generates every ticket, oldest first, handing them over in chunks of {@code chunkSize}. */
    @Override
    public void tickets(int chunkSize, Consumer<List<DeskTicket>> sink) {
        SplittableRandom random = new SplittableRandom(options.seed());
        long[] created = creationTimes(random);
        Map<String, Integer> keyCounters = new HashMap<>();
        List<DeskTicket> chunk = new ArrayList<>(chunkSize);
        for (int i = 0; i < created.length; i++) {
            chunk.add(ticket(FIRST_ISSUE_ID + i, Instant.ofEpochMilli(created[i]), keyCounters, random));
            if (chunk.size() == chunkSize) {
                sink.accept(List.copyOf(chunk));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            sink.accept(List.copyOf(chunk));
        }
    }

    /** Creation instants, sorted: weekdays busier than weekends, office hours busier than nights, volume growing over the year. */
    private long[] creationTimes(SplittableRandom random) {
        int days = (int) ChronoUnit.DAYS.between(firstDay, options.lastDay()) + 1;
        double[] dayWeights = new double[days];
        for (int d = 0; d < days; d++) {
            DayOfWeek weekday = firstDay.plusDays(d).getDayOfWeek();
            double base = weekday == DayOfWeek.SATURDAY ? 0.25 : weekday == DayOfWeek.SUNDAY ? 0.15 : 1.0;
            dayWeights[d] = base * (1.0 + 0.2 * d / days);
        }
        double[] cumulative = cumulative(dayWeights);
        long[] times = new long[options.size()];
        for (int i = 0; i < times.length; i++) {
            LocalDate day = firstDay.plusDays(pick(cumulative, random));
            // office hours (08:00-18:00) for 90 %, the rest spread over the day
            double hour = random.nextDouble() < 0.9 ? 8 + 10 * random.nextDouble() : 24 * random.nextDouble();
            times[i] = day.atStartOfDay(ZONE).toInstant().toEpochMilli() + (long) (hour * 3_600_000);
        }
        Arrays.sort(times);
        return times;
    }

    private DeskTicket ticket(long issueId, Instant created, Map<String, Integer> keyCounters, SplittableRandom random) {
        ProjectProfile project = pickProject(random);
        RequestType type = project.requestTypes().get(pickWeighted(project.requestTypes().stream().mapToDouble(RequestType::weight).toArray(), random));
        String channel = project.channels().get(pickWeighted(project.channels().stream().mapToDouble(ChannelShare::weight).toArray(), random)).channel();
        String priority = priority(type, random);
        Customer customer = project.internal()
                ? employees.get(pick(employeeWeights, random)) : externalCustomers.get(pick(externalWeights, random));
        String summary = type.summaries().get(random.nextInt(type.summaries().size()));
        int number = keyCounters.merge(project.key(), 1, Integer::sum);

        Conversation conversation = new Conversation(issueId, customer.key(), random);
        DemoPeople.Agent first = pickAgent("L1", random);
        Instant at = created.plus(responseDelay(channel, random));
        conversation.reply(first, at, type.handleMinutes());
        String supportTier = "L1";
        DemoPeople.Agent owner = first;
        boolean settledFirst = random.nextDouble() < fcrChance(channel, type);
        if (!settledFirst) {
            int followUps = 1 + (random.nextDouble() < 0.35 ? 1 : 0) + (random.nextDouble() < 0.15 ? 1 : 0);
            boolean escalate = random.nextDouble() < type.escalation();
            for (int f = 0; f < followUps; f++) {
                at = at.plus(Duration.ofMinutes(20 + random.nextInt(24 * 60)));
                conversation.customerComment(at);
                if (escalate && f == 0) {
                    supportTier = random.nextDouble() < 0.8 ? "L2" : "L3";
                    conversation.internalNote(owner, at.plus(Duration.ofMinutes(5)));
                    owner = pickAgent(supportTier, random);
                }
                at = at.plus(responseDelay(channel, random));
                // a second contact takes about 40 % longer; escalated work longer still
                conversation.reply(owner, at, type.handleMinutes() * (escalate ? 2.5 : 1.4));
            }
        } else if (random.nextDouble() < 0.08) {
            conversation.internalNote(owner, at.minus(Duration.ofMinutes(1)));
        }
        Instant resolvedAt = at.plus(Duration.ofMinutes(1 + random.nextInt(30)));
        boolean stillOpen = Duration.between(created, end).toDays() < 2 ? random.nextDouble() < 0.5 : random.nextDouble() < 0.015;
        if (!stillOpen) {
            conversation.resolve(resolvedAt, resolution(type, random), owner);
            if (random.nextDouble() < 0.06) {
                Instant reopenedAt = resolvedAt.plus(Duration.ofMinutes(60 + random.nextInt(5 * 24 * 60)));
                conversation.customerComment(reopenedAt);
                conversation.reopen(reopenedAt, customer.key());
                Instant again = reopenedAt.plus(responseDelay(channel, random));
                conversation.reply(owner, again, type.handleMinutes() * 1.4);
                conversation.resolve(again.plus(Duration.ofMinutes(5)), "Done", owner);
            } else if (random.nextDouble() < 0.2) {
                conversation.customerComment(resolvedAt.plus(Duration.ofMinutes(10 + random.nextInt(600)))); // "thanks!"
            }
            if (random.nextDouble() < 0.3) {
                conversation.rate(rating(conversation.customerComments(), conversation.reopens(), random), random);
            }
        }
        TicketSnapshot snapshot = conversation.snapshot(project.key() + "-" + number, project.key(), type.name(), channel,
                priority, customer.organisation(), created, supportTier, end);
        return new DeskTicket(new SourcedTicket(snapshot, conversation.lastChange(created, end)), summary, owner.key());
    }

    /** The events of one ticket as they are generated; events after the desk's last day are dropped when built. */
    private static final class Conversation {
        private final long issueId;
        private final String customer;
        private final SplittableRandom random;
        private final List<Worklog> worklogs = new ArrayList<>();
        private final List<Comment> comments = new ArrayList<>();
        private final List<ResolutionEvent> resolutions = new ArrayList<>();
        private final Map<String, Set<String>> authorRoles = new HashMap<>();
        private CsatRating csat;
        private int customerComments;
        private int reopens;

        Conversation(long issueId, String customer, SplittableRandom random) {
            this.issueId = issueId;
            this.customer = customer;
            this.random = random;
        }

        void reply(DemoPeople.Agent agent, Instant at, double medianMinutes) {
            comments.add(new Comment(nextId(comments.size()), agent.key(), at, true, AuthorRole.AGENT));
            if (random.nextDouble() < 0.85) {
                long seconds = Math.max(60, Math.round(medianMinutes * 60 * Math.exp(0.5 * gaussian(random))));
                worklogs.add(new Worklog(nextId(worklogs.size()), agent.key(), at.minusSeconds(seconds), seconds));
                authorRoles.put(agent.key(), DemoPeople.groupsOf(agent));
            }
        }

        void internalNote(DemoPeople.Agent agent, Instant at) {
            comments.add(new Comment(nextId(comments.size()), agent.key(), at, false, AuthorRole.AGENT));
        }

        void customerComment(Instant at) {
            comments.add(new Comment(nextId(comments.size()), customer, at, true, AuthorRole.CUSTOMER));
            customerComments++;
        }

        void resolve(Instant at, String resolution, DemoPeople.Agent agent) {
            resolutions.add(ResolutionEvent.resolved(at, resolution, agent.key()));
        }

        void reopen(Instant at, String actor) {
            resolutions.add(ResolutionEvent.reopened(at, actor));
            reopens++;
        }

        void rate(int rating, SplittableRandom random) {
            Instant lastResolution = resolutions.get(resolutions.size() - 1).at();
            csat = new CsatRating(rating, lastResolution.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60))));
        }

        int customerComments() {
            return customerComments;
        }

        int reopens() {
            return reopens;
        }

        private long nextId(int index) {
            return issueId * 100 + index;
        }

        TicketSnapshot snapshot(String key, String project, String requestType, String channel, String priority,
                                String organisation, Instant created, String supportTier, Instant end) {
            List<ResolutionEvent> kept = resolutions.stream().filter(e -> e.at().isBefore(end)).toList();
            CsatRating keptCsat = csat != null && csat.ratedAt().isBefore(end) && kept.size() == resolutions.size() ? csat : null;
            return new TicketSnapshot(issueId, key, project, requestType, channel, priority, customer, organisation, created,
                    supportTier,
                    worklogs.stream().filter(w -> w.started().isBefore(end)).toList(),
                    comments.stream().filter(c -> c.created().isBefore(end)).toList(),
                    kept, keptCsat, authorRoles);
        }

        Instant lastChange(Instant created, Instant end) {
            Instant last = created;
            for (Worklog w : worklogs) {
                last = later(last, w.started().plusSeconds(w.seconds()), end);
            }
            for (Comment c : comments) {
                last = later(last, c.created(), end);
            }
            for (ResolutionEvent e : resolutions) {
                last = later(last, e.at(), end);
            }
            if (csat != null) {
                last = later(last, csat.ratedAt(), end);
            }
            return last;
        }

        private static Instant later(Instant current, Instant candidate, Instant end) {
            return candidate.isBefore(end) && candidate.isAfter(current) ? candidate : current;
        }
    }

    // ---- the random choices, each in one place ----

    private ProjectProfile pickProject(SplittableRandom random) {
        return SampleCatalogue.PROJECTS.get(pickWeighted(SampleCatalogue.PROJECTS.stream().mapToDouble(ProjectProfile::weight).toArray(), random));
    }

    /** Phone and chat settle more on first contact than written channels (SQM, MetricNet figures in the class comment). */
    private static double fcrChance(String channel, RequestType type) {
        double base = switch (channel) {
            case "phone" -> 0.80;
            case "chat" -> 0.78;
            case "portal" -> 0.74;
            case "email" -> 0.70;
            default -> 0.62;
        };
        return Math.clamp(base + type.fcrShift(), 0.05, 0.97);
    }

    private static Duration responseDelay(String channel, SplittableRandom random) {
        double meanMinutes = switch (channel) {
            case "phone" -> 2;
            case "chat" -> 4;
            case "portal" -> 90;
            case "email" -> 150;
            default -> 180;
        };
        return Duration.ofSeconds(30 + Math.round(-Math.log(1 - random.nextDouble()) * meanMinutes * 60));
    }

    private static String priority(RequestType type, SplittableRandom random) {
        double r = random.nextDouble();
        if (type.name().equals("Report an outage")) {
            return r < 0.4 ? "Highest" : "High";
        }
        return r < 0.25 ? "Low" : r < 0.75 ? "Medium" : r < 0.95 ? "High" : "Highest";
    }

    private static String resolution(RequestType type, SplittableRandom random) {
        double r = random.nextDouble();
        if (r < 0.03) {
            return "Duplicate";
        }
        if (r < 0.05) {
            return "Won't Do";
        }
        if (r < 0.07 && type.name().equals("Report a bug")) {
            return "Cannot Reproduce";
        }
        return "Done";
    }

    /** 1-5; first-contact tickets rate about 4.4, every follow-up or reopen pulls it down. */
    private static int rating(int customerComments, int reopens, SplittableRandom random) {
        double mean = 4.45 - 0.45 * customerComments - 0.8 * reopens;
        return (int) Math.clamp(Math.round(mean + 0.8 * gaussian(random)), 1, 5);
    }

    private static DemoPeople.Agent pickAgent(String tier, SplittableRandom random) {
        List<DemoPeople.Agent> agents = DemoPeople.agentsOfTier(tier);
        return agents.get(random.nextInt(agents.size()));
    }

    private static String organisationName(int index) {
        String[] stems = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Soylent",
                "Hooli", "Vandelay", "Wonka", "Aperture", "Massive Dynamic", "Oscorp", "Gringotts", "Duff", "Monarch"};
        String[] kinds = {"Industries", "Logistics", "Health", "Retail", "Bank", "Media", "Energy", "Labs"};
        return stems[(index - 1) % stems.length] + " " + kinds[((index - 1) / stems.length) % kinds.length]
                + (index > stems.length * kinds.length ? " " + index : "");
    }

    /** Cumulative weights of a Zipf-like popularity (rank^-s), shuffled so popularity does not follow the key order. */
    private static double[] zipf(int n, double s, SplittableRandom random) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1 / Math.pow(i + 1, s);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = weights[i];
            weights[i] = weights[j];
            weights[j] = t;
        }
        return cumulative(weights);
    }

    private static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** An index drawn by cumulative weights. */
    private static int pick(double[] cumulative, SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
    }

    private static int pickWeighted(double[] weights, SplittableRandom random) {
        return pick(cumulative(weights), random);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller from the seeded generator (SplittableRandom's nextGaussian is JDK 17+ but its algorithm is unspecified)
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** The distinct customer keys (for tests and statistics). */
    Set<String> customerKeys() {
        Set<String> keys = new HashSet<>();
        externalCustomers.forEach(c -> keys.add(c.key()));
        employees.forEach(c -> keys.add(c.key()));
        return keys;
    }
}
