package org.cjsim.journey;

import org.cjsim.params.CustomerParams;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.StrategyParams;

/**
 * The conditions every rule of the journey reads: the day, the scenario in force (its strategy may change at
 * the start of a day) and the day's rates. {@link DayCycle} sets them at the start of each day; nothing else
 * changes them.
 */
final class Today {
    private ScenarioParams scenario;
    private DailyRates rates;
    private int day;

    /** Day 0 of {@code scenario}, before anything was learned. */
    Today(ScenarioParams scenario) {
        begin(0, scenario, 1.0);
    }

    /** Starts day {@code day} under {@code scenario}, with the learned issue factor {@code learnedFactor}. */
    void begin(int day, ScenarioParams scenario, double learnedFactor) {
        this.day = day;
        this.scenario = scenario;
        this.rates = DailyRates.of(scenario, learnedFactor);
    }

    int day() {
        return day;
    }

    ScenarioParams scenario() {
        return scenario;
    }

    CustomerParams customers() {
        return scenario.customers();
    }

    StrategyParams strategy() {
        return scenario.strategy();
    }

    DailyRates rates() {
        return rates;
    }
}
