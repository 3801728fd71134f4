package org.cjsim.scenarios;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cjsim.params.Params;
import org.cjsim.params.Suggestions;
import org.cjsim.scenarios.YamlTree.Entry;
import org.cjsim.scenarios.YamlTree.Location;
import org.cjsim.scenarios.YamlTree.MapNode;
import org.cjsim.scenarios.YamlTree.Node;
import org.cjsim.scenarios.YamlTree.ScalarNode;

/**
 * Reads a company profile: a YAML file with {@code name}, {@code description}, {@code currency} and a
 * {@code kpis:} section of {@link Kpi key performance indicators}. Every problem is reported at once, with
 * its line, the key, what is allowed and what was given: values out of range, unknown keys, and KPIs that
 * contradict each other (more agents than customers, an NPS that disagrees with the shares given...).
 */
public final class ProfileLoader {
    /** The top-level keys of a profile file. */
    public static final List<String> TOP_KEYS = List.of("name", "description", "currency", "kpis");

    private ProfileLoader() {}

    /** Loads a profile file; its name defaults to the file name without extension. */
    public static CompanyProfile load(Path file) throws ScenarioException {
        String text = ScenarioLoader.read(file);
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return parse(text, file.toString(), stem);
    }

    /** Reads a profile from YAML text; {@code source} names it in messages. */
    public static CompanyProfile parse(String text, String source, String defaultName) throws ScenarioException {
        Problems problems = new Problems(source);
        Node root = ScenarioLoader.tree(text, source, problems);
        if (!(root instanceof MapNode map)) {
            throw new ScenarioException(new ScenarioProblem(
                    source,
                    root.location().line(),
                    root.location().column(),
                    "",
                    "a company profile is a mapping of keys (" + String.join(", ", TOP_KEYS) + "), got "
                            + root.describe()));
        }
        String name = defaultName;
        String description = "";
        String currency = "$";
        Map<Kpi, Double> kpis = new EnumMap<>(Kpi.class);
        Map<Kpi, Location> at = new EnumMap<>(Kpi.class);
        Location kpisAt = Location.NONE;
        boolean kpisSeen = false;
        for (Entry e : map.entries().values()) {
            switch (e.key()) {
                case "name" -> name = text(e, problems, name);
                case "description" -> description = text(e, problems, description);
                case "currency" -> currency = text(e, problems, currency);
                case "kpis" -> {
                    kpisSeen = true;
                    kpisAt = e.keyLocation();
                    kpis(e, kpis, at, problems);
                }
                default -> problems.add(
                        e.keyLocation(),
                        e.key(),
                        () -> "unknown key " + YamlTree.shorten(e.key())
                                + orList(Suggestions.didYouMean(e.key(), TOP_KEYS), TOP_KEYS));
            }
        }
        if (!kpisSeen) {
            problems.add(Location.NONE, "kpis", () -> "the profile has no kpis: section (at least kpis: customers: N)");
        } else if (!kpis.containsKey(Kpi.CUSTOMERS) && !hasProblemAt(problems, "kpis.customers")) {
            Location where = kpisAt;
            problems.add(
                    where, "kpis.customers", () -> "kpis.customers is required: the number of active customers now");
        }
        consistency(kpis, at, problems);
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return new CompanyProfile(name, description, currency, kpis);
    }

    private static boolean hasProblemAt(Problems problems, String path) {
        return problems.paths().contains(path);
    }

    private static String orList(String suggestion, List<String> keys) {
        return suggestion.isEmpty() ? " (the keys are " + String.join(", ", keys) + ")" : suggestion;
    }

    private static String text(Entry e, Problems problems, String fallback) {
        if (e.value() instanceof ScalarNode s && s.value() != null && !s.text().isBlank()) {
            return s.value() instanceof String str ? str : s.text();
        }
        problems.add(
                e.value().location(),
                e.key(),
                () -> e.key() + " must be a non-empty text, got " + e.value().describe());
        return fallback;
    }

    private static void kpis(Entry e, Map<Kpi, Double> kpis, Map<Kpi, Location> at, Problems problems) {
        if (!(e.value() instanceof MapNode section)) {
            problems.add(
                    e.value().location(),
                    "kpis",
                    () -> "kpis must be a section of indented lines KEY: VALUE" + " (e.g. customers: 250000), got "
                            + e.value().describe());
            return;
        }
        List<String> keys = Arrays.stream(Kpi.values()).map(Kpi::key).toList();
        for (Entry k : section.entries().values()) {
            String path = "kpis." + k.key();
            var kpi = Kpi.byKey(k.key());
            if (kpi.isEmpty()) {
                problems.add(
                        k.keyLocation(),
                        path,
                        () -> "unknown KPI " + YamlTree.shorten(k.key())
                                + orList(Suggestions.didYouMean(k.key(), keys), keys));
                continue;
            }
            Kpi q = kpi.get();
            Node v = k.value();
            if (!(v instanceof ScalarNode s) || !(s.value() instanceof Number n)) {
                problems.add(
                        v.location(),
                        path,
                        () -> path + " must be " + q.allowed() + " (" + q.unit() + "), got " + v.describe());
                continue;
            }
            double x = n.doubleValue();
            boolean bad = !Double.isFinite(x) || x < q.min() || x > q.max() || (q.whole() && x != Math.rint(x));
            if (bad) {
                problems.add(
                        v.location(),
                        path,
                        () -> path + " must be " + q.allowed() + " (" + q.unit() + "), got " + s.text());
                continue;
            }
            kpis.put(q, x);
            at.put(q, v.location());
        }
    }

    /** KPIs that contradict each other, each named with both values. */
    private static void consistency(Map<Kpi, Double> k, Map<Kpi, Location> at, Problems problems) {
        Double customers = k.get(Kpi.CUSTOMERS);
        if (customers != null) {
            double market = k.getOrDefault(Kpi.MARKET_SIZE, 4 * customers);
            if (k.containsKey(Kpi.MARKET_SIZE) && market < customers) {
                add(
                        problems,
                        at,
                        Kpi.MARKET_SIZE,
                        "kpis.marketSize must be at least kpis.customers (" + f(customers)
                                + "): the market includes today's customers, got " + f(market));
            }
            if (k.containsKey(Kpi.AGENTS) && k.get(Kpi.AGENTS) > customers) {
                add(
                        problems,
                        at,
                        Kpi.AGENTS,
                        "kpis.agents must be at most kpis.customers (" + f(customers) + "), got "
                                + f(k.get(Kpi.AGENTS)));
            }
            if (k.containsKey(Kpi.NEW_CUSTOMERS_PER_MONTH) && 12 * k.get(Kpi.NEW_CUSTOMERS_PER_MONTH) > market) {
                add(
                        problems,
                        at,
                        Kpi.NEW_CUSTOMERS_PER_MONTH,
                        "kpis.newCustomersPerMonth must be at most a twelfth"
                                + " of the market (" + f(market / 12) + "): more than the whole market would join every"
                                + " year, got " + f(k.get(Kpi.NEW_CUSTOMERS_PER_MONTH)));
            }
        }
        Double promoters = k.get(Kpi.PROMOTER_SHARE);
        Double detractors = k.get(Kpi.DETRACTOR_SHARE);
        if (promoters != null && detractors != null) {
            if (promoters + detractors > 1) {
                add(
                        problems,
                        at,
                        Kpi.DETRACTOR_SHARE,
                        "kpis.promoterShare + kpis.detractorShare must be at most 1," + " got " + f(promoters) + " + "
                                + f(detractors));
            } else if (k.containsKey(Kpi.NPS) && Math.abs(k.get(Kpi.NPS) - 100 * (promoters - detractors)) > 1) {
                add(
                        problems,
                        at,
                        Kpi.NPS,
                        "kpis.nps must agree with the shares given (100 x (" + f(promoters) + " - " + f(detractors)
                                + ") = " + f(100 * (promoters - detractors)) + "), got " + f(k.get(Kpi.NPS)));
            }
        } else if ((promoters == null) != (detractors == null) && !k.containsKey(Kpi.NPS)) {
            Kpi given = promoters != null ? Kpi.PROMOTER_SHARE : Kpi.DETRACTOR_SHARE;
            add(
                    problems,
                    at,
                    given,
                    "kpis." + given.key() + " needs kpis." + (promoters != null ? "detractorShare" : "promoterShare")
                            + " too (or give kpis.nps)");
        }
        Double spend = k.get(Kpi.SPEND_PER_PURCHASE);
        Double rate = k.get(Kpi.PURCHASES_PER_MONTH);
        Double revenue = k.get(Kpi.MONTHLY_REVENUE_PER_CUSTOMER);
        if (spend != null && rate != null && revenue != null && Math.abs(spend * rate - revenue) > 0.01 * revenue) {
            add(
                    problems,
                    at,
                    Kpi.MONTHLY_REVENUE_PER_CUSTOMER,
                    "kpis.monthlyRevenuePerCustomer must agree with"
                            + " kpis.spendPerPurchase x kpis.purchasesPerMonth (" + f(spend * rate) + "), got "
                            + f(revenue));
        }
    }

    private static void add(Problems problems, Map<Kpi, Location> at, Kpi kpi, String message) {
        problems.add(at.getOrDefault(kpi, Location.NONE), "kpis." + kpi.key(), () -> message);
    }

    private static String f(double v) {
        return Params.format(v);
    }

    /** Example values of {@link #example()}: a small subscription service. */
    private static final Map<Kpi, String> EXAMPLE = new java.util.EnumMap<>(Map.ofEntries(
            Map.entry(Kpi.CUSTOMERS, "12000"),
            Map.entry(Kpi.MARKET_SIZE, "40000"),
            Map.entry(Kpi.MONTHLY_REVENUE_PER_CUSTOMER, "45"),
            Map.entry(Kpi.GROSS_MARGIN, "0.6"),
            Map.entry(Kpi.ANNUAL_CHURN, "0.18"),
            Map.entry(Kpi.NPS, "20"),
            Map.entry(Kpi.NEW_CUSTOMERS_PER_MONTH, "250"),
            Map.entry(Kpi.REFERRED_SHARE_OF_NEW, "0.3"),
            Map.entry(Kpi.ISSUE_RATE, "0.08"),
            Map.entry(Kpi.VOICE_RATE, "0.35"),
            Map.entry(Kpi.FIRST_CONTACT_RESOLUTION, "0.6"),
            Map.entry(Kpi.MEDIAN_RESOLUTION_DAYS, "2.5"),
            Map.entry(Kpi.AGENTS, "15"),
            Map.entry(Kpi.ANNUAL_WAGE, "42000"),
            Map.entry(Kpi.MARKETING_PER_MONTH, "8000"),
            Map.entry(Kpi.DISCOUNT_RATE, "0.1"),
            Map.entry(Kpi.HORIZON_YEARS, "3")));

    /**
     * A profile to fill in: every KPI with its unit, range and meaning as a comment, with the values of a small
     * subscription service; the alternatives (spend and frequency, promoter and detractor shares) commented out.
     */
    public static String example() {
        StringBuilder out = new StringBuilder();
        out.append("# cjsim company profile: your KPIs, in the units your company reports them.\n")
                .append("# Every KPI but customers is optional: delete the lines you do not know.\n")
                .append("# Check and calibrate with: cjsim calibrate FILE\n")
                .append("name: My company\n")
                .append("description: What the company sells and the question to answer.\n")
                .append("currency: \"$\"\n")
                .append("kpis:\n");
        for (Kpi k : Kpi.values()) {
            out.append("  # ").append(k.meaning()).append('\n');
            out.append("  # ").append(k.unit()).append("; ").append(k.allowed()).append('\n');
            String value = EXAMPLE.get(k);
            out.append(value == null ? "  # " + k.key() + ":\n" : "  " + k.key() + ": " + value + "\n");
        }
        return out.toString();
    }
}
