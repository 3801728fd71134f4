package org.cjsim.params;

/** The distribution of service handling times. */
public enum HandlingDistribution implements Labelled {
    /** Lognormal with the configured mean and log-scale standard deviation: the usual shape of call times. */
    LOGNORMAL("lognormal"),
    /** Exponential with the configured mean: the M/M/c case, checked against Erlang C. */
    EXPONENTIAL("exponential");

    private final String label;

    HandlingDistribution(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
