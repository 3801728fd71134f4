package org.cjsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cjsim.experiment.Experiment;
import org.cjsim.experiment.ExperimentException;
import org.cjsim.experiment.ExperimentListener;
import org.cjsim.experiment.ReplicationResult;
import org.cjsim.format.UnitFormat;
import org.cjsim.params.ScenarioParams;
import org.cjsim.random.Seeds;

/**
 * Plan, shard, merge: a study split over several processes or machines that share a file system, with the
 * same results as a local run.
 *
 * <ol>
 *   <li>{@link #plan}: writes the manifest of the study with status {@link Manifest#PLANNED}; nothing runs.
 *   <li>{@link #runShard}: runs the runs of shard K of N ({@link #runsOfShard}: run {@code i} belongs to shard
 *       {@code i % N}) that are not in the folder yet, writing each replication file atomically and nothing
 *       else shared (its own note in {@value #SHARDS}/ aside). Shards run at the same time: each holds a
 *       shared lock on the folder's lock file ({@link StudyFolder#LOCK}), which keeps out a local study and a
 *       merge (they take it exclusively) but not other shards. A shard already done runs nothing.
 *   <li>{@link #merge}: claims the folder exclusively, checks that every run of the plan is there (naming the
 *       shards to rerun), and writes what an uninterrupted local run writes: summary.csv, the aggregate
 *       files, the finished manifest (through {@link StudyRunner}, which finds every run done).
 * </ol>
 *
 * <p>Each run's result depends only on its scenario, replication index, master seed and plausible world
 * ({@link Experiment#replicate}), so the files are the same bit for bit however the runs are split.
 */
public final class Shards {
    /** The folder of the shards' notes: {@code shards/shard-K-of-N.txt}, saying when each started and ended. */
    public static final String SHARDS = "shards";

    private static final Pattern NOTE = Pattern.compile("shard-(\\d+)-of-(\\d+)\\.txt");

    /** Runs named in a message before "and N more". */
    private static final int RUNS_NAMED = 5;

    private Shards() {}

    /**
     * One run of a plan: replication {@code replication} of {@code scenario}.
     *
     * @param index the run's place in {@link #runs}, from 0: scenario-major, replication minor
     * @param scenario the scenario's name
     * @param replication the replication index
     * @param seed the replication's seed ({@link Seeds#replication})
     */
    public record Run(int index, String scenario, int replication, long seed) {}

    /**
     * Every run of {@code plan}, in a stable order: the scenarios in the plan's order, and each one's
     * replications in order.
     */
    public static List<Run> runs(Plan plan) {
        int replications = plan.settings().replications();
        long master = plan.settings().masterSeed();
        List<Run> runs = new ArrayList<>();
        for (ScenarioParams s : plan.scenarios()) {
            for (int k = 0; k < replications; k++) {
                runs.add(new Run(runs.size(), s.name(), k, Seeds.replication(master, k)));
            }
        }
        return List.copyOf(runs);
    }

    /**
     * The runs of shard {@code shard} of {@code shards} (counted from 0): those whose index modulo {@code
     * shards} is {@code shard}, so that every shard gets a similar mix of scenarios.
     *
     * @throws IllegalArgumentException unless {@code 0 <= shard < shards}
     */
    public static List<Run> runsOfShard(Plan plan, int shard, int shards) {
        check(shard, shards);
        List<Run> mine = new ArrayList<>();
        List<Run> all = runs(plan);
        for (int i = shard; i < all.size(); i += shards) {
            mine.add(all.get(i));
        }
        return List.copyOf(mine);
    }

    private static void check(int shard, int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("the number of shards must be at least 1, got " + shards);
        }
        if (shard < 0 || shard >= shards) {
            throw new IllegalArgumentException("shard must be in [0, " + (shards - 1) + "] (counted from 0) for "
                    + shards + " shards, got " + shard);
        }
    }

    /**
     * Creates the results folder {@code dir} for {@code plan} (new or empty, as for a study) and writes its
     * manifest with status {@link Manifest#PLANNED}. Nothing runs.
     *
     * @param commandLine the arguments of the study command that made the plan
     * @throws FolderException if the folder cannot be used
     * @throws IOException if the manifest cannot be written
     */
    public static Manifest plan(Path dir, Plan plan, List<String> commandLine) throws IOException {
        Manifest planned = Manifest.starting(plan, commandLine).asPlanned();
        try (StudyFolder claimed = StudyFolder.create(dir, "cjsim plan " + String.join(" ", commandLine))) {
            planned.write(claimed.path());
        }
        return planned;
    }

    /**
     * Runs the runs of shard {@code shard} of {@code shards} of the study planned in {@code dir} that are not
     * there yet (a replication file present and matching the plan, as {@link ResultsReader#replications}
     * checks), on {@code threads} threads, and writes each one's replication file atomically as it finishes.
     * Writes nothing else shared; holds a shared lock on the folder while it runs ({@link StudyFolder#share}).
     *
     * @param listener hears about the runs of this shard (started, each finished); may be {@link
     *     ExperimentListener#NONE}
     * @return the number of runs run now: 0 when the shard was done already
     * @throws IllegalArgumentException unless {@code 0 <= shard < shards} and {@code threads >= 1}
     * @throws FolderException if a local study or a merge owns the folder
     * @throws IOException if the folder has no readable manifest, or a file cannot be read or written
     * @throws ExperimentException if a run fails (the files written before stay)
     */
    public static int runShard(Path dir, int shard, int shards, int threads, ExperimentListener listener)
            throws IOException {
        check(shard, shards);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        try (StudyFolder.Shared lock = StudyFolder.share(dir)) {
            Plan plan = Manifest.read(dir).plan();
            List<Run> mine = runsOfShard(plan, shard, shards);
            List<Run> todo = notDone(dir, plan, mine);
            if (todo.isEmpty()) {
                listener.started(0, mine.size(), 0);
                return 0;
            }
            Path note = dir.resolve(SHARDS).resolve("shard-" + shard + "-of-" + shards + ".txt");
            String started = "started " + now() + " on " + host() + " (pid "
                    + ProcessHandle.current().pid() + "), " + todo.size() + " of its " + mine.size() + " runs to run\n";
            Files.createDirectories(note.getParent());
            write(note, started);
            run(dir, plan, todo, mine.size() - todo.size(), mine.size(), threads, listener);
            write(note, started + "finished " + now() + "\n");
            return todo.size();
        }
    }

    /** The runs of {@code mine} without a matching replication file in {@code dir}. */
    private static List<Run> notDone(Path dir, Plan plan, List<Run> mine) {
        Map<String, String> slugs = plan.slugs();
        Map<String, ScenarioParams> scenarios = new HashMap<>();
        plan.scenarios().forEach(s -> scenarios.put(s.name(), s));
        ReplicationFiles.Fingerprints fingerprints = new ReplicationFiles.Fingerprints(plan);
        return mine.parallelStream()
                .filter(run -> {
                    Path file = ReplicationFiles.path(dir, slugs.get(run.scenario()), run.replication());
                    if (!Files.isRegularFile(file)) {
                        return true;
                    }
                    try {
                        ReplicationFiles.Stored stored = ReplicationFiles.readStored(file);
                        return !run.scenario().equals(stored.result().scenario())
                                || ResultsReader.mismatch(stored, file, plan, slugs, scenarios, fingerprints) != null;
                    } catch (IOException e) {
                        // Unreadable (cut short, damaged): run it again.
                        return true;
                    }
                })
                .toList();
    }

    private static void run(
            Path dir, Plan plan, List<Run> todo, int alreadyDone, int total, int threads, ExperimentListener listener)
            throws IOException {
        Map<String, ScenarioParams> scenarios = new HashMap<>();
        plan.scenarios().forEach(s -> scenarios.put(s.name(), s));
        Map<String, String> slugs = plan.slugs();
        ReplicationFiles.Fingerprints fingerprints = new ReplicationFiles.Fingerprints(plan);
        long totalDays = 0;
        for (Run r : todo) {
            totalDays += scenarios.get(r.scenario()).horizon().days();
        }
        long allDays = totalDays;
        listener.started(todo.size(), alreadyDone, allDays);
        Object progress = new Object();
        long[] days = {0};
        int[] done = {alreadyDone};
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, todo.size()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Run run : todo) {
                futures.add(pool.submit(() -> {
                    ScenarioParams scenario = scenarios.get(run.scenario());
                    ReplicationResult result = Experiment.replicate(scenario, plan.settings(), run.replication());
                    ReplicationFiles.write(
                            ReplicationFiles.path(dir, slugs.get(run.scenario()), run.replication()),
                            result,
                            fingerprints.of(run.scenario(), run.replication()));
                    synchronized (progress) {
                        days[0] += scenario.horizon().days();
                        done[0]++;
                        listener.progress(days[0], allDays);
                        listener.replicationFinished(result, done[0], total);
                    }
                    return null;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ExperimentException(
                            "interrupted while running run " + todo.get(i).index(), e);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    Run r = todo.get(i);
                    throw new ExperimentException(
                            "replication " + r.replication() + " of " + r.scenario() + " (run " + r.index()
                                    + ") failed: " + cause,
                            cause);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Merges the shards of the study planned in {@code dir}: claims the folder exclusively, checks that every
     * run of the plan has its replication file, and writes exactly what an uninterrupted local run writes
     * ({@code summary.csv} in scenario and replication order, every aggregate file, the manifest marked
     * finished). No simulation runs. Merging a merged folder again writes nothing.
     *
     * @throws MissingRunsException if runs are missing, naming them and the shards to rerun
     * @throws FolderException if the folder is in use (by shards, a local study or another merge)
     * @throws IOException if the folder has no readable manifest, or a file cannot be read or written
     */
    public static Results merge(Path dir) throws IOException {
        try (StudyFolder claimed = StudyFolder.resume(dir, "cjsim merge " + dir)) {
            Manifest manifest = claimed.manifest();
            Plan plan = manifest.plan();
            List<Run> all = runs(plan);
            // Runs without a file are named before any file is read: reading a folder with gaps keeps the runs
            // after the first gap whole in memory.
            Map<String, String> slugs = plan.slugs();
            List<Run> absent = all.stream()
                    .filter(r ->
                            !Files.isRegularFile(ReplicationFiles.path(dir, slugs.get(r.scenario()), r.replication())))
                    .toList();
            if (!absent.isEmpty()) {
                throw new MissingRunsException(dir, plan, all.size(), absent, shardCount(dir));
            }
            ResultsReader.Found found = ResultsReader.replications(dir, plan);
            List<Run> missing = all.stream()
                    .filter(r -> !found.gathered().has(r.scenario(), r.replication()))
                    .toList();
            if (!missing.isEmpty()) {
                throw new MissingRunsException(dir, plan, all.size(), missing, shardCount(dir));
            }
            Manifest merging = manifest.resuming(plan.settings().threads());
            return StudyRunner.run(merging, claimed, ExperimentListener.NONE, found)
                    .results();
        }
    }

    /**
     * The number of shards last used on {@code dir}, from the newest shard note, or 0 if no shard has run.
     */
    static int shardCount(Path dir) throws IOException {
        Path notes = dir.resolve(SHARDS);
        if (!Files.isDirectory(notes)) {
            return 0;
        }
        int count = 0;
        FileTime newest = null;
        try (Stream<Path> files = Files.list(notes)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = NOTE.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                FileTime time;
                try {
                    time = Files.getLastModifiedTime(p);
                } catch (NoSuchFileException e) {
                    continue;
                }
                if (newest == null || time.compareTo(newest) > 0) {
                    newest = time;
                    count = Integer.parseInt(m.group(2));
                }
            }
        }
        return count;
    }

    /**
     * Runs of a planned study have no replication file: merge cannot write the results. The message names
     * the missing runs and the shards to rerun, in one line.
     */
    public static final class MissingRunsException extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient List<Run> missing;
        private final int shards;
        private final List<Integer> shardsToRerun;

        MissingRunsException(Path dir, Plan plan, int total, List<Run> missing, int shards) {
            super(message(dir, plan, total, missing, shards));
            this.missing = List.copyOf(missing);
            this.shards = shards;
            this.shardsToRerun = shards == 0
                    ? List.of()
                    : List.copyOf(byShard(missing, shards).keySet());
        }

        /** The missing runs, in order. */
        public List<Run> missing() {
            return missing;
        }

        /** The number of shards the folder was last run with, or 0 if no shard ran. */
        public int shards() {
            return shards;
        }

        /** The shards (of {@link #shards()}) that have missing runs, in order; empty if no shard ran. */
        public List<Integer> shardsToRerun() {
            return shardsToRerun;
        }

        private static Map<Integer, List<Run>> byShard(List<Run> missing, int shards) {
            Map<Integer, List<Run>> map = new TreeMap<>();
            for (Run r : missing) {
                map.computeIfAbsent(r.index() % shards, k -> new ArrayList<>()).add(r);
            }
            return map;
        }

        private static String message(Path dir, Plan plan, int total, List<Run> missing, int shards) {
            String head = UnitFormat.count(missing.size()) + " of " + UnitFormat.count(total)
                    + (total == 1 ? " run is" : " runs are") + " missing";
            if (shards == 0) {
                return head + " (" + runList(missing) + "), and no shard has run: run them with cjsim run-shard "
                        + dir + " --shard K/N for each K from 0 to N-1, or here with cjsim "
                        + plan.study().key()
                        + " --resume " + dir;
            }
            Map<Integer, List<Run>> byShard = byShard(missing, shards);
            List<String> parts = new ArrayList<>();
            List<String> commands = new ArrayList<>();
            byShard.forEach((k, runs) -> {
                parts.add("shard " + k + " of " + shards + " (" + runList(runs) + ")");
                commands.add("cjsim run-shard " + dir + " --shard " + k + "/" + shards);
            });
            int shown = Math.min(RUNS_NAMED, parts.size());
            String more = parts.size() > shown ? " and " + (parts.size() - shown) + " more shards" : "";
            String rerun = commands.size() == 1
                    ? "; rerun it with " + commands.get(0)
                    : "; rerun them with " + String.join(", ", commands.subList(0, shown))
                            + (commands.size() > shown ? " and the other " + (commands.size() - shown) : "");
            return head + ": " + String.join(", ", parts.subList(0, shown)) + more + rerun + ", then cjsim merge " + dir
                    + " again";
        }

        private static String runList(List<Run> runs) {
            List<String> indexes = new ArrayList<>();
            for (Run r : runs.subList(0, Math.min(RUNS_NAMED, runs.size()))) {
                indexes.add(Integer.toString(r.index()));
            }
            return (runs.size() == 1 ? "run " : "runs ")
                    + String.join(", ", indexes)
                    + (runs.size() > RUNS_NAMED ? " and " + (runs.size() - RUNS_NAMED) + " more" : "");
        }
    }

    private static void write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String host() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isBlank()) {
            return h.strip();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "an unknown host";
        }
    }
}
