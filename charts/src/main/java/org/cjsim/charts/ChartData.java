package org.cjsim.charts;

import java.util.List;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;

/**
 * The results charts are drawn from: a comparison of strategies, a sweep, or a sensitivity analysis. Each
 * {@link ChartType} needs one of them ({@link ChartType#needs()}).
 */
public sealed interface ChartData {

    /** Which kind of results this is. */
    ChartType.Needs kind();

    /** Strategies compared with a reference ({@code cjsim compare}). */
    record Comparison(ExperimentResult result, String reference) implements ChartData {
        public Comparison {
            if (result.scenario(reference).isEmpty()) {
                throw new IllegalArgumentException("no scenario called " + reference + " among "
                        + result.scenarios().stream().map(s -> s.name()).toList());
            }
        }

        @Override
        public ChartType.Needs kind() {
            return ChartType.Needs.COMPARISON;
        }
    }

    /** The points of a sweep over one or more levers ({@code cjsim sweep}). */
    record SweepData(List<Sweep.Point> points, List<SweepAxis> axes) implements ChartData {
        public SweepData {
            if (axes.isEmpty()) {
                throw new IllegalArgumentException("a sweep needs at least one lever");
            }
            points = List.copyOf(points);
            axes = List.copyOf(axes);
        }

        @Override
        public ChartType.Needs kind() {
            return ChartType.Needs.SWEEP;
        }
    }

    /** A one-at-a-time sensitivity analysis ({@code cjsim sensitivity}). */
    record SensitivityData(Sensitivity.Result result) implements ChartData {
        @Override
        public ChartType.Needs kind() {
            return ChartType.Needs.SENSITIVITY;
        }
    }

    /** Strategies of {@code result} compared with {@code reference}. */
    static ChartData comparison(ExperimentResult result, String reference) {
        return new Comparison(result, reference);
    }

    /** A sweep's points and levers. */
    static ChartData sweep(List<Sweep.Point> points, List<SweepAxis> axes) {
        return new SweepData(points, axes);
    }

    /** A sensitivity analysis. */
    static ChartData sensitivity(Sensitivity.Result result) {
        return new SensitivityData(result);
    }
}
