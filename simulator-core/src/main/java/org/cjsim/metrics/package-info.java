/**
 * What a run measures: the daily metrics, the summary of a replication and the retention ladder, and the
 * recorder that fills them while the model runs.
 */
package org.cjsim.metrics;
