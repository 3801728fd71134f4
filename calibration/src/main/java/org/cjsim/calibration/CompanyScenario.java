package org.cjsim.calibration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.CompanyProfile;
import org.cjsim.scenarios.Kpi;

/**
 * The parameters a company profile sets directly, and the scaled-down market the company is simulated on.
 *
 * <p>Scaling: the model's rates (churn, NPS, issue and voice rates, conversion and word of mouth per person)
 * do not depend on the number of people, so a market of {@code marketSize / scale} people with the same
 * shares stands for the company's market, and {@code market.scale} multiplies money and counts back to the
 * company's size. What does depend on size is the service desk: a desk of a few agents is lumpy (one quit is
 * a large share of it) and queues longer than a large one at the same load. The scale is therefore chosen so
 * that the simulated desk keeps at least {@link #MIN_SIMULATED_AGENTS} agents, and the market at most {@link
 * #MAX_SIMULATED_PEOPLE} people; a company smaller than that is simulated at its own size.
 */
public final class CompanyScenario {
    /** The fewest agents the simulated desk keeps, so that one quit is not a large share of it. */
    public static final int MIN_SIMULATED_AGENTS = 15;

    /** The fewest customers the simulated market keeps, so that rates are measured on enough people. */
    public static final int MIN_SIMULATED_CUSTOMERS = 8_000;

    /** The most people simulated: beyond it a calibration's many runs take too long. */
    public static final int MAX_SIMULATED_PEOPLE = 150_000;

    private CompanyScenario() {}

    /**
     * Real people per simulated person: 1 for a small company, otherwise the largest reduction that keeps
     * {@link #MIN_SIMULATED_AGENTS} agents and {@link #MIN_SIMULATED_CUSTOMERS} customers, within {@link
     * #MAX_SIMULATED_PEOPLE} people.
     */
    public static double scale(CompanyProfile p) {
        double customers = p.customers();
        double keep = MIN_SIMULATED_CUSTOMERS;
        if (p.has(Kpi.AGENTS)) {
            keep = Math.max(
                    keep, MIN_SIMULATED_AGENTS * customers / p.get(Kpi.AGENTS).getAsDouble());
        }
        double scale = Math.max(1, customers / keep);
        scale = Math.max(scale, p.marketSize() / MAX_SIMULATED_PEOPLE);
        return scale;
    }

    /**
     * The parameter values the profile sets directly, by path, for a market simulated at {@code scale}: the
     * market's size and today's customers, agents, wages, marketing, margin, spend, discount rate, horizon and
     * currency. KPIs the profile does not give leave their parameters at the baseline's values.
     */
    public static Map<String, Object> direct(CompanyProfile p, double scale) {
        Map<String, Object> v = new LinkedHashMap<>();
        double market = p.marketSize();
        v.put("market.population", (int) Math.max(10, Math.round(market / scale)));
        v.put("market.initialCustomerShare", p.customers() / market);
        v.put("market.scale", scale);
        v.put("economics.currency", p.currency());
        p.get(Kpi.AGENTS).ifPresent(a -> {
            v.put("strategy.agentsPer1000Customers", 1000 * a / p.customers());
            v.put("service.minAgents", 1);
        });
        p.get(Kpi.ANNUAL_WAGE).ifPresent(w -> v.put("employees.annualWage", w));
        p.get(Kpi.MARKETING_PER_MONTH).ifPresent(m -> v.put("strategy.marketingBudget", 1000 * m / market));
        p.get(Kpi.GROSS_MARGIN).ifPresent(m -> v.put("economics.margin", m));
        p.get(Kpi.SPEND_PER_PURCHASE).ifPresent(s -> v.put("economics.meanSpend", s));
        p.get(Kpi.DISCOUNT_RATE).ifPresent(d -> v.put("economics.discountRate", d));
        p.get(Kpi.HORIZON_YEARS).ifPresent(y -> v.put("horizon.days", (int) Math.round(365 * y)));
        return v;
    }

    /** The baseline with the profile's direct values, named after the company, at {@code scale}. */
    public static ScenarioParams of(CompanyProfile p, double scale) {
        return Params.with(ScenarioParams.defaults(), direct(p, scale))
                .named(
                        p.name(),
                        "Calibrated to the KPIs of " + p.name()
                                + (p.description().isBlank() ? "" : ": " + p.description()));
    }
}
