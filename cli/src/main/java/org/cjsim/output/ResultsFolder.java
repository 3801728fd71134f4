package org.cjsim.output;

/** The names of the files and folders of a results folder (see docs/outputs.md). */
public final class ResultsFolder {
    /** How the results were made: plan, seeds, versions, command line, timings. */
    public static final String MANIFEST = "manifest.json";
    /** A row per scenario and replication. */
    public static final String SUMMARY = "summary.csv";
    /** Mean, standard deviation and confidence interval per scenario and metric. */
    public static final String SUMMARY_STATS = "summary-stats.csv";
    /** Paired differences with the reference per scenario and metric (compare). */
    public static final String COMPARISON = "comparison.csv";
    /** The profit bridge of each scenario from the reference (compare). */
    public static final String BRIDGE = "bridge.csv";
    /** What each strategy costs, returns and when it pays back, with one sentence (compare). */
    public static final String BUSINESS_CASE = "business-case.csv";
    /** Per scenario, daily metric and day: mean, confidence interval and 5%/95% quantiles. */
    public static final String TIMESERIES_STATS = "timeseries-stats.csv";
    /** The pooled retention ladder per scenario. */
    public static final String RETENTION_LADDER = "retention-ladder.csv";
    /** Statistics per design point (sweep). */
    public static final String SWEEP = "sweep.csv";
    /** Each lever's effect at its low and high value (sensitivity). */
    public static final String SENSITIVITY = "sensitivity.csv";
    /** One file per finished replication, in a folder per scenario. */
    public static final String REPLICATIONS = "replications";
    /** Charts, when a chart writer is installed. */
    public static final String CHARTS = "charts";

    private ResultsFolder() {}
}
