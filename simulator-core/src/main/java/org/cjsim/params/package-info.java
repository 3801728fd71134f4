/**
 * Scenario parameters: one immutable, self-validating record per concept ({@link
 * org.cjsim.params.MarketParams}, {@link org.cjsim.params.StrategyParams}...), composed into {@link
 * org.cjsim.params.ScenarioParams}. The unit, range and default of a parameter live only in its {@link
 * org.cjsim.params.Param} annotation (and its default in the record's {@code defaults()}), from which
 * {@code docs/parameters.md} is generated: Javadoc says what a parameter means, and cites its source. {@link
 * org.cjsim.params.ParamBinder} is the one way values given by path ({@code strategy.latitude}) are read,
 * checked and built into the records, and records taken apart into paths and values; {@link
 * org.cjsim.params.Params} lists the parameters and validates a record against its annotations.
 */
package org.cjsim.params;
