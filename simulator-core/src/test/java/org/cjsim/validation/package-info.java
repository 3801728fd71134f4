/**
 * Validation tests: the calibration of the defaults and the stylized facts of docs/model.md section 4, each with stated
 * tolerances, and the analytic references (Bass diffusion, customer lifetime value, the recovery paradox).
 * The Erlang C check of the service desk lives with the desk in {@code org.cjsim.service}.
 */
package org.cjsim.validation;
