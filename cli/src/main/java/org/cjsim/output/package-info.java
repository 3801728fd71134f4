/**
 * Result files: the layout of a results folder ({@link org.cjsim.output.ResultsFolder}), the manifest that
 * records how the results were made ({@link org.cjsim.output.Manifest}), one file per finished replication
 * that keeps it completely ({@link org.cjsim.output.ReplicationFiles}), the aggregate CSV files ({@link
 * org.cjsim.output.ResultFiles}), the writer that fills a folder as replications finish ({@link
 * org.cjsim.output.ResultsWriter}) and the reader that rebuilds every result from a folder ({@link
 * org.cjsim.output.ResultsReader}), and the claim that makes one process at a time the owner of a folder
 * ({@link org.cjsim.output.StudyFolder}). Every file but the appended summary.csv is written atomically
 * ({@link org.cjsim.output.AtomicFiles}). The files are described column by column in docs/outputs.md.
 */
package org.cjsim.output;
