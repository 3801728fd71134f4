package org.cjsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.cjsim.journey.CustomerJourneyModel;
import org.cjsim.metrics.RunResult;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.CompanyProfile;
import org.cjsim.scenarios.Kpi;
import org.junit.jupiter.api.Test;

/** Calibration recovers known parameters from KPIs the model itself produced. */
class CalibratorTest {
    private static final int DAYS = 365;

    /** The KPIs of a world with known parameters, measured on its own seeds (not the calibration's). */
    static Map<Moment, Double> kpisOf(ScenarioParams truth) {
        Map<Moment, Double> m = new EnumMap<>(Moment.class);
        int reps = 3;
        for (int r = 0; r < reps; r++) {
            RunResult run = new CustomerJourneyModel(truth, 777 + r).run();
            for (Moment x : Moment.values()) {
                m.merge(x, x.measure(run, DAYS) / reps, Double::sum);
            }
        }
        return m;
    }

    @Test
    void churnQualityAndTheIssueRateAreRecoveredFromTheKpisTheyProduced() {
        ScenarioParams truth = Params.with(
                ScenarioParams.defaults(),
                Map.of(
                        "market.population", 8000,
                        "market.initialCustomerShare", 0.25,
                        "horizon.days", DAYS,
                        "customers.annualChurnAtNeutral", 0.10,
                        "market.productQuality", 8.8,
                        "market.issueBaseRate", 0.12));
        Map<Moment, Double> kpis = kpisOf(truth);
        Map<Kpi, Double> profile = new EnumMap<>(Kpi.class);
        profile.put(Kpi.CUSTOMERS, 2000.0);
        profile.put(Kpi.MARKET_SIZE, 8000.0);
        profile.put(Kpi.ANNUAL_CHURN, kpis.get(Moment.ANNUAL_CHURN));
        profile.put(Kpi.NPS, kpis.get(Moment.NPS));
        profile.put(Kpi.ISSUE_RATE, kpis.get(Moment.ISSUE_RATE));
        CompanyProfile company = new CompanyProfile("known", "", "$", profile);

        Calibration c = Calibrator.calibrate(
                company, new Calibrator.Settings(2, 2, DAYS, 20261122L, 2, 30, 3), (done, stage) -> {});

        assertEquals(1.0, c.scale(), "a small company is simulated at its own size");
        assertTrue(
                c.fit().stream().filter(r -> !r.how().equals("check")).allMatch(Calibration.FitRow::withinTolerance),
                "every KPI reproduced: " + c.fit());
        Calibration.FitRow bain = c.fit().get(c.fit().size() - 1);
        assertEquals("promoterValueRatio", bain.kpi());
        assertTrue(bain.simulated() >= 3 && bain.simulated() <= 8, "Bain's check: " + bain);
        assertEquals(0.10, c.fitted().get("customers.annualChurnAtNeutral"), 0.015);
        assertEquals(8.8, c.fitted().get("market.productQuality"), 0.25);
        assertEquals(0.12, c.fitted().get("market.issueBaseRate"), 0.015);
        assertEquals(8000, c.scenario().market().population());
        assertEquals(0.25, c.scenario().market().initialCustomerShare(), 1e-12);
        assertEquals(4, c.fit().size(), "three KPIs and Bain's check");
        Calibrator.Ensemble e = c.ensemble();
        assertEquals(3, e.sets().size() + e.rejected());
        assertTrue(e.sets().size() >= 2, "most drawn sets can be refitted to the KPIs: " + e.rejected() + " rejected");
        assertTrue(e.paths()
                .containsAll(java.util.List.of(
                        "customers.annualChurnAtNeutral", "market.productQuality", "customers.walletWeight")));
        // Every kept set, applied to the calibrated company, reproduces the KPIs on the calibration's replications.
        for (Map<String, Double> set : e.sets()) {
            ScenarioParams alternative = Params.with(
                    Params.with(c.scenario(), new java.util.HashMap<String, Object>(set)),
                    Map.of("horizon.days", DAYS));
            for (Moment m : java.util.List.of(Moment.ANNUAL_CHURN, Moment.NPS, Moment.ISSUE_RATE)) {
                double simulated = 0;
                for (int r = 0; r < 2; r++) {
                    long seed = org.cjsim.random.Seeds.replication(20261122L, r);
                    simulated += m.measure(new CustomerJourneyModel(alternative, seed).run(), DAYS) / 2;
                }
                double target = kpis.get(m);
                assertEquals(target, simulated, m.tolerance(target), "a kept set reproduces " + m + ": " + set);
            }
        }
        double w0 = e.sets().get(0).get("customers.walletWeight");
        double w1 = e.sets().get(1).get("customers.walletWeight");
        assertTrue(
                w0 != w1 && w0 >= 0.25 && w0 <= 1 && w1 >= 0.25 && w1 <= 1, "drawn over the range: " + w0 + ", " + w1);
    }

    @Test
    void aLargeCompanyIsSimulatedScaledDownWithADeskOfAtLeastFifteenAgents() {
        Map<Kpi, Double> k = new EnumMap<>(Kpi.class);
        k.put(Kpi.CUSTOMERS, 250_000.0);
        k.put(Kpi.MARKET_SIZE, 1_000_000.0);
        k.put(Kpi.AGENTS, 120.0);
        CompanyProfile p = new CompanyProfile("big", "", "$", k);
        double scale = CompanyScenario.scale(p);
        assertEquals(8.0, scale, 1e-9, "120 agents -> 15 simulated: 1 in 8");
        ScenarioParams s = CompanyScenario.of(p, scale);
        assertEquals(125_000, s.market().population());
        assertEquals(0.25, s.market().initialCustomerShare(), 1e-12);
        assertEquals(0.48, s.strategy().agentsPer1000Customers(), 1e-12);
        assertEquals(8.0, s.market().scale(), 1e-12);
        k.put(Kpi.MARKET_SIZE, 40_000_000.0);
        assertEquals(
                40_000_000.0 / CompanyScenario.MAX_SIMULATED_PEOPLE,
                CompanyScenario.scale(new CompanyProfile("huge", "", "$", k)),
                1e-9,
                "a huge market is capped at the most people simulated");
    }

    @Test
    void withoutAKpiToFitEveryDrawIsKeptWithoutRunningIt() {
        Map<Kpi, Double> k = new EnumMap<>(Kpi.class);
        k.put(Kpi.CUSTOMERS, 200.0);
        k.put(Kpi.GROSS_MARGIN, 0.5);
        Calibration c = Calibrator.calibrate(
                new CompanyProfile("margin only", "", "$", k),
                new Calibrator.Settings(1, 2, 90, 1L, 2, 30, 5),
                (done, stage) -> {});
        assertTrue(c.fitted().isEmpty());
        assertEquals(5, c.ensemble().sets().size());
        assertEquals(2, c.simulations(), "only the final check ran");
        assertTrue(c.ensemble().paths().contains("customers.recoveryMax"));
    }
}
