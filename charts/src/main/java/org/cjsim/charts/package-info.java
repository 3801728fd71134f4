/**
 * Presentation-grade charts of cjsim results: pure functions from the core's result types (a study's
 * {@link org.cjsim.experiment.StudyResult}, and within it {@link org.cjsim.experiment.ExperimentResult},
 * {@link org.cjsim.experiment.StrategyComparison}, {@link org.cjsim.experiment.Sweep.Point}, {@link
 * org.cjsim.experiment.Sensitivity.Result}) to JFreeChart
 * charts in one theme (Okabe-Ito colours with one fixed colour per strategy, large DejaVu Sans text, white
 * background), and their output to PNG, SVG and PDF.
 *
 * <p>The entry point for the command line is {@link org.cjsim.charts.Charts}; each chart type also has
 * its own class ({@link org.cjsim.charts.TimeSeriesChart}, {@link org.cjsim.charts.ComparisonChart},
 * {@link org.cjsim.charts.BridgeChart}, {@link org.cjsim.charts.TornadoChart}, {@link
 * org.cjsim.charts.SweepChart}, {@link org.cjsim.charts.HeatmapChart}, {@link
 * org.cjsim.charts.FunnelChart}, {@link org.cjsim.charts.NpsChart}, {@link org.cjsim.charts.LadderChart},
 * {@link org.cjsim.charts.RankingChart}, {@link org.cjsim.charts.TimeSeriesPanelsChart}...) whose {@code
 * create} method returns a {@link org.jfree.chart.JFreeChart} without drawing anything. Two plots of their
 * own lay out what JFreeChart has no plot for: {@link org.cjsim.charts.SmallMultiplesPlot} (panels on one
 * scale) and {@link org.cjsim.charts.TablePlot} (a table).
 * Charts are laid out for a 1920x1080 canvas; {@link org.cjsim.charts.ChartWriter} scales them uniformly
 * to the size asked for.
 */
package org.cjsim.charts;
