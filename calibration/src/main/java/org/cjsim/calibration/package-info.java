/**
 * Calibration to a company's own KPIs: a {@link org.cjsim.scenarios.CompanyProfile} is mapped to parameters
 * where a KPI names one ({@link CompanyScenario}), and the behavioural parameters no KPI names are fitted by
 * the simulated method of moments under fixed common random numbers ({@link Calibrator}) on a scaled-down
 * market whose results are reported at the company's size.
 */
package org.cjsim.calibration;
