package org.cjsim.report;

import java.util.List;
import java.util.Objects;

/**
 * One part of a report: a title and its blocks, with the notes a presenter reads (the numbers behind the
 * slide). A deck shows a section as one slide, a long table continued on further slides.
 *
 * @param title the section's title: the slide's title, the page's heading
 * @param blocks what it shows, in order: at most one chart or one table per section keeps a slide readable
 * @param notes the speaker notes of its slide(s), with the numbers it shows; plain text, lines by {@code \n}
 * @param htmlOnly true for sections only the HTML page has (the folder's data tables)
 */
public record Section(String title, List<Block> blocks, String notes, boolean htmlOnly) {

    public Section {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        notes = notes == null ? "" : notes;
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("the section \"" + title + "\" has nothing to show");
        }
    }

    /** A section of both the deck and the page. */
    public Section(String title, List<Block> blocks, String notes) {
        this(title, blocks, notes, false);
    }
}
