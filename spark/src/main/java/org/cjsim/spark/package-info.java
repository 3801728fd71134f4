/**
 * cjsim on Apache Spark: {@link org.cjsim.spark.SparkStudy}, the entry point given to {@code spark-submit},
 * runs the shards of a planned study as Spark tasks and merges them into the files a local run writes
 * (docs/spark.md). Spark is provided by the cluster; this module is not part of the command-line jar.
 */
package org.cjsim.spark;
