package org.cjsim.experiment;

/**
 * What a {@link Study} produced: every replication of every scenario ({@link #experiment()}) and what the
 * study made of them, one variant per kind of study. Each variant holds only what its study produces.
 */
public sealed interface StudyResult permits SingleRun.Result, Comparison.Result, Sweep.Result, Sensitivity.Result {

    /** The study that produced this result. */
    Study<?> study();

    /** Every scenario's result, in the order of the study's scenarios. */
    ExperimentResult experiment();

    /** Calls the method of {@code cases} for this kind of result. */
    <T> T accept(Cases<T> cases);

    /**
     * Something done for each kind of result, one method per variant: the compiler checks that every kind is
     * handled.
     *
     * @param <T> what each method returns
     */
    interface Cases<T> {
        T singleRun(SingleRun.Result result);

        T comparison(Comparison.Result result);

        T sweep(Sweep.Result result);

        T sensitivity(Sensitivity.Result result);
    }
}
