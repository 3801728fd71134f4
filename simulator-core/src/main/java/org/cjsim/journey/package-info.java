/**
 * The customer-journey model on MASON: {@link org.cjsim.journey.CustomerJourneyModel} and its daily
 * phases (acquisition, purchases, word of mouth, churn), the day cycle that closes and opens each day, and
 * the complaint handling the event-driven service desk calls.
 */
package org.cjsim.journey;
