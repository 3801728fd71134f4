package org.cjsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cjsim.format.UnitFormat;
import org.cjsim.output.Plan;
import org.cjsim.output.Shards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjsim k8s-job DIR --shards N --image IMAGE}: prints a Kubernetes Indexed Job for a planned study. */
@Command(
        name = "k8s-job",
        header = "Prints a Kubernetes Indexed Job that runs the shards of a planned study.",
        sortOptions = false,
        description = {
            "Prints the manifest of an Indexed Job (completionMode: Indexed) with one completion per shard: each"
                    + " pod runs cjsim run-shard DIR --shards N, its shard given by JOB_COMPLETION_INDEX. DIR is on a"
                    + " volume every pod mounts: the PersistentVolumeClaim --claim (ReadWriteMany), mounted at --mount"
                    + " (default: DIR's parent folder, so that DIR has the same path in the pods). Apply it with"
                    + " kubectl apply -f, wait with kubectl wait --for=condition=complete job/NAME, then merge:"
                    + " cjsim merge DIR. Memory and CPU per pod: as cjsim slurm-script --help says.",
            ""
        })
final class K8sJobCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder planned with cjsim plan, on the volume the pods mount.")
    Path folder;

    @Option(names = "--shards", order = 1, required = true, paramLabel = "N", description = "Completions of the Job.")
    int shards;

    @Option(
            names = "--image",
            order = 2,
            required = true,
            paramLabel = "IMAGE",
            description = "A container image whose cjsim command runs this version of cjsim.")
    String image;

    @Option(names = "--parallelism", order = 3, paramLabel = "N", description = "Pods at once. Default: every shard.")
    Integer parallelism;

    @Option(names = "--cpus", order = 4, paramLabel = "N", description = "CPUs per pod (runs at once). Default: 1.")
    int cpus = 1;

    @Option(
            names = "--claim",
            order = 5,
            paramLabel = "NAME",
            description = "The PersistentVolumeClaim that holds DIR. Default: ${DEFAULT-VALUE}.")
    String claim = "cjsim-results";

    @Option(
            names = "--mount",
            order = 6,
            paramLabel = "PATH",
            description = "Where the pods mount the claim. Default: DIR's parent folder.")
    String mount;

    @Option(names = "--name", order = 7, paramLabel = "NAME", description = "The Job's name. Default: cjsim-DIRNAME.")
    String name;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (cpus < 1 || cpus > ExperimentOptions.MAX_THREADS) {
            throw new BadInputException(
                    "--cpus must be a whole number in [1, " + ExperimentOptions.MAX_THREADS + "], got " + cpus);
        }
        Plan plan = ShardJobs.plan(folder);
        int n = ShardJobs.shards(plan, shards);
        if (parallelism != null && (parallelism < 1 || parallelism > n)) {
            throw new BadInputException("--parallelism must be a whole number in [1, " + n + "], got " + parallelism);
        }
        Path dir = folder.toAbsolutePath().normalize();
        String mountPath = mount != null ? mount : dir.getParent().toString();
        String jobName = name != null ? name : dnsName("cjsim-" + SlurmScriptCommand.safeName(dir));
        out.print(manifest(plan, n, dir, mountPath, jobName));
        out.println("# Apply: kubectl apply -f THIS_FILE; wait: kubectl wait --for=condition=complete job/" + jobName
                + " --timeout=-1s; then merge: cjsim merge " + dir);
        out.flush();
        return ExitCodes.OK;
    }

    String manifest(Plan plan, int n, Path dir, String mountPath, String jobName) throws JsonProcessingException {
        YAMLMapper yaml = YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build();
        ObjectNode job = yaml.createObjectNode();
        job.put("apiVersion", "batch/v1");
        job.put("kind", "Job");
        ObjectNode metadata = job.putObject("metadata");
        metadata.put("name", jobName);
        metadata.putObject("labels").put("app", "cjsim");
        ObjectNode spec = job.putObject("spec");
        spec.put("completionMode", "Indexed");
        spec.put("completions", n);
        spec.put("parallelism", parallelism != null ? parallelism : n);
        // A failed pod is retried, and a shard rerun runs only its missing runs.
        spec.put("backoffLimit", Math.max(6, n));
        ObjectNode pod = spec.putObject("template").putObject("spec");
        pod.put("restartPolicy", "Never");
        ObjectNode container = pod.putArray("containers").addObject();
        container.put("name", "cjsim");
        container.put("image", image);
        ArrayNode command = container.putArray("command");
        for (String part : new String[] {
            "cjsim",
            "run-shard",
            dir.toString(),
            "--shards",
            Integer.toString(n),
            "--threads",
            Integer.toString(cpus),
            "--quiet"
        }) {
            command.add(part);
        }
        container
                .putArray("env")
                .addObject()
                .put("name", "CJSIM_JAVA_OPTS")
                .put("value", "-Xmx" + ShardJobs.heapMegabytes(plan, cpus) + "m");
        ObjectNode resources = container.putObject("resources");
        String memory = ShardJobs.memoryMegabytes(plan, cpus) + "Mi";
        resources.putObject("requests").put("cpu", Integer.toString(cpus)).put("memory", memory);
        resources.putObject("limits").put("memory", memory);
        container.putArray("volumeMounts").addObject().put("name", "results").put("mountPath", mountPath);
        pod.putArray("volumes")
                .addObject()
                .put("name", "results")
                .putObject("persistentVolumeClaim")
                .put("claimName", claim);
        int runs = Shards.runs(plan).size();
        return "# cjsim: the " + plan.study().key() + " planned in " + dir + ", " + UnitFormat.count(runs)
                + (runs == 1 ? " run" : " runs") + " in " + n + (n == 1 ? " shard" : " shards")
                + ", one completion per shard.\n" + yaml.writeValueAsString(job);
    }

    /** A Kubernetes name: lower case letters, digits and dashes, at most 63 characters. */
    static String dnsName(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-")
                .replaceAll("-+", "-");
        s = s.length() > 63 ? s.substring(0, 63) : s;
        return s.replaceAll("^-+|-+$", "");
    }
}
