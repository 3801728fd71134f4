package org.cjsim.service;

/**
 * The M/M/c queue (Erlang C): Poisson arrivals at rate lambda, exponential service at rate mu per
 * server, c servers, first come first served. Used to check the event-driven service desk.
 */
public final class ErlangC {
    private ErlangC() {}

    /**
     * Probability that an arriving customer has to wait, for {@code c} servers and offered load {@code a =
     * lambda / mu} (requires {@code a < c}).
     */
    public static double probabilityOfWaiting(int c, double a) {
        if (a >= c) {
            return 1.0;
        }
        // Erlang B by its stable recursion, then C = B / (1 - rho (1 - B)).
        double b = 1.0;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        double rho = a / c;
        return b / (1 - rho * (1 - b));
    }

    /** Mean wait in the queue, in the time unit of the rates: {@code C(c, a) / (c mu - lambda)}. */
    public static double meanWait(int c, double lambda, double mu) {
        double a = lambda / mu;
        if (a >= c) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(c, a) / (c * mu - lambda);
    }
}
