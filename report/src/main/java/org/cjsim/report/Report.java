package org.cjsim.report;

import java.util.List;
import java.util.Objects;

/**
 * A report of results, neutral of its format: a title page and sections, each of which becomes one slide (or
 * a few, when a table is long) of a deck and one part of an HTML page. Built by the command line from a results
 * folder; written by {@link DeckWriter} and {@link HtmlWriter}.
 *
 * @param title the title, e.g. "What better customer service is worth"
 * @param client who the report is for, or empty
 * @param date the date shown on the title page, as text
 * @param about one line saying what was studied, under the title, or empty
 * @param footer the footer of every slide and of the page, e.g. "cjsim 0.1.0"
 * @param sections the sections, in order
 */
public record Report(String title, String client, String date, String about, String footer, List<Section> sections) {

    public Report {
        Objects.requireNonNull(title, "title");
        client = client == null ? "" : client;
        date = date == null ? "" : date;
        about = about == null ? "" : about;
        footer = footer == null ? "" : footer;
        sections = List.copyOf(sections);
    }

    /** The sections a deck shows: those not only for the HTML page. */
    public List<Section> deckSections() {
        return sections.stream().filter(s -> !s.htmlOnly()).toList();
    }
}
