package org.cjsim.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.metrics.RunResult;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.random.Seeds;
import org.cjsim.scenarios.CompanyProfile;
import org.cjsim.scenarios.Kpi;

/**
 * Fits the behavioural parameters no KPI names directly, so that the model reproduces the company's KPIs: the
 * simulated method of moments. Each KPI given is matched by one parameter that drives it most (churn by the
 * churn rate at neutral satisfaction, NPS by product quality, new customers by the marketing conversion rate,
 * and so on: {@link #LEVERS}), and the residuals {@code (simulated - target) / tolerance} are minimised by
 * Commons Math's Levenberg-Marquardt optimiser, with a Jacobian by finite differences. Every evaluation runs
 * the same replications (the same seeds: common random numbers), so that the simulated moments are a
 * deterministic function of the parameters and their differences are not noise.
 */
public final class Calibrator {
    /** Finite-difference step in the optimiser's unbounded coordinates (a few percent of each range). */
    private static final double STEP = 0.25;

    /**
     * How a calibration runs.
     *
     * @param replications replications per evaluation (the same seeds every time)
     * @param finalReplications replications of the final check that fills fit.csv
     * @param days length of each calibration run (the KPIs are measured over it)
     * @param seed master seed
     * @param threads worker threads (the results do not depend on it)
     * @param maxEvaluations most evaluations of the optimiser
     * @param ensembleSize parameter sets drawn for the ensemble (0 for none)
     */
    public record Settings(
            int replications,
            int finalReplications,
            int days,
            long seed,
            int threads,
            int maxEvaluations,
            int ensembleSize) {
        public static Settings defaults() {
            return new Settings(3, 6, 365, 20261122L, Runtime.getRuntime().availableProcessors(), 30, 16);
        }
    }

    /** Told after each batch of simulations. */
    public interface Progress {
        void simulated(int done, String stage);
    }

    /**
     * A behavioural parameter fitted to a moment: {@code set} gives the parameter values for a value in [lo,
     * hi]; {@code log} fits it on a log scale. The search starts at {@code start}, or, when it is NaN, at the
     * company's value of the parameter {@code path} (a factor that sets several parameters names no parameter
     * and gives its start).
     */
    record Lever(
            Moment moment,
            String path,
            double lo,
            double hi,
            boolean log,
            DoubleFunction<Map<String, Object>> set,
            double start) {

        /** A lever of one parameter, starting from the company's value of it. */
        Lever(Moment moment, String path, double lo, double hi, boolean log, DoubleFunction<Map<String, Object>> set) {
            this(moment, path, lo, hi, log, set, Double.NaN);
        }

        double value(double u) {
            double s = 1 / (1 + Math.exp(-u));
            return log ? Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * s) : lo + (hi - lo) * s;
        }

        double coordinate(double value) {
            double v = Math.max(lo, Math.min(hi, value));
            double s = log ? (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (v - lo) / (hi - lo);
            s = Math.max(1e-3, Math.min(1 - 1e-3, s));
            return Math.log(s / (1 - s));
        }
    }

    private static final ScenarioParams BASE = ScenarioParams.defaults();

    /** The parameter fitted to each KPI, with the range searched. */
    static final List<Lever> LEVERS = List.of(
            new Lever(
                    Moment.ANNUAL_CHURN,
                    "customers.annualChurnAtNeutral",
                    0.005,
                    0.95,
                    true,
                    v -> Map.of("customers.annualChurnAtNeutral", v)),
            new Lever(Moment.NPS, "market.productQuality", 3, 10, false, v -> Map.of("market.productQuality", v)),
            new Lever(
                    Moment.NEW_CUSTOMERS_PER_MONTH,
                    "market.acquisitionFactor",
                    0.001,
                    100,
                    true,
                    v -> Map.of(
                            "market.innovationRate", v * BASE.market().innovationRate(),
                            "customers.questionRate",
                                    v * BASE.customers().questions().questionRate()),
                    1),
            new Lever(
                    Moment.REFERRED_SHARE_OF_NEW,
                    "customers.referralConversion",
                    0.001,
                    1,
                    true,
                    v -> Map.of("customers.referralConversion", v)),
            new Lever(
                    Moment.ISSUE_RATE,
                    "market.issueBaseRate",
                    0.001,
                    0.9,
                    true,
                    v -> Map.of("market.issueBaseRate", v)),
            new Lever(
                    Moment.VOICE_RATE,
                    "customers.complaintBase",
                    0.001,
                    1,
                    false,
                    v -> Map.of("customers.complaintBase", v)),
            new Lever(
                    Moment.FIRST_CONTACT_RESOLUTION,
                    "employees.maxSkill",
                    0.2,
                    1,
                    false,
                    v -> Map.of(
                            "employees.maxSkill",
                            v,
                            "employees.newHireSkill",
                            v
                                    * BASE.employees().newHireSkill()
                                    / BASE.employees().maxSkill())),
            new Lever(
                    Moment.MEDIAN_RESOLUTION_DAYS,
                    "customers.complaintDelayDays",
                    0.05,
                    10,
                    true,
                    v -> Map.of("customers.complaintDelayDays", v)),
            new Lever(
                    Moment.PURCHASES_PER_MONTH,
                    "customers.purchasesPerMonth",
                    0.01,
                    60,
                    true,
                    v -> Map.of("customers.purchasesPerMonth", v)));

    /**
     * The handling times, by one factor, fitted to the desk's occupancy. The search starts from the company's
     * staffing against the baseline's (a desk with half the agents per customer handles a contact in about half
     * the time at the same occupancy) and stays within a factor of 4 of it either way: beyond, the desk would be
     * idle or so saturated that its queue, and the time a run takes, grow without bound.
     */
    static Lever handlingTime(double start) {
        return new Lever(
                Moment.OCCUPANCY,
                "service.handlingTimeFactor",
                start / 4,
                start * 4,
                true,
                v -> Map.of(
                        "service.complaintMinutes", v * BASE.service().complaintMinutes(),
                        "service.questionMinutes", v * BASE.service().questionMinutes(),
                        "service.howToMinutes", v * BASE.service().howToMinutes()),
                start);
    }

    private final CompanyProfile profile;
    private final Settings settings;
    private final Progress progress;
    private final ScenarioParams company;
    private final double scale;
    private final Map<Moment, Double> targets = new LinkedHashMap<>();
    private final List<Lever> levers = new ArrayList<>();
    private final Map<List<Double>, double[][]> cache = new HashMap<>();
    /** The scenario the levers are applied to: the company, or the company with an ensemble member's draws. */
    private ScenarioParams base;
    /** The Jacobian last computed by the fit (at or next to its optimum), reused by the ensemble. */
    private double[][] lastJacobian;

    private int simulations;

    private Calibrator(CompanyProfile profile, Settings settings, Progress progress) {
        this.profile = profile;
        this.settings = settings;
        this.progress = progress;
        this.scale = CompanyScenario.scale(profile);
        this.company = CompanyScenario.of(profile, scale);
        this.base = company;
        profile.get(Kpi.ANNUAL_CHURN).ifPresent(v -> targets.put(Moment.ANNUAL_CHURN, v));
        profile.nps().ifPresent(v -> targets.put(Moment.NPS, v));
        profile.get(Kpi.NEW_CUSTOMERS_PER_MONTH).ifPresent(v -> targets.put(Moment.NEW_CUSTOMERS_PER_MONTH, v));
        profile.get(Kpi.REFERRED_SHARE_OF_NEW).ifPresent(v -> targets.put(Moment.REFERRED_SHARE_OF_NEW, v));
        profile.get(Kpi.ISSUE_RATE).ifPresent(v -> targets.put(Moment.ISSUE_RATE, v));
        profile.get(Kpi.VOICE_RATE).ifPresent(v -> targets.put(Moment.VOICE_RATE, v));
        profile.get(Kpi.FIRST_CONTACT_RESOLUTION).ifPresent(v -> targets.put(Moment.FIRST_CONTACT_RESOLUTION, v));
        profile.get(Kpi.MEDIAN_RESOLUTION_DAYS).ifPresent(v -> targets.put(Moment.MEDIAN_RESOLUTION_DAYS, v));
        purchasesTarget().ifPresent(v -> targets.put(Moment.PURCHASES_PER_MONTH, v));
        if (profile.has(Kpi.AGENTS)) {
            targets.put(Moment.OCCUPANCY, Moment.PLANNED_OCCUPANCY);
        }
        for (Lever l : LEVERS) {
            if (targets.containsKey(l.moment())) {
                levers.add(l);
            }
        }
        if (targets.containsKey(Moment.OCCUPANCY)) {
            levers.add(handlingTime(company.strategy().agentsPer1000Customers()
                    / BASE.strategy().agentsPer1000Customers()));
        }
    }

    /** Purchases per month: as given, or revenue per customer over spend per purchase when both are given. */
    private java.util.OptionalDouble purchasesTarget() {
        if (profile.has(Kpi.PURCHASES_PER_MONTH)) {
            return profile.get(Kpi.PURCHASES_PER_MONTH);
        }
        if (profile.has(Kpi.MONTHLY_REVENUE_PER_CUSTOMER) && profile.has(Kpi.SPEND_PER_PURCHASE)) {
            return java.util.OptionalDouble.of(
                    profile.get(Kpi.MONTHLY_REVENUE_PER_CUSTOMER).getAsDouble()
                            / profile.get(Kpi.SPEND_PER_PURCHASE).getAsDouble());
        }
        return java.util.OptionalDouble.empty();
    }

    /** Calibrates the model to {@code profile}. */
    public static Calibration calibrate(CompanyProfile profile, Settings settings, Progress progress) {
        return new Calibrator(profile, settings, progress).run();
    }

    private Calibration run() {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()));
        try {
            double[] u = new double[levers.size()];
            for (int j = 0; j < u.length; j++) {
                u[j] = levers.get(j).coordinate(startValue(levers.get(j)));
            }
            if (!levers.isEmpty()) {
                u = fit(u, pool);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Double> fitted = new LinkedHashMap<>();
            for (int j = 0; j < u.length; j++) {
                Lever l = levers.get(j);
                values.putAll(l.set().apply(l.value(u[j])));
                fitted.put(l.path(), l.value(u[j]));
            }
            ScenarioParams measured = forRuns(Params.with(company, values));
            List<double[]> check = simulate(measured, settings.finalReplications(), pool, "checking the fit");
            if (profile.monthlyRevenuePerCustomer().isPresent() && !profile.has(Kpi.SPEND_PER_PURCHASE)) {
                // Revenue is proportional to spend, which changes nothing else: one rescaling matches it.
                double simulated = mean(check, Moment.MONTHLY_REVENUE_PER_CUSTOMER);
                double spend = measured.economics().meanSpend()
                        * profile.monthlyRevenuePerCustomer().getAsDouble()
                        / simulated;
                values.put("economics.meanSpend", spend);
                fitted.put("economics.meanSpend", spend);
                measured = forRuns(Params.with(company, values));
                check = simulate(measured, settings.finalReplications(), pool, "checking the fit");
            }
            ScenarioParams calibrated = Params.with(company, values);
            List<Calibration.FitRow> rows = rows(check);
            Ensemble ensemble =
                    settings.ensembleSize() > 0 ? ensemble(u, values, pool) : new Ensemble(List.of(), List.of(), 0);
            return new Calibration(calibrated, scale, fitted, rows, ensemble, simulations);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Where the search starts for {@code l} ({@link Lever#start()}). */
    private double startValue(Lever l) {
        return Double.isNaN(l.start()) ? ((Number) Params.get(company, l.path())).doubleValue() : l.start();
    }

    /** The scenario the calibration runs: the calibration's length, the ladder window within it. */
    private ScenarioParams forRuns(ScenarioParams s) {
        int days = settings.days();
        return Params.with(
                s,
                Map.of(
                        "horizon.days",
                        days,
                        "horizon.ladderWindowDays",
                        Math.min(s.horizon().ladderWindowDays(), Math.max(1, days / 2))));
    }

    private double[] fit(double[] start, ExecutorService pool) {
        int n = levers.size();
        var value = (org.apache.commons.math3.analysis.MultivariateVectorFunction) point -> residuals(point, pool);
        var jacobian = (org.apache.commons.math3.analysis.MultivariateMatrixFunction) point -> jacobian(point, pool);
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .model(value, jacobian)
                .target(new double[n])
                .start(start)
                .checker(
                        (iteration, previous, current) -> current.getResiduals().getLInfNorm() <= 0.5)
                .maxEvaluations(settings.maxEvaluations())
                .maxIterations(settings.maxEvaluations())
                .lazyEvaluation(true)
                .build();
        try {
            return new LevenbergMarquardtOptimizer()
                    .withInitialStepBoundFactor(0.5)
                    .withCostRelativeTolerance(1e-4)
                    .withParameterRelativeTolerance(1e-4)
                    .optimize(problem)
                    .getPoint()
                    .toArray();
        } catch (TooManyEvaluationsException | TooManyIterationsException e) {
            return best();
        }
    }

    /**
     * A behavioural parameter no KPI pins down, with the range of values the evidence allows (docs/calibration.md
     * gives the evidence for each).
     */
    record Uncertain(String path, double lo, double hi) {}

    /** The parameters the ensemble draws: what the KPIs cannot tell, and on which strategies' effects depend. */
    static final List<Uncertain> UNCERTAIN = List.of(
            new Uncertain("customers.walletWeight", 0.25, 1.0),
            new Uncertain("customers.recoveryMax", 1.0, 2.0),
            new Uncertain("customers.churnSensitivity", 0.3, 1.2),
            new Uncertain("customers.issueImpact", 2.5, 5.5),
            new Uncertain("customers.promoterTalkRate", 2, 6),
            new Uncertain("customers.detractorTalkRate", 3, 10),
            new Uncertain("customers.patienceDays", 3, 14),
            new Uncertain("customers.deflectionPenalty", 1.5, 3.5),
            new Uncertain("service.tier2CostPerCase", 15, 60),
            new Uncertain("employees.quitStressSensitivity", 1, 3));

    /**
     * The ensemble: parameter sets that all reproduce the KPIs within tolerance. Each draws the {@link #UNCERTAIN}
     * parameters by Latin hypercube sampling over their ranges, then refits the fitted parameters from the
     * calibration's optimum by Gauss-Newton steps with the optimum's Jacobian (the draws move the KPIs a
     * little; the same levers move them back), at most four; a set whose KPIs are not all within tolerance
     * after them is rejected.
     *
     * @param sets the accepted sets: every fitted and drawn parameter by path
     * @param paths the columns of ensemble.csv: the parameters the fit sets, then the drawn ones, by path
     * @param rejected sets drawn but not accepted
     */
    public record Ensemble(List<Map<String, Double>> sets, List<String> paths, int rejected) {}

    private Ensemble ensemble(double[] optimum, Map<String, Object> fittedValues, ExecutorService pool) {
        int m = settings.ensembleSize();
        java.util.SplittableRandom rng = new java.util.SplittableRandom(settings.seed() ^ 0x5eedL);
        double[][] draws = new double[UNCERTAIN.size()][m];
        for (int k = 0; k < UNCERTAIN.size(); k++) {
            Uncertain x = UNCERTAIN.get(k);
            int[] strata = java.util.stream.IntStream.range(0, m).toArray();
            for (int i = m - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            for (int i = 0; i < m; i++) {
                draws[k][i] = x.lo() + (x.hi() - x.lo()) * (strata[i] + rng.nextDouble()) / m;
            }
        }
        // Without fitted parameters there is nothing to refit and no KPI to check: every draw is kept.
        boolean refit = !levers.isEmpty();
        RealMatrix jac = refit
                ? MatrixUtils.createRealMatrix(lastJacobian != null ? lastJacobian : jacobian(optimum, pool))
                : null;
        org.apache.commons.math3.linear.DecompositionSolver solver = null;
        if (refit) {
            RealMatrix normal = jac.transpose().multiply(jac);
            for (int i = 0; i < normal.getRowDimension(); i++) {
                normal.addToEntry(i, i, 1e-3 * (1 + normal.getEntry(i, i)));
            }
            solver = new org.apache.commons.math3.linear.LUDecomposition(normal).getSolver();
        }
        List<String> paths = new ArrayList<>();
        for (int j = 0; j < optimum.length; j++) {
            paths.addAll(
                    levers.get(j).set().apply(levers.get(j).value(optimum[j])).keySet());
        }
        UNCERTAIN.forEach(x -> paths.add(x.path()));
        paths.add("economics.meanSpend");
        List<Map<String, Double>> sets = new ArrayList<>();
        int rejected = 0;
        ScenarioParams company0 = base;
        try {
            for (int i = 0; i < m; i++) {
                Map<String, Object> drawn = new LinkedHashMap<>();
                for (int k = 0; k < UNCERTAIN.size(); k++) {
                    drawn.put(UNCERTAIN.get(k).path(), draws[k][i]);
                }
                drawn.put(
                        "economics.meanSpend",
                        fittedValues.getOrDefault(
                                "economics.meanSpend", company0.economics().meanSpend()));
                base = Params.with(company0, drawn);
                cache.clear();
                double[] u = optimum.clone();
                boolean accepted = !refit;
                for (int step = 0; refit && step <= 4; step++) {
                    double[] r = residuals(u, pool);
                    if (maxAbs(r) <= 1) {
                        accepted = true;
                        break;
                    }
                    if (step == 4) {
                        break;
                    }
                    double[] delta = solver.solve(jac.transpose().operate(MatrixUtils.createRealVector(r)))
                            .toArray();
                    for (int j = 0; j < u.length; j++) {
                        u[j] -= delta[j];
                    }
                }
                if (!accepted) {
                    rejected++;
                    continue;
                }
                Map<String, Double> set = new LinkedHashMap<>();
                for (int j = 0; j < u.length; j++) {
                    levers.get(j)
                            .set()
                            .apply(levers.get(j).value(u[j]))
                            .forEach((path, value) -> set.put(path, ((Number) value).doubleValue()));
                }
                drawn.forEach((path, value) -> set.put(path, ((Number) value).doubleValue()));
                sets.add(set);
            }
        } finally {
            base = company0;
            cache.clear();
        }
        return new Ensemble(sets, paths, rejected);
    }

    private static double maxAbs(double[] r) {
        double m = 0;
        for (double x : r) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** The point with the smallest sum of squared residuals evaluated so far. */
    private double[] best() {
        double bestCost = Double.POSITIVE_INFINITY;
        double[] best = null;
        for (var e : cache.entrySet()) {
            double cost = 0;
            for (double r : residualsOf(e.getValue())) {
                cost += r * r;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = e.getKey().stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
        return best;
    }

    private double[] residuals(double[] point, ExecutorService pool) {
        return residualsOf(moments(List.of(point), pool).get(0));
    }

    private double[] residualsOf(double[][] runs) {
        double[] r = new double[levers.size()];
        for (int j = 0; j < r.length; j++) {
            Moment m = levers.get(j).moment();
            double target = targets.get(m);
            r[j] = (mean(List.of(runs), m) - target) / m.tolerance(target);
        }
        return r;
    }

    private double[][] jacobian(double[] point, ExecutorService pool) {
        int n = point.length;
        List<double[]> points = new ArrayList<>();
        points.add(point);
        for (int k = 0; k < n; k++) {
            double[] p = point.clone();
            p[k] += STEP;
            points.add(p);
        }
        List<double[][]> runs = moments(points, pool);
        double[] r0 = residualsOf(runs.get(0));
        RealMatrix j = MatrixUtils.createRealMatrix(n, n);
        for (int k = 0; k < n; k++) {
            double[] rk = residualsOf(runs.get(k + 1));
            for (int i = 0; i < n; i++) {
                j.setEntry(i, k, (rk[i] - r0[i]) / STEP);
            }
        }
        lastJacobian = j.getData();
        return lastJacobian;
    }

    /** The moments of every replication at each point, from the cache or simulated together. */
    private List<double[][]> moments(List<double[]> points, ExecutorService pool) {
        List<List<Double>> keys = new ArrayList<>();
        List<ScenarioParams> missing = new ArrayList<>();
        List<List<Double>> missingKeys = new ArrayList<>();
        for (double[] p : points) {
            List<Double> key = java.util.Arrays.stream(p).boxed().toList();
            keys.add(key);
            if (!cache.containsKey(key) && !missingKeys.contains(key)) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int j = 0; j < p.length; j++) {
                    Lever l = levers.get(j);
                    values.putAll(l.set().apply(l.value(p[j])));
                }
                missing.add(forRuns(Params.with(base, values)));
                missingKeys.add(key);
            }
        }
        List<List<double[]>> simulated = simulateAll(missing, settings.replications(), pool, "fitting");
        for (int k = 0; k < missing.size(); k++) {
            cache.put(missingKeys.get(k), simulated.get(k).toArray(new double[0][]));
        }
        return keys.stream().map(cache::get).toList();
    }

    private List<double[]> simulate(ScenarioParams s, int replications, ExecutorService pool, String stage) {
        return simulateAll(List.of(s), replications, pool, stage).get(0);
    }

    /** Runs {@code replications} of each scenario in parallel; per scenario, the moments of each replication. */
    private List<List<double[]>> simulateAll(
            List<ScenarioParams> scenarios, int replications, ExecutorService pool, String stage) {
        List<List<Future<double[]>>> futures = new ArrayList<>();
        for (ScenarioParams s : scenarios) {
            List<Future<double[]>> f = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                long seed = Seeds.replication(settings.seed(), r);
                int days = s.horizon().days();
                f.add(pool.submit(() -> measureAll(new CustomerJourneyModel(s, seed).run(), days)));
            }
            futures.add(f);
        }
        List<List<double[]>> out = new ArrayList<>();
        try {
            for (List<Future<double[]>> f : futures) {
                List<double[]> runs = new ArrayList<>();
                for (Future<double[]> x : f) {
                    runs.add(x.get());
                    simulations++;
                    if (progress != null) {
                        progress.simulated(simulations, stage);
                    }
                }
                out.add(runs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("calibration interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "a calibration run failed: " + e.getCause().getMessage(), e.getCause());
        }
        return out;
    }

    private static double[] measureAll(RunResult run, int days) {
        Moment[] all = Moment.values();
        double[] m = new double[all.length];
        for (Moment x : all) {
            m[x.ordinal()] = x.measure(run, days);
        }
        return m;
    }

    private static double mean(List<double[]> runs, Moment m) {
        double sum = 0;
        for (double[] r : runs) {
            sum += r[m.ordinal()];
        }
        return sum / runs.size();
    }

    /** One row per KPI given that the model measures: fitted ones first, then those set directly. */
    private List<Calibration.FitRow> rows(List<double[]> runs) {
        List<Calibration.FitRow> rows = new ArrayList<>();
        Map<Moment, Double> all = new LinkedHashMap<>(targets);
        profile.monthlyRevenuePerCustomer().ifPresent(v -> all.put(Moment.MONTHLY_REVENUE_PER_CUSTOMER, v));
        profile.get(Kpi.GROSS_MARGIN).ifPresent(v -> all.put(Moment.GROSS_MARGIN, v));
        profile.get(Kpi.AGENTS).ifPresent(v -> all.put(Moment.AGENTS, v));
        profile.get(Kpi.MARKETING_PER_MONTH).ifPresent(v -> all.put(Moment.MARKETING_PER_MONTH, v));
        all.put(Moment.PROMOTER_VALUE_RATIO, Moment.BAIN_MIDDLE);
        int n = runs.size();
        double t = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) : Double.NaN;
        for (var e : all.entrySet()) {
            Moment m = e.getKey();
            double mean = mean(runs, m);
            double ss = 0;
            for (double[] r : runs) {
                ss += (r[m.ordinal()] - mean) * (r[m.ordinal()] - mean);
            }
            double half = n > 1 ? t * Math.sqrt(ss / (n - 1) / n) : Double.NaN;
            String how = m == Moment.PROMOTER_VALUE_RATIO
                    ? "check"
                    : m == Moment.OCCUPANCY
                            ? "assumed"
                            : targets.containsKey(m) || m == Moment.MONTHLY_REVENUE_PER_CUSTOMER ? "fitted" : "set";
            rows.add(new Calibration.FitRow(
                    m.key(), e.getValue(), mean, mean - half, mean + half, m.tolerance(e.getValue()), how));
        }
        return rows;
    }
}
