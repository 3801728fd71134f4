package org.cjsim.params;

/**
 * The whole parameter set of one scenario: a strategy of the company in a market, with the horizon of a
 * run. Built in code from {@link #defaults()} (the {@code baseline} strategy) and changed with {@link
 * Params#with}; scenario files mirror its sections.
 *
 * @param name short name of the scenario, e.g. {@code baseline}; used in tables, charts and file names
 * @param description one paragraph saying what the scenario is
 * @param market the market, the product and its issues
 * @param network the friends-and-family network
 * @param customers customer behaviour
 * @param strategy the company's service strategy (the levers)
 * @param service the service desk
 * @param employees the front-line employees
 * @param economics prices, margins and discounting
 * @param costs what the service levers cost: one-off and running parts
 * @param horizon length of a run and measurement windows
 */
public record ScenarioParams(
        String name,
        String description,
        MarketParams market,
        NetworkParams network,
        CustomerParams customers,
        StrategyParams strategy,
        ServiceParams service,
        EmployeeParams employees,
        EconomicsParams economics,
        CostParams costs,
        HorizonParams horizon) {

    public ScenarioParams {
        if (name == null || name.isBlank()) {
            throw new InvalidParameterException("name", "a non-empty text", name == null ? "nothing" : "\"\"");
        }
        if (description == null) {
            description = "";
        }
        require("market", market);
        require("network", network);
        require("customers", customers);
        require("strategy", strategy);
        require("service", service);
        require("employees", employees);
        require("economics", economics);
        require("costs", costs);
        require("horizon", horizon);
    }

    private static void require(String section, Object value) {
        if (value == null) {
            throw new InvalidParameterException(section, "a section of parameters", "nothing");
        }
    }

    /** The {@code baseline} strategy with every default: middle of the road. */
    public static ScenarioParams defaults() {
        return new ScenarioParams(
                "baseline",
                "Middle of the road: moderate staffing, some latitude, fairly honest.",
                MarketParams.defaults(),
                NetworkParams.defaults(),
                CustomerParams.defaults(),
                StrategyParams.defaults(),
                ServiceParams.defaults(),
                EmployeeParams.defaults(),
                EconomicsParams.defaults(),
                CostParams.defaults(),
                HorizonParams.defaults());
    }

    /** A copy with another name and description. */
    public ScenarioParams named(String newName, String newDescription) {
        return new ScenarioParams(
                newName,
                newDescription,
                market,
                network,
                customers,
                strategy,
                service,
                employees,
                economics,
                costs,
                horizon);
    }

    /** A copy with another strategy. */
    public ScenarioParams withStrategy(StrategyParams newStrategy) {
        return new ScenarioParams(
                name,
                description,
                market,
                network,
                customers,
                newStrategy,
                service,
                employees,
                economics,
                costs,
                horizon);
    }
}
