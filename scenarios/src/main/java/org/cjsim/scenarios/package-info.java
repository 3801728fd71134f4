/**
 * Scenario files: YAML that mirrors the sections of {@link org.cjsim.params.ScenarioParams}, the built-in
 * strategy library, inheritance with {@code extends}, overrides from the command line, and validation
 * that reports every problem of a file at once, each with its line, path, allowed values and the value
 * given.
 */
package org.cjsim.scenarios;
