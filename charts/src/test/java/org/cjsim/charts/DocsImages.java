package org.cjsim.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ExperimentResult;
import org.cjsim.experiment.ExperimentSettings;
import org.cjsim.experiment.Sensitivity;
import org.cjsim.experiment.Sweep;
import org.cjsim.experiment.SweepAxis;
import org.cjsim.experiment.SweepDesign;
import org.cjsim.metrics.SummaryMetric;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;

/**
 * Renders the pictures in {@code docs/images} from a realistic run: the default market of 10,000 people
 * over 3 years, 20 replications of baseline, cost-cutter, resolve-fast, empowered and delight; a
 * sensitivity analysis of every lever and a latitude x goodwill-cap sweep of baseline with 10 replications.
 * Not a test: run it by hand (about three minutes on two cores), with the folder to write as argument:
 *
 * <pre>
 * mvn -q -pl simulator-core install -DskipTests
 * mvn -q -pl charts test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Djava.awt.headless=true -cp charts/target/classes:charts/target/test-classes:$(cat charts/target/cp.txt) \
 *     org.cjsim.charts.DocsImages docs/images
 * </pre>
 */
public final class DocsImages {
    /** The charts copied into the documentation. */
    static final List<String> KEPT = List.of(
            "comparison-net-contribution",
            "bridge-delight",
            "timeseries-nps",
            "timeseries-cumulative-net-contribution",
            "ladder",
            "nps",
            "funnel",
            "tornado-net-contribution",
            "heatmap-net-contribution");

    private DocsImages() {}

    /** The five strategies of the pictures, defined on the strategy levers. */
    static List<ScenarioParams> strategies() {
        ScenarioParams base = ScenarioParams.defaults();
        return List.of(
                base,
                Params.with(
                                base,
                                Map.of(
                                        "strategy.agentsPer1000Customers", 0.6,
                                        "strategy.latitude", 0.1,
                                        "strategy.goodwillCap", 10,
                                        "strategy.escalationDays", 4,
                                        "strategy.listening", 0.1,
                                        "strategy.refundRate", 0.05))
                        .named("cost-cutter", "Fewer agents, little latitude, slow escalation."),
                Params.with(
                                base,
                                Map.of(
                                        "strategy.agentsPer1000Customers",
                                        1.5,
                                        "strategy.triage",
                                        true,
                                        "strategy.escalationDays",
                                        1))
                        .named("resolve-fast", "More agents, complaints first, fast escalation."),
                Params.with(base, Map.of("strategy.latitude", 0.8, "strategy.goodwillCap", 75))
                        .named("empowered", "The front line may settle and compensate."),
                Params.with(
                                base,
                                Map.ofEntries(
                                        Map.entry("strategy.agentsPer1000Customers", 1.4),
                                        Map.entry("strategy.triage", true),
                                        Map.entry("strategy.escalationDays", 1),
                                        Map.entry("strategy.honesty", 0.95),
                                        Map.entry("strategy.clarity", 0.9),
                                        Map.entry("strategy.latitude", 0.8),
                                        Map.entry("strategy.goodwillCap", 50),
                                        Map.entry("strategy.followUp", 0.5),
                                        Map.entry("strategy.referralReward", 20),
                                        Map.entry("strategy.listening", 0.6)))
                        .named("delight", "Everything a customer could wish for."));
    }

    public static void main(String[] args) throws Exception {
        Path target = Paths.get(args.length > 0 ? args[0] : "docs/images");
        Path all = Files.createTempDirectory("cjsim-docs-images");
        ChartOptions png = ChartOptions.defaults();
        int threads = Runtime.getRuntime().availableProcessors();

        ExperimentSettings compare =
                ExperimentSettings.defaults().withReplications(20).withThreads(threads);
        ExperimentResult result = Experiment.run(strategies(), compare, ExperimentListener.NONE);
        Charts.writeComparison(result, "baseline", ChartContext.of(result), png, all);

        ExperimentSettings ten = compare.withReplications(10);
        ScenarioParams base = ScenarioParams.defaults();
        Sensitivity.Result sensitivity =
                Sensitivity.run(base, Params.levers(), ten, ExperimentListener.NONE, List.of());
        Charts.writeSensitivity(sensitivity, SummaryMetric.NET_CONTRIBUTION, ChartContext.of(ten, base), png, all);

        List<SweepAxis> axes = List.of(
                new SweepAxis("strategy.latitude", 0, 1, 0.25), new SweepAxis("strategy.goodwillCap", 0, 100, 25));
        List<Sweep.Point> points = Sweep.run(base, SweepDesign.grid(axes), ten, ExperimentListener.NONE, List.of());
        Charts.writeSweep(points, axes, SummaryMetric.NET_CONTRIBUTION, ChartContext.of(ten, base), png, all);

        Files.createDirectories(target);
        for (String name : KEPT) {
            Files.copy(all.resolve(name + ".png"), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            System.out.println(target.resolve(name + ".png"));
        }
        System.out.println("all charts: " + all);
    }
}
