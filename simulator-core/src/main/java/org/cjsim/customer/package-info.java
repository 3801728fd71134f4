/**
 * People and customers: journey stages, the population's state as primitive arrays, and the customer's
 * response curves (expectation-disconfirmation, purchase rate, churn hazard, voice, recovery) as pure
 * functions.
 */
package org.cjsim.customer;
