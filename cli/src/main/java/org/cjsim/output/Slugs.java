package org.cjsim.output;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Folder names for scenarios: lower case letters, digits and hyphens, unique within a results folder. */
public final class Slugs {
    private Slugs() {}

    /** {@code "baseline strategy.latitude=0.3"} becomes {@code baseline-strategy-latitude-0-3}. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "scenario" : s;
    }

    /** A unique slug for each name, in order: a slug already taken gets {@code -2}, {@code -3}... */
    public static Map<String, String> assign(List<String> names) {
        Map<String, String> slugs = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String base = slug(name);
            String s = base;
            for (int k = 2; !taken.add(s); k++) {
                s = base + "-" + k;
            }
            slugs.put(name, s);
        }
        return slugs;
    }
}
