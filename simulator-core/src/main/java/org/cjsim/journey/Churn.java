package org.cjsim.journey;

import org.cjsim.customer.CustomerResponse;
import org.cjsim.metrics.DailyMetric;
import org.cjsim.metrics.MetricsRecorder;
import org.cjsim.params.CustomerParams;

/**
 * Churn (docs/model.md, submodel 9): the hazard of leaving falls with satisfaction, below a ceiling, and is
 * multiplied after a silent issue and in grievance. A leaver's open complaint is dropped; they keep talking
 * for a while ({@link ChurnPhase} decides who leaves; this class says what leaving does).
 */
final class Churn {
    private final Today today;
    private final Market market;
    private final CaseBook cases;
    private final MetricsRecorder recorder;
    private final Totals totals;

    Churn(Today today, Market market, CaseBook cases, MetricsRecorder recorder, Totals totals) {
        this.today = today;
        this.market = market;
        this.cases = cases;
        this.recorder = recorder;
        this.totals = totals;
    }

    /** The base churn hazard (per year) of a customer with satisfaction {@code s} today. */
    double hazard(double s) {
        CustomerParams c = today.customers();
        return CustomerResponse.churnHazard(
                today.rates().h0(),
                c.churn().churnSensitivity(),
                today.scenario().market().switchingCost(),
                c.churn().churnCeiling(),
                s);
    }

    /** The multiplier of the churn hazard after a silent issue and in grievance. */
    static double multiplier(CustomerParams c, boolean silent, boolean grievance) {
        return (silent ? c.voice().silentChurnMultiplier() : 1)
                * (grievance ? c.patience().grievanceChurnMultiplier() : 1);
    }

    /** Customer {@code i} leaves today. */
    void leave(int i) {
        int day = today.day();
        totals.segmentChurns[segment(market.people().satisfaction[i])]++;
        market.leave(i, day, today.customers().wordOfMouth().churnedTalkDays() > 0);
        recorder.increment(DailyMetric.LOST);
        cases.drop(i, day);
    }

    /** NPS segment of satisfaction {@code s}: 0 promoter, 1 passive, 2 detractor. */
    static int segment(double s) {
        return CustomerResponse.isPromoter(s) ? 0 : CustomerResponse.isDetractor(s) ? 2 : 1;
    }
}
