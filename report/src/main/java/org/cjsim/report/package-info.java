/**
 * A report of results, neutral of its format ({@link org.cjsim.report.Report}: sections of headlines, text,
 * tables, charts and speaker notes), and its writers: a PowerPoint deck ({@link org.cjsim.report.DeckWriter},
 * Apache POI) and one self-contained HTML page ({@link org.cjsim.report.HtmlWriter}).
 */
package org.cjsim.report;
