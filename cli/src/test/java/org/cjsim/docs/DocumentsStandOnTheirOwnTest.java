package org.cjsim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's documents and sources stand on their own: they cite no file outside the repository, and
 * every relative link of a Markdown file leads to a file that exists.
 */
class DocumentsStandOnTheirOwnTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> OUTSIDE = List.of("MODEL.md", "NOTES-MASON", "STYLE.md", "../shared");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    private static List<Path> files(String... suffixes) throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> {
                        String rel = ROOT.relativize(p).toString();
                        return !rel.contains("target/")
                                && !rel.startsWith(".git")
                                && !rel.startsWith("results")
                                && Files.isRegularFile(p);
                    })
                    .filter(p -> Stream.of(suffixes)
                            .anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .toList();
        }
    }

    @Test
    void noDocumentOrSourceCitesAFileOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path p : files(".md", ".java", ".yaml", ".yml", ".xml", ".properties", "run", "cjsim")) {
            List<String> lines = Files.readAllLines(p);
            for (int i = 0; i < lines.size(); i++) {
                for (String outside : OUTSIDE) {
                    if (lines.get(i).contains(outside) && !p.endsWith("DocumentsStandOnTheirOwnTest.java")) {
                        found.add(ROOT.relativize(p) + ":" + (i + 1) + " cites " + outside);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyRelativeLinkOfAMarkdownFileLeadsToAFile() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path p : files(".md")) {
            Matcher m = LINK.matcher(Files.readString(p));
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                if (!Files.exists(p.getParent().resolve(target))) {
                    broken.add(ROOT.relativize(p) + " links to " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
