package org.cjsim.params;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest known name to a misspelt one, by edit distance. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * The candidate closest to {@code given}, ignoring case, if it is close enough to be a likely typo: at
     * most a third of the longer name's letters differ (and at least two may), or {@code given} is the
     * beginning of exactly one candidate.
     */
    public static Optional<String> closest(String given, Collection<String> candidates) {
        int longest = candidates.stream().mapToInt(String::length).max().orElse(0);
        if (given.length() > 2 * longest + 3) {
            // Neither rule can match: the edit distance is at least the difference in length, over a third
            // of the given name's length, and a longer name is no candidate's beginning. Comparing would
            // cost time in proportion to the given length (a key may be a million letters long).
            return Optional.empty();
        }
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(g, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, Math.max(g.length(), best.length()) / 3)) {
            return Optional.of(best);
        }
        if (g.length() >= 3) {
            var prefixed = candidates.stream()
                    .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(g))
                    .toList();
            if (prefixed.size() == 1) {
                return Optional.of(prefixed.get(0));
            }
        }
        return Optional.empty();
    }

    /** {@code ": did you mean X?"} when there is a close candidate, otherwise the empty text. */
    public static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates).map(s -> ": did you mean " + s + "?").orElse("");
    }

    /** The Levenshtein distance: insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
