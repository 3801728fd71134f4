package org.cjsim.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.cjsim.scenarios.YamlTree.Location;

/**
 * The problems of one source, collected as they are found: the first {@link ScenarioException#MAX_LISTED}
 * in source order are kept, the others only counted. A message is built only for a problem that may be
 * listed, because building one can be costly (a "did you mean" compares the key with every parameter), and
 * a file may hold hundreds of thousands of unknown keys.
 */
final class Problems {
    private final String source;
    private final Comparator<ScenarioProblem> order;
    private final List<ScenarioProblem> kept = new ArrayList<>();
    private long omitted;
    private String omittedSource;
    private boolean omittedOneSource = true;

    /** Once {@link #kept} has been trimmed, the last problem kept: anything after it is only counted. */
    private ScenarioProblem last;

    /** Problems of {@code source} come first, by line and column, then those of other sources. */
    Problems(String source) {
        this.source = source;
        this.order = Comparator.<ScenarioProblem>comparingInt(p -> p.source().equals(source) ? 0 : 1)
                .thenComparingInt(ScenarioProblem::line)
                .thenComparingInt(ScenarioProblem::column);
    }

    /** A problem of this source at {@code at}, whose message is built only if it may be listed. */
    void add(Location at, String path, Supplier<String> message) {
        add(source, at.line(), at.column(), path, message);
    }

    void add(String from, int line, int column, String path, Supplier<String> message) {
        if (last != null && order.compare(new ScenarioProblem(from, line, column, path, ""), last) >= 0) {
            count(from, 1);
            return;
        }
        kept.add(new ScenarioProblem(from, line, column, path, message.get()));
        if (kept.size() >= 2 * ScenarioException.MAX_LISTED) {
            trim();
        }
    }

    void add(ScenarioProblem p) {
        if (p.isMore()) {
            count(p.source(), p.count());
        } else {
            add(p.source(), p.line(), p.column(), p.path(), p::message);
        }
    }

    void addAll(List<ScenarioProblem> problems) {
        problems.forEach(this::add);
    }

    /** The paths of the problems kept so far. */
    java.util.Set<String> paths() {
        java.util.Set<String> paths = new java.util.HashSet<>();
        kept.forEach(p -> paths.add(p.path()));
        return paths;
    }

    boolean isEmpty() {
        return kept.isEmpty() && omitted == 0;
    }

    /** Every problem so far, the first in source order listed and the rest counted. */
    ScenarioException exception() {
        trim();
        List<ScenarioProblem> all = new ArrayList<>(kept);
        if (omitted > 0) {
            all.add(ScenarioProblem.more(omittedOneSource ? omittedSource : "", omitted));
        }
        return new ScenarioException(all);
    }

    private void trim() {
        kept.sort(order);
        int max = ScenarioException.MAX_LISTED;
        while (kept.size() > max) {
            ScenarioProblem dropped = kept.remove(kept.size() - 1);
            count(dropped.source(), 1);
        }
        if (kept.size() == max) {
            last = kept.get(max - 1);
        }
    }

    private void count(String from, long n) {
        omitted += n;
        if (omittedSource == null) {
            omittedSource = from;
        } else if (!omittedSource.equals(from)) {
            omittedOneSource = false;
        }
    }
}
