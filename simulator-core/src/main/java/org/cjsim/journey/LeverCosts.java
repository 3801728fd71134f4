package org.cjsim.journey;

import org.cjsim.economy.Ledger;
import org.cjsim.economy.LedgerLine;
import org.cjsim.params.CostParams;
import org.cjsim.params.ScenarioParams;
import org.cjsim.params.StrategyParams;

/**
 * What the service levers cost ({@link CostParams}), booked at the opening of each day on the ledger lines
 * {@link LedgerLine#LISTENING}, {@link LedgerLine#CLARITY}, {@link LedgerLine#TRIAGE}, {@link
 * LedgerLine#ESCALATION} and {@link LedgerLine#LATITUDE}.
 *
 * <p>One-off parts are booked in full on day 0, for the levels in force and the size of the company that
 * day (customers, front-line agents), so that the net present value and the cumulative cash see them at
 * once. A lever raised during the run (in the lab) pays the one-off part of the rise above the highest
 * level paid so far, at that day's size; lowering it refunds nothing. Running parts are booked every day:
 * a month is 12/365 of a year's days, a year 1/365. With {@code h = employees.annualWage /
 * costs.workHoursPerYear} the hourly cost of training, {@code C} the customers and {@code A} the agents at
 * the day's opening:
 *
 * <ul>
 *   <li>listening: {@code listening * listeningSetup * C / 1000} once, {@code listening * listeningRunning
 *       * C / 1000 * 12 / 365} a day (and {@code listeningPerReport} for each complaint reported, booked by
 *       {@link Recovery} when it is reported);
 *   <li>clarity: {@code clarity * claritySetup * C / 1000} once, {@code clarity * clarityTrainingHours * A *
 *       h / 365} a day;
 *   <li>triage (when on): {@code triageSetupPerAgent * A} once, {@code triageLicence * A * 12 / 365} a day;
 *   <li>escalation: {@code escalationStandby * C / 1000 * 12 / 365 * escalationReferenceDays /
 *       escalationDays} a day;
 *   <li>latitude: {@code latitude * latitudeHireHours * A * h} once, then {@code latitude * h *
 *       (latitudeHireHours * hires + latitudeRefresherHours * A / 365)} a day (the one-off part leaves out
 *       the new hires of its day, who are trained as hires).
 * </ul>
 */
final class LeverCosts {
    private static final double MONTH = 12 / 365.0;
    private static final double YEAR = 1 / 365.0;

    private double listeningPaid;
    private double clarityPaid;
    private boolean triagePaid;
    private double latitudePaid;

    /**
     * Books the day's lever costs.
     *
     * @param s the scenario in force today
     * @param customers customers at the day's opening
     * @param agents front-line headcount at the day's opening
     * @param hires new hires who started today
     */
    void book(ScenarioParams s, int customers, int agents, int hires, Ledger ledger) {
        CostParams c = s.costs();
        StrategyParams st = s.strategy();
        double thousands = customers / 1000.0;
        double hourly = s.employees().annualWage() / c.workHoursPerYear();
        double listening = 0;
        if (st.listening() > listeningPaid) {
            listening += (st.listening() - listeningPaid) * c.listeningSetup() * thousands;
            listeningPaid = st.listening();
        }
        listening += st.listening() * c.listeningRunning() * thousands * MONTH;
        ledger.add(LedgerLine.LISTENING, listening);

        double clarity = 0;
        if (st.clarity() > clarityPaid) {
            clarity += (st.clarity() - clarityPaid) * c.claritySetup() * thousands;
            clarityPaid = st.clarity();
        }
        clarity += st.clarity() * c.clarityTrainingHours() * agents * hourly * YEAR;
        ledger.add(LedgerLine.CLARITY, clarity);

        double triage = 0;
        if (st.triage()) {
            if (!triagePaid) {
                triage += c.triageSetupPerAgent() * agents;
                triagePaid = true;
            }
            triage += c.triageLicence() * agents * MONTH;
        }
        ledger.add(LedgerLine.TRIAGE, triage);

        ledger.add(
                LedgerLine.ESCALATION,
                c.escalationStandby() * thousands * MONTH * c.escalationReferenceDays() / st.escalationDays());

        double latitude = 0;
        if (st.latitude() > latitudePaid) {
            // The day's new hires are trained below, at the whole latitude.
            latitude += (st.latitude() - latitudePaid) * c.latitudeHireHours() * (agents - hires) * hourly;
            latitudePaid = st.latitude();
        }
        latitude +=
                st.latitude() * hourly * (c.latitudeHireHours() * hires + c.latitudeRefresherHours() * agents * YEAR);
        ledger.add(LedgerLine.LATITUDE, latitude);
    }
}
