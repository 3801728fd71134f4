package org.cjsim.scenarios;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A company described by its own key performance indicators (a profile file, read by {@link ProfileLoader}):
 * the input of calibration. Every KPI but {@link Kpi#CUSTOMERS} is optional; the derived accessors combine
 * the ones that can stand for each other (NPS or promoter and detractor shares; revenue per customer or spend
 * and purchase frequency).
 *
 * @param name the company's name, for tables and the calibrated scenario
 * @param description what the profile describes (may be empty)
 * @param currency the currency symbol shown in tables and charts
 * @param kpis the KPIs given, checked against their ranges and against each other
 */
public record CompanyProfile(String name, String description, String currency, Map<Kpi, Double> kpis) {

    public CompanyProfile {
        kpis = Collections.unmodifiableMap(new EnumMap<>(kpis));
    }

    public boolean has(Kpi kpi) {
        return kpis.containsKey(kpi);
    }

    /** The value given for {@code kpi}, if any. */
    public OptionalDouble get(Kpi kpi) {
        Double v = kpis.get(kpi);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public double customers() {
        return kpis.get(Kpi.CUSTOMERS);
    }

    /** People who could become customers: as given, or 4 times the customers. */
    public double marketSize() {
        return get(Kpi.MARKET_SIZE).orElse(4 * customers());
    }

    /** The NPS, as given or from the promoter and detractor shares. */
    public OptionalDouble nps() {
        if (has(Kpi.NPS)) {
            return get(Kpi.NPS);
        }
        if (has(Kpi.PROMOTER_SHARE) && has(Kpi.DETRACTOR_SHARE)) {
            return OptionalDouble.of(100 * (kpis.get(Kpi.PROMOTER_SHARE) - kpis.get(Kpi.DETRACTOR_SHARE)));
        }
        return OptionalDouble.empty();
    }

    /** Revenue per customer per month, as given or as spend per purchase times purchases per month. */
    public OptionalDouble monthlyRevenuePerCustomer() {
        if (has(Kpi.MONTHLY_REVENUE_PER_CUSTOMER)) {
            return get(Kpi.MONTHLY_REVENUE_PER_CUSTOMER);
        }
        if (has(Kpi.SPEND_PER_PURCHASE) && has(Kpi.PURCHASES_PER_MONTH)) {
            return OptionalDouble.of(kpis.get(Kpi.SPEND_PER_PURCHASE) * kpis.get(Kpi.PURCHASES_PER_MONTH));
        }
        return OptionalDouble.empty();
    }
}
