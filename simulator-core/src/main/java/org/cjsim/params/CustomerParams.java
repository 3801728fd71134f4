package org.cjsim.params;

/**
 * How people behave as customers, one record per concept: expectations, satisfaction and purchases; voice or
 * silence after an issue; patience with an open complaint; recovery after a resolution; churn; word of
 * mouth; questions before and after buying.
 *
 * <p>In a scenario file every parameter of these records is written directly under {@code customers}, e.g.
 * {@code customers.churnCeiling}: the records group the parameters in code, not in files, so the paths are
 * the same as when they were one record.
 *
 * @param experience expectations, satisfaction and purchases
 * @param voice voice or silence after an issue
 * @param patience patience with an open complaint
 * @param recovery recovery after a resolution, broken promises and discovered deflections
 * @param churn the churn hazard and its response to satisfaction
 * @param wordOfMouth word of mouth and referrals
 * @param questions questions before buying and how-to contacts after
 */
@Section("customers")
public record CustomerParams(
        ExperienceParams experience,
        VoiceParams voice,
        PatienceParams patience,
        RecoveryParams recovery,
        ChurnParams churn,
        WordOfMouthParams wordOfMouth,
        QuestionParams questions) {

    public CustomerParams {
        require("experience", experience);
        require("voice", voice);
        require("patience", patience);
        require("recovery", recovery);
        require("churn", churn);
        require("wordOfMouth", wordOfMouth);
        require("questions", questions);
    }

    private static void require(String group, Object value) {
        if (value == null) {
            throw new InvalidParameterException("customers." + group, "a group of parameters", "nothing");
        }
    }

    /** The defaults: a mid-sized subscription-like retail service (see docs/model.md). */
    public static CustomerParams defaults() {
        return new CustomerParams(
                ExperienceParams.defaults(),
                VoiceParams.defaults(),
                PatienceParams.defaults(),
                RecoveryParams.defaults(),
                ChurnParams.defaults(),
                WordOfMouthParams.defaults(),
                QuestionParams.defaults());
    }
}
