package org.cjsim.experiment;

import org.cjsim.metrics.DailyMetric;

/**
 * The running statistics of one scenario's daily series beyond the replications kept whole ({@link
 * DailyStatistics#KEPT_REPLICATIONS}): for every daily metric, of its series, of its smoothed series (flows),
 * and of its paired difference to a reference scenario, plain and smoothed.
 */
final class DailyMoments {
    private static final int METRICS = DailyMetric.values().length;

    private final String reference;
    private final SeriesMoments[] raw = new SeriesMoments[METRICS];
    private final SeriesMoments[] smooth = new SeriesMoments[METRICS];
    private final SeriesMoments[] paired = new SeriesMoments[METRICS];
    private final SeriesMoments[] pairedSmooth = new SeriesMoments[METRICS];
    private final int kept;
    private boolean complete = true;

    /**
     * @param reference the scenario whose paired differences are followed, or null for none
     * @param kept the number of first replications whose daily series are kept whole
     */
    DailyMoments(String reference, int kept) {
        this.reference = reference;
        this.kept = kept;
    }

    /** The number of first replications whose daily series are kept whole. */
    int kept() {
        return kept;
    }

    /** The scenario whose paired differences are followed, or null. */
    String reference() {
        return reference;
    }

    /** True when every replication added had its daily series. */
    boolean complete() {
        return complete;
    }

    /**
     * Adds one replication's daily series, and its difference to the reference's replication of the same
     * index ({@code referenceDaily}; null when no difference is followed).
     */
    void add(float[][] daily, float[][] referenceDaily) {
        if (daily == null || reference != null && referenceDaily == null) {
            complete = false;
            return;
        }
        for (DailyMetric m : DailyMetric.values()) {
            int i = m.ordinal();
            float[] series = daily[i];
            raw[i] = add(raw[i], series);
            boolean smoothed = DailyStatistics.smoothed(m);
            if (smoothed) {
                smooth[i] = add(smooth[i], DailyStatistics.smooth(series, series.length));
            }
            if (reference != null) {
                float[] other = referenceDaily[i];
                double[] difference = new double[Math.min(series.length, other.length)];
                for (int d = 0; d < difference.length; d++) {
                    difference[d] = (double) series[d] - other[d];
                }
                paired[i] = add(paired[i], difference);
                if (smoothed) {
                    pairedSmooth[i] = add(
                            pairedSmooth[i],
                            DailyStatistics.movingAverage(
                                    difference, difference.length, DailyStatistics.SMOOTHING_DAYS));
                }
            }
        }
    }

    private static SeriesMoments add(SeriesMoments moments, float[] values) {
        SeriesMoments m = moments == null ? new SeriesMoments(values.length) : moments;
        m.add(values);
        return m;
    }

    private static SeriesMoments add(SeriesMoments moments, double[] values) {
        SeriesMoments m = moments == null ? new SeriesMoments(values.length) : moments;
        m.add(values);
        return m;
    }

    /** The running moments of {@code metric}: plain or smoothed, of the series or of the paired difference. */
    SeriesMoments get(DailyMetric metric, boolean smoothed, boolean difference) {
        SeriesMoments[] table = difference ? (smoothed ? pairedSmooth : paired) : (smoothed ? smooth : raw);
        return table[metric.ordinal()];
    }
}
