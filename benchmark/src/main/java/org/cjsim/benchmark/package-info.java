/**
 * The performance benchmark (not a test): person-days per second and heap at several market sizes against a
 * bare loop, and the speed-up of parallel replications.
 */
package org.cjsim.benchmark;
