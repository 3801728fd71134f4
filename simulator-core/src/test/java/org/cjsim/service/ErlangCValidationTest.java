package org.cjsim.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.util.Map;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.ServiceParams;
import org.cjsim.random.KeyedRandom;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The service desk alone, with Poisson arrivals, exponential handling, c employees of skill 1, no
 * escalation and a desk open around the clock, is an M/M/c queue: its probability of waiting and mean
 * wait match Erlang C.
 */
class ErlangCValidationTest {

    private static double[] simulate(int servers, double lambdaPerDay, double days, long seed) {
        ServiceParams p = Params.with(
                        ScenarioParams.defaults(),
                        Map.of(
                                "service.shiftHours",
                                24.0,
                                "service.workDaysPerWeek",
                                7,
                                "service.handlingDistribution",
                                "exponential",
                                "service.complaintMinutes",
                                20.0))
                .service();
        SimState state = new SimState(seed);
        state.start();
        ServiceDesk desk = new ServiceDesk(state.schedule, p, new ServiceDesk.Handler() {
            @Override
            public boolean stillWanted(Contact c) {
                return true;
            }

            @Override
            public void handled(Contact c, Employee e, double now) {}
        });
        for (int k = 0; k < servers; k++) {
            desk.join(new Employee(k, k, 0, 1.0, 0));
        }
        MersenneTwisterFast arrivals = new MersenneTwisterFast(seed + 1);
        long[] contacts = {0};
        Steppable source = new Steppable() {
            @Override
            public void step(SimState s) {
                double now = s.schedule.getTime();
                desk.submit(ContactType.COMPLAINT, 0, null, now, KeyedRandom.child(seed, contacts[0]++));
                s.schedule.scheduleOnce(now - Math.log(1 - arrivals.nextDouble()) / lambdaPerDay, 0, this);
            }
        };
        state.schedule.scheduleOnce(0.001, 0, source);
        double warmUp = 10;
        while (state.schedule.getTime() < warmUp && state.schedule.step(state)) {
            // warm up
        }
        desk.resetTotals();
        while (state.schedule.getTime() < warmUp + days && state.schedule.step(state)) {
            // measure
        }
        return new double[] {desk.waitingShare(), desk.meanWait(), desk.served()};
    }

    @Test
    void theDeskAloneMatchesErlangC() {
        int c = 5;
        double mu = 1440 / 20.0;
        double lambda = 0.85 * c * mu;
        double share = 0;
        double wait = 0;
        int runs = 4;
        for (int k = 0; k < runs; k++) {
            double[] r = simulate(c, lambda, 1000, 100 + k);
            share += r[0] / runs;
            wait += r[1] / runs;
        }
        double expectedShare = ErlangC.probabilityOfWaiting(c, lambda / mu);
        double expectedWait = ErlangC.meanWait(c, lambda, mu);
        // 4 x 1,000 days of about 306 arrivals: some 1.2 million contacts. Busy periods make successive
        // waits correlated: 1,000-day runs differ by an SD of 0.003 in the share and 3% in the mean wait
        // (measured over 8 seeds), so the mean of 4 has standard errors of 0.0015 and 1.5%. Tolerances:
        // 0.01 and 6%, about four standard errors.
        assertEquals(expectedShare, share, 0.01, "probability of waiting");
        assertEquals(expectedWait, wait, 0.06 * expectedWait, "mean wait (days)");
        System.out.printf(
                "Erlang C: P(wait) %.4f vs %.4f, mean wait %.2f vs %.2f minutes%n",
                share, expectedShare, wait * 1440, expectedWait * 1440);
    }
}
