package org.cjsim.params;

/**
 * Questions to the service desk before buying and how-to contacts after. Part of {@link CustomerParams}: its
 * parameters are written in the {@code customers} section.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param questionRate rate at which an aware non-customer asks the service desk a question before buying.
 * @param questionConversion probability that an immediate answer to a pre-sale question converts the asker.
 * @param questionPatienceDays time constant of the loss of conversion with the wait for an answer: p * exp(-wait / patience).
 * @param howToPerPurchase after-sale how-to contacts per purchase.
 */
@Section("customers")
public record QuestionParams(
        @Param(
                        unit = "per day",
                        min = 0,
                        max = 1,
                        description =
                                "Rate at which an aware non-customer asks the service desk a question before buying.")
                double questionRate,
        @Param(
                        unit = "probability",
                        min = 0,
                        max = 1,
                        description = "Probability that an immediate answer to a pre-sale question converts the asker.")
                double questionConversion,
        @Param(
                        unit = "days",
                        min = 0.01,
                        max = 100,
                        description =
                                "Time constant of the loss of conversion with the wait for an answer: p * exp(-wait / patience).")
                double questionPatienceDays,
        @Param(
                        unit = "contacts per purchase",
                        min = 0,
                        max = 10,
                        description = "After-sale how-to contacts per purchase.")
                double howToPerPurchase) {

    public QuestionParams {
        Params.validate(QuestionParams.class, questionRate, questionConversion, questionPatienceDays, howToPerPurchase);
    }

    /** The defaults (see docs/model.md). */
    public static QuestionParams defaults() {
        return new QuestionParams(
                0.005, // questionRate
                0.2, // questionConversion
                2, // questionPatienceDays
                0.5); // howToPerPurchase
    }
}
