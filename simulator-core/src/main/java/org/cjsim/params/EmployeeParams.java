package org.cjsim.params;

/**
 * Front-line employees: skill and learning, wages and hiring, stress and quitting.
 *
 * <p>Each component's unit and valid range are in its {@link Param} annotation, and listed with its default
 * in {@code docs/parameters.md}; the range is enforced when the record is built and is the same one scenario
 * files, the command line and the GUI use.
 *
 * @param newHireSkill skill of a new hire: the first-contact resolution probability, and the speed relative to a fully skilled employee.
 * @param maxSkill skill an employee approaches with experience.
 * @param learningHalfLifeDays time in which half of the gap between skill and maxSkill closes.
 * @param annualWage cost of one front-line employee per year.
 * @param hiringCost recruiting and training cost of one hire.
 * @param hiringLagDays time a vacant seat stays empty before a new hire starts.
 * @param annualTurnover annual quit probability of an employee at the reference stress. Source: Heskett et al. (1994), HBR.
 * @param referenceStress stress at which the quit hazard gives annualTurnover.
 * @param quitStressSensitivity how steeply the quit hazard rises with stress (phi): q0 * exp(phi * stress).
 * @param stressDemand stress added by utilisation above the demand threshold. Source: Karasek (1979), ASQ 24(2).
 * @param stressStrain stress added by each complaint handled, scaled by (1 - latitude): high demand with little control strains most. Source: Karasek (1979), ASQ 24(2).
 * @param stressRecovery share of stress that recovers each day.
 * @param demandThreshold utilisation above which work adds stress.
 * @param replanDays interval between staffing plans.
 */
@Section("employees")
public record EmployeeParams(
        @Param(
                        unit = "fraction",
                        min = 0.01,
                        max = 1,
                        description =
                                "Skill of a new hire: the first-contact resolution probability, and the speed relative to a fully skilled employee.")
                double newHireSkill,
        @Param(unit = "fraction", min = 0.01, max = 1, description = "Skill an employee approaches with experience.")
                double maxSkill,
        @Param(
                        unit = "days",
                        min = 1,
                        max = 3650,
                        description = "Time in which half of the gap between skill and maxSkill closes.")
                double learningHalfLifeDays,
        @Param(
                        unit = "currency per year",
                        min = 0,
                        max = 10000000.0,
                        description = "Cost of one front-line employee per year.")
                double annualWage,
        @Param(
                        unit = "currency per hire",
                        min = 0,
                        max = 10000000.0,
                        description = "Recruiting and training cost of one hire.")
                double hiringCost,
        @Param(
                        unit = "days",
                        min = 0,
                        max = 365,
                        description = "Time a vacant seat stays empty before a new hire starts.")
                double hiringLagDays,
        @Param(
                        unit = "fraction per year",
                        min = 0,
                        max = 0.99,
                        description = "Annual quit probability of an employee at the reference stress.")
                double annualTurnover,
        @Param(
                        unit = "stress (0-1)",
                        min = 0,
                        max = 1,
                        description = "Stress at which the quit hazard gives annualTurnover.")
                double referenceStress,
        @Param(
                        unit = "per unit of stress",
                        min = 0,
                        max = 20,
                        description = "How steeply the quit hazard rises with stress (phi): q0 * exp(phi * stress).")
                double quitStressSensitivity,
        @Param(
                        unit = "per day per unit of excess utilisation",
                        min = 0,
                        max = 10,
                        description = "Stress added by utilisation above the demand threshold.")
                double stressDemand,
        @Param(
                        unit = "per upset contact",
                        min = 0,
                        max = 1,
                        description =
                                "Stress added by each complaint handled, scaled by (1 - latitude): high demand with little control strains most.")
                double stressStrain,
        @Param(unit = "fraction per day", min = 0, max = 1, description = "Share of stress that recovers each day.")
                double stressRecovery,
        @Param(unit = "utilisation", min = 0, max = 1, description = "Utilisation above which work adds stress.")
                double demandThreshold,
        @Param(unit = "days", min = 1, max = 365, description = "Interval between staffing plans.") int replanDays) {

    public EmployeeParams {
        Params.validate(
                EmployeeParams.class,
                newHireSkill,
                maxSkill,
                learningHalfLifeDays,
                annualWage,
                hiringCost,
                hiringLagDays,
                annualTurnover,
                referenceStress,
                quitStressSensitivity,
                stressDemand,
                stressStrain,
                stressRecovery,
                demandThreshold,
                replanDays);
        if (newHireSkill > maxSkill) {
            throw new InvalidParameterException(
                    "employees.newHireSkill",
                    "at most employees.maxSkill (" + Params.format(maxSkill) + ")",
                    Params.format(newHireSkill));
        }
    }

    /** The defaults: a mid-sized subscription-like retail service (see docs/model.md). */
    public static EmployeeParams defaults() {
        return new EmployeeParams(
                0.6, // newHireSkill
                0.95, // maxSkill
                90, // learningHalfLifeDays
                40000, // annualWage
                5000, // hiringCost
                30, // hiringLagDays
                0.35, // annualTurnover
                0.3, // referenceStress
                2, // quitStressSensitivity
                0.3, // stressDemand
                0.02, // stressStrain
                0.1, // stressRecovery
                0.85, // demandThreshold
                30); // replanDays
    }
}
