/**
 * Scenario parameters: one immutable, self-validating record per concept ({@link
 * org.cjsim.params.MarketParams}, {@link org.cjsim.params.StrategyParams}...), composed into {@link
 * org.cjsim.params.ScenarioParams}. Ranges, units and descriptions live in {@link org.cjsim.params.Param}
 * annotations; {@link org.cjsim.params.Params} validates, reads and replaces values by path.
 */
package org.cjsim.params;
