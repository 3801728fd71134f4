package org.cjsim.cli;

import java.util.Map;

/**
 * Which shard of how many a {@code cjsim run-shard} runs: {@code --shard K/N}, or from the environment that
 * a scheduler gives each task of an array job.
 *
 * <ul>
 *   <li>Slurm job arrays: {@code SLURM_ARRAY_TASK_ID} of {@code --shards N} (so that an array of some tasks
 *       only, {@code --array=3,5}, reruns those shards), or without {@code --shards}, {@code
 *       SLURM_ARRAY_TASK_ID} less {@code SLURM_ARRAY_TASK_MIN} (an array 1-N works too) of {@code
 *       SLURM_ARRAY_TASK_COUNT};
 *   <li>Kubernetes Indexed Jobs: {@code JOB_COMPLETION_INDEX}, of {@code --shards N} (the pod does not see
 *       the number of completions);
 *   <li>AWS Batch array jobs: {@code AWS_BATCH_JOB_ARRAY_INDEX} of {@code AWS_BATCH_JOB_ARRAY_SIZE}.
 * </ul>
 *
 * @param shard the shard, from 0
 * @param shards the number of shards
 * @param source where they came from, for messages: {@code --shard}, {@code Slurm}...
 */
record ShardArguments(int shard, int shards, String source) {

    /**
     * The shard from {@code --shard} ({@code option}, or null), {@code --shards} ({@code count}, or null) and
     * {@code env}.
     *
     * @throws BadInputException if none gives it, or what is given is not a shard of a number of shards
     */
    static ShardArguments of(String option, Integer count, Map<String, String> env) {
        if (option != null) {
            String[] parts = option.strip().split("/", -1);
            if (parts.length != 2) {
                throw new BadInputException(
                        "--shard must be K/N, shard K (from 0) of N shards, e.g. --shard 0/4, got " + option);
            }
            int k = whole(parts[0], "--shard " + option + ": K");
            int n = whole(parts[1], "--shard " + option + ": N");
            if (count != null && count != n) {
                throw new BadInputException(
                        "--shard " + option + " says " + n + " shards and --shards " + count + ": give one of them");
            }
            return checked(k, n, "--shard " + option);
        }
        String slurm = env.get("SLURM_ARRAY_TASK_ID");
        if (slurm != null) {
            int id = whole(slurm, "SLURM_ARRAY_TASK_ID");
            if (count != null) {
                return checked(id, count, "the Slurm array task " + id);
            }
            String min = env.get("SLURM_ARRAY_TASK_MIN");
            int first = min == null ? 0 : whole(min, "SLURM_ARRAY_TASK_MIN");
            String n = env.get("SLURM_ARRAY_TASK_COUNT");
            int shards = n != null ? whole(n, "SLURM_ARRAY_TASK_COUNT") : missingCount("SLURM_ARRAY_TASK_COUNT");
            return checked(id - first, shards, "the Slurm array task " + id);
        }
        String k8s = env.get("JOB_COMPLETION_INDEX");
        if (k8s != null) {
            if (count == null) {
                throw new BadInputException(
                        java.util.List.of(
                                "a Kubernetes Indexed Job gives the shard (JOB_COMPLETION_INDEX=" + k8s
                                        + ") but not the number of shards:",
                                "add --shards N, the Job's completions"),
                        null);
            }
            return checked(whole(k8s, "JOB_COMPLETION_INDEX"), count, "the Kubernetes completion index " + k8s);
        }
        String aws = env.get("AWS_BATCH_JOB_ARRAY_INDEX");
        if (aws != null) {
            String n = env.get("AWS_BATCH_JOB_ARRAY_SIZE");
            int shards = count != null
                    ? count
                    : n != null ? whole(n, "AWS_BATCH_JOB_ARRAY_SIZE") : missingCount("AWS_BATCH_JOB_ARRAY_SIZE");
            return checked(whole(aws, "AWS_BATCH_JOB_ARRAY_INDEX"), shards, "the AWS Batch array index " + aws);
        }
        throw new BadInputException(
                java.util.List.of(
                        "give the shard to run with --shard K/N (shard K, from 0, of N), e.g. --shard 0/4;",
                        "in a Slurm job array, an AWS Batch array job or a Kubernetes Indexed Job (with --shards N) it comes"
                                + " from the environment"),
                null);
    }

    private static int missingCount(String variable) {
        throw new BadInputException(variable + " is not set: give the number of shards with --shards N");
    }

    private static ShardArguments checked(int k, int n, String source) {
        if (n < 1) {
            throw new BadInputException(source + ": the number of shards must be at least 1, got " + n);
        }
        if (k < 0 || k >= n) {
            throw new BadInputException(source + ": the shard must be in [0, " + (n - 1) + "] (counted from 0) for " + n
                    + " shards, got " + k);
        }
        return new ShardArguments(k, n, source);
    }

    private static int whole(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(what + " must be a whole number, got \"" + text + "\"");
        }
    }
}
