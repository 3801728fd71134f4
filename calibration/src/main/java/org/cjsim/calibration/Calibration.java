package org.cjsim.calibration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cjsim.experiment.Worlds;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/**
 * The result of calibrating to a company profile.
 *
 * @param scenario the calibrated company, usable by every command (at the profile's horizon)
 * @param scale real people per simulated person ({@code market.scale})
 * @param fitted the behavioural parameters set by the fit, by path
 * @param fit one row per KPI the model measures: target, simulated value and its interval
 * @param ensemble parameter sets that all reproduce the KPIs within tolerance, the parameters the KPIs cannot
 *     pin down drawn over their plausible ranges
 * @param simulations the runs the calibration took
 */
public record Calibration(
        ScenarioParams scenario,
        double scale,
        Map<String, Double> fitted,
        List<FitRow> fit,
        Calibrator.Ensemble ensemble,
        int simulations) {

    /**
     * The ensemble as plausible worlds for a study ({@code --uncertainty}): the calibrated company's value of
     * every parameter the ensemble sets, and the sets.
     *
     * @param source where the calibration is kept, for the reader
     */
    public Worlds worlds(String source) {
        Map<String, Double> central = new LinkedHashMap<>();
        for (String path : ensemble.paths()) {
            central.put(path, ((Number) Params.get(scenario, path)).doubleValue());
        }
        return new Worlds(source, central, ensemble.sets());
    }

    /**
     * How one KPI was reproduced.
     *
     * @param kpi the KPI's key in the profile
     * @param target the company's value
     * @param simulated the mean over the calibration's replications
     * @param ciLow lower end of the 95% interval of the simulated mean (noise across replications)
     * @param ciHigh upper end of the interval
     * @param tolerance how far from the target the simulated value may be
     * @param how "fitted" (a behavioural parameter was fitted to it), "set" (a parameter was set from it),
     *     "assumed" (the desk's occupancy) or "check" (Bain's promoter value ratio, fitted to nothing)
     */
    public record FitRow(
            String kpi, double target, double simulated, double ciLow, double ciHigh, double tolerance, String how) {
        public boolean withinTolerance() {
            return Math.abs(simulated - target) <= tolerance;
        }
    }
}
