package org.cjsim.params;

/**
 * The friends-and-family network: households (strong family ties) and a friendship layer (weak ties).
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param type friendship layer: small-world (Watts-Strogatz), barabasi-albert, erdos-renyi, or mixed (everyone reaches everyone; no households). Source: Watts & Strogatz (1998), Nature 393; Barabasi & Albert (1999), Science 286.
 * @param meanHouseholdSize mean household size; members of a household are linked by strong family ties. 1 means no households.
 * @param meanDegree mean number of friendship ties per person.
 * @param rewiring watts-Strogatz rewiring probability of each friendship tie.
 * @param strongTieWeight influence weight of a family tie (and of every pair in the mixed network).
 * @param weakTieWeight influence weight of a friendship tie.
 */
@Section("network")
public record NetworkParams(
        @Param(
                        unit = "generator",
                        description =
                                "Friendship layer: small-world (Watts-Strogatz), barabasi-albert, erdos-renyi, or mixed (everyone reaches everyone; no households).")
                NetworkType type,
        @Param(
                        unit = "people",
                        min = 1,
                        max = 20,
                        description =
                                "Mean household size; members of a household are linked by strong family ties. 1 means no households.")
                double meanHouseholdSize,
        @Param(
                        unit = "ties per person",
                        min = 0,
                        max = 1000,
                        description = "Mean number of friendship ties per person.")
                double meanDegree,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description = "Watts-Strogatz rewiring probability of each friendship tie.")
                double rewiring,
        @Param(
                        unit = "weight",
                        min = 0,
                        max = 1,
                        description = "Influence weight of a family tie (and of every pair in the mixed network).")
                double strongTieWeight,
        @Param(unit = "weight", min = 0, max = 1, description = "Influence weight of a friendship tie.")
                double weakTieWeight) {

    public NetworkParams {
        Params.validate(
                NetworkParams.class, type, meanHouseholdSize, meanDegree, rewiring, strongTieWeight, weakTieWeight);
    }

    /** The defaults: a mid-sized subscription-like retail service (see docs/model.md). */
    public static NetworkParams defaults() {
        return new NetworkParams(
                NetworkType.SMALL_WORLD, // type
                2.5, // meanHouseholdSize
                8, // meanDegree
                0.1, // rewiring
                1, // strongTieWeight
                0.4); // weakTieWeight
    }
}
