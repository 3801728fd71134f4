package org.cjsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cjsim.charts.ChartContext;
import org.cjsim.charts.ChartData;
import org.cjsim.charts.ChartOptions;
import org.cjsim.charts.ChartType;
import org.cjsim.charts.Charts;
import org.cjsim.charts.Charts.NamedChart;

/**
 * The charts of a results folder, drawn by the charts module: a comparison's time series, comparison,
 * bridges, funnel, NPS split and retention ladder; a sweep's response curves (and heat map); a sensitivity
 * analysis's tornado; a single scenario's time series, funnel, NPS split and ladder.
 */
public final class StandardCharts implements ResultCharts {
    /** The one instance. */
    public static final StandardCharts INSTANCE = new StandardCharts();

    private StandardCharts() {}

    @Override
    public List<Path> write(Results results, Path folder, ChartOptions options) throws IOException {
        ChartContext context = ChartContext.of(results.experiment());
        if (results.study() == Study.RUN) {
            ChartData data = data(results);
            List<NamedChart> charts = new ArrayList<>();
            if (results.experiment().scenarios().get(0).hasDaily()) {
                for (var metric : Charts.STANDARD_SERIES) {
                    charts.addAll(Charts.create(ChartType.TIME_SERIES, metric.key(), data, context));
                }
            }
            for (ChartType type : List.of(ChartType.FUNNEL, ChartType.NPS, ChartType.LADDER)) {
                charts.addAll(Charts.create(type, null, data, context));
            }
            return Charts.write(charts, options, folder);
        }
        return Charts.writeStandard(data(results), context, options, folder);
    }

    /** The chart data of a study's results. */
    public static ChartData data(Results results) {
        return switch (results.study()) {
            case RUN -> new ChartData.Comparison(
                    results.experiment(),
                    results.experiment().scenarios().get(0).name());
            case COMPARE -> new ChartData.Comparison(
                    results.experiment(), results.plan().reference());
            case SWEEP -> new ChartData.SweepData(
                    results.sweep(), results.plan().sweep().axes());
            case SENSITIVITY -> new ChartData.SensitivityData(results.sensitivity());
        };
    }
}
