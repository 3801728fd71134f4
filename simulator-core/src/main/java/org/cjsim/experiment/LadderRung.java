package org.cjsim.experiment;

import org.cjsim.metrics.LadderGroup;
import org.cjsim.metrics.Severity;

/**
 * One rung of the retention ladder pooled over replications: how many customers entered this experience
 * group with this severity, and the share still customers at the end of the window, with its 95% Wilson
 * score interval.
 *
 * @param group how the first issue went (or no issue)
 * @param severity minor or major ({@link Severity#NONE} for the no-issue group; {@code null} for both
 *     severities together)
 * @param entered customers who entered the rung
 * @param retained of whom still customers at the end of the window
 */
public record LadderRung(
        LadderGroup group, Severity severity, long entered, long retained, double share, double ciLow, double ciHigh) {

    /** The rung with the Wilson interval of {@code retained / entered}. */
    public static LadderRung of(LadderGroup group, Severity severity, long entered, long retained) {
        if (entered == 0) {
            return new LadderRung(group, severity, 0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double z = 1.959963984540054;
        double p = (double) retained / entered;
        double z2n = z * z / entered;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z * Math.sqrt(p * (1 - p) / entered + z2n / (4.0 * entered)) / (1 + z2n);
        return new LadderRung(group, severity, entered, retained, p, centre - half, centre + half);
    }
}
