package org.cjsim.params;

/**
 * Word of mouth: who talks, how much, what it does to listeners, and what a referral reward buys (East,
 * Hammond & Wright 2007). Part of {@link CustomerParams}: its parameters are written in the {@code customers}
 * section.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param promoterTalkRate how many people a promoter (S >= 9) tells per year. Source: East, Hammond & Wright (2007); TARP.
 * @param detractorTalkRate how many people a detractor (S <= 6) tells per year. Source: TARP / Goodman.
 * @param churnedTalkDays how long a former customer keeps talking about the company after leaving.
 * @param referralConversion probability that positive word of mouth over a tie of weight 1 converts a non-customer (q_ref).
 * @param positiveWomLift satisfaction a customer gains from hearing positive word of mouth.
 * @param negativeWomDrop satisfaction a customer loses from hearing negative word of mouth.
 * @param skepticismFactor conversion multiplier for each piece of negative word of mouth a non-customer has heard.
 * @param maxSkepticism most pieces of negative word of mouth that count: the floor of the skepticism multiplier is skepticismFactor to this power.
 * @param referralLiftMax largest relative increase of the promoters' talk rate a referral reward can buy.
 * @param referralHalfReward referral reward that buys half of the largest lift.
 */
@Section("customers")
public record WordOfMouthParams(
        @Param(
                        unit = "people per year",
                        min = 0,
                        max = 365,
                        description = "How many people a promoter (S >= 9) tells per year.")
                double promoterTalkRate,
        @Param(
                        unit = "people per year",
                        min = 0,
                        max = 365,
                        description = "How many people a detractor (S <= 6) tells per year.")
                double detractorTalkRate,
        @Param(
                        unit = "days",
                        min = 0,
                        max = 3650,
                        description = "How long a former customer keeps talking about the company after leaving.")
                double churnedTalkDays,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description =
                                "Probability that positive word of mouth over a tie of weight 1 converts a non-customer (q_ref).")
                double referralConversion,
        @Param(
                        unit = "points",
                        min = 0,
                        max = 10,
                        description = "Satisfaction a customer gains from hearing positive word of mouth.")
                double positiveWomLift,
        @Param(
                        unit = "points",
                        min = 0,
                        max = 10,
                        description = "Satisfaction a customer loses from hearing negative word of mouth.")
                double negativeWomDrop,
        @Param(
                        unit = "multiplier",
                        min = 0,
                        max = 1,
                        description =
                                "Conversion multiplier for each piece of negative word of mouth a non-customer has heard.")
                double skepticismFactor,
        @Param(
                        unit = "pieces of word of mouth",
                        min = 0,
                        max = 100,
                        description =
                                "Most pieces of negative word of mouth that count: the skepticism multiplier never falls below skepticismFactor to this power.")
                int maxSkepticism,
        @Param(
                        unit = "fraction",
                        min = 0,
                        max = 10,
                        description =
                                "Largest relative increase of the promoters' talk rate a referral reward can buy.")
                double referralLiftMax,
        @Param(
                        unit = "currency",
                        min = 0.01,
                        max = 1000000.0,
                        description = "Referral reward that buys half of the largest lift.")
                double referralHalfReward) {

    public WordOfMouthParams {
        Params.validate(
                WordOfMouthParams.class,
                promoterTalkRate,
                detractorTalkRate,
                churnedTalkDays,
                referralConversion,
                positiveWomLift,
                negativeWomDrop,
                skepticismFactor,
                maxSkepticism,
                referralLiftMax,
                referralHalfReward);
    }

    /** The defaults (see docs/model.md). */
    public static WordOfMouthParams defaults() {
        return new WordOfMouthParams(
                4, // promoterTalkRate
                6, // detractorTalkRate
                180, // churnedTalkDays
                0.4, // referralConversion
                0.1, // positiveWomLift
                0.2, // negativeWomDrop
                0.5, // skepticismFactor
                20, // maxSkepticism
                1, // referralLiftMax
                20); // referralHalfReward
    }
}
