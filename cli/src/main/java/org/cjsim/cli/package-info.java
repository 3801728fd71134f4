/**
 * The {@code cjsim} command line (picocli): {@code run}, {@code compare}, {@code sweep}, {@code
 * sensitivity}, {@code scenarios} and {@code completion}, their shared options, the progress bar and the
 * result tables. {@link org.cjsim.cli.Cli#create} builds the command line for a process or for a test;
 * only {@link org.cjsim.cli.Cli#main} exits the JVM, with the codes of {@link org.cjsim.cli.ExitCodes}.
 */
package org.cjsim.cli;
