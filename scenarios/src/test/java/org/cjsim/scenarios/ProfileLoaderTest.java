package org.cjsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Company profiles: the KPIs a company reports, read and checked. */
class ProfileLoaderTest {
    static final String SUBSCRIPTION =
            """
            name: Acme subscriptions
            description: A subscription company asking whether better service pays.
            currency: "€"
            kpis:
              customers: 250000
              marketSize: 1000000
              monthlyRevenuePerCustomer: 45
              grossMargin: 0.6
              annualChurn: 0.18
              nps: 20
              agents: 120
              annualWage: 42000
            """;

    @Test
    void aProfileReadsBackWithItsKpisAndTheDerivedOnes() throws ScenarioException {
        CompanyProfile p = ProfileLoader.parse(SUBSCRIPTION, "acme.yaml", "acme");
        assertEquals("Acme subscriptions", p.name());
        assertEquals("€", p.currency());
        assertEquals(250_000, p.customers());
        assertEquals(1_000_000, p.marketSize());
        assertEquals(45, p.monthlyRevenuePerCustomer().getAsDouble());
        assertEquals(20, p.nps().getAsDouble());
        assertEquals(0.18, p.get(Kpi.ANNUAL_CHURN).getAsDouble());
        assertTrue(p.get(Kpi.ISSUE_RATE).isEmpty());
    }

    @Test
    void sharesStandForTheNpsAndSpendTimesFrequencyForRevenue() throws ScenarioException {
        CompanyProfile p = ProfileLoader.parse(
                """
                kpis:
                  customers: 1000
                  promoterShare: 0.5
                  detractorShare: 0.2
                  spendPerPurchase: 30
                  purchasesPerMonth: 2
                """,
                "p.yaml",
                "p");
        assertEquals(30, p.nps().getAsDouble(), 1e-9);
        assertEquals(60, p.monthlyRevenuePerCustomer().getAsDouble(), 1e-9);
        assertEquals(4000, p.marketSize(), "four times the customers when the market is not given");
        assertEquals("p", p.name());
    }

    @Test
    void anImpossibleProfileIsRefusedWithEveryProblemNamed() {
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> ProfileLoader.parse(
                        """
                kpis:
                  customers: 5000
                  annualChurn: 1.5
                  agents: 6000
                  nps: 120
                  churnRate: 0.2
                """,
                        "bad.yaml",
                        "bad"));
        String m = e.getMessage();
        assertTrue(m.contains("kpis.annualChurn must be a number in [0, 0.99] (fraction per year), got 1.5"), m);
        assertTrue(m.contains("kpis.agents must be at most kpis.customers (5000), got 6000"), m);
        assertTrue(m.contains("kpis.nps must be a number in [-100, 100]"), m);
        assertTrue(m.contains("got 120"), m);
        assertTrue(m.contains("unknown KPI churnRate"), m);
        assertTrue(m.contains("bad.yaml:3:"), "problems are located: " + m);
    }

    @Test
    void contradictionsBetweenKpisAreNamedWithBothValues() {
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> ProfileLoader.parse(
                        """
                kpis:
                  customers: 5000
                  marketSize: 4000
                  promoterShare: 0.5
                  detractorShare: 0.2
                  nps: 10
                  spendPerPurchase: 10
                  purchasesPerMonth: 2
                  monthlyRevenuePerCustomer: 50
                """,
                        "c.yaml",
                        "c"));
        String m = e.getMessage();
        assertTrue(m.contains("kpis.marketSize must be at least kpis.customers (5000)"), m);
        assertTrue(m.contains("kpis.nps must agree with the shares given"), m);
        assertTrue(m.contains("kpis.monthlyRevenuePerCustomer must agree with"), m);
    }

    @Test
    void customersAreRequiredAndUnknownTopKeysGetASuggestion() {
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> ProfileLoader.parse(
                        """
                nmae: x
                kpis:
                  nps: 10
                """,
                        "m.yaml",
                        "m"));
        assertTrue(e.getMessage().contains("kpis.customers is required"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean name?"), e.getMessage());
        ScenarioException none =
                assertThrows(ScenarioException.class, () -> ProfileLoader.parse("name: x\n", "n.yaml", "n"));
        assertTrue(none.getMessage().contains("no kpis: section"), none.getMessage());
    }
}
