package org.cjsim.params;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/parameters.md} is generated from the {@link Param} annotations and must match them. Run with
 * {@code -Dcjsim.updateDocs=true} to rewrite it after changing a parameter.
 */
class ParameterReferenceTest {

    static String reference() {
        StringBuilder b = new StringBuilder();
        b.append("# Parameter reference\n\n");
        b.append("Every parameter of a scenario, generated from the parameter records of `simulator-core`"
                + " (`org.cjsim.params`). In a scenario file, a parameter is written under its section, e.g.\n\n"
                + "```yaml\nstrategy:\n  latitude: 0.8\n```\n\n"
                + "or on the command line as `--set strategy.latitude=0.8`. Levers (the company's strategy) are"
                + " marked with a star; their low and high values are the ones `cjsim sensitivity` uses (where the"
                + " base lies at or beyond one of them, that end moves to half the range beyond the base).\n\n"
                + "Numbers are written the same way in a scenario file, after `--set`, in a `--vary` range, in a results folder's"
                + " manifest and in the lab: an optional sign, decimal digits with an optional fraction and"
                + " exponent (`0.5`, `.5`, `2.`, `1e3`, `1.5E-4`), and underscores anywhere to group digits"
                + " (`30_000`). A leading zero is decimal (`017` is 17). Hexadecimal (`0x10`), infinity"
                + " (`.inf`) and NaN are refused. A parameter whose allowed values say \"a whole number\" takes"
                + " one (`1e3` is one; `2.5` is not).\n");
        String section = "";
        for (ParamInfo p : Params.all()) {
            if (!p.section().equals(section)) {
                section = p.section();
                b.append("\n## ").append(section).append("\n\n");
                b.append("| parameter | default | allowed | unit | meaning |\n|---|---|---|---|---|\n");
            }
            String name = p.lever() ? p.name() + " *" : p.name();
            String dflt = p.defaultValue() instanceof Number n
                    ? Params.format(n.doubleValue())
                    : p.defaultValue() instanceof Labelled l ? l.label() : String.valueOf(p.defaultValue());
            String meaning = p.description();
            if (p.lever() && !Double.isNaN(p.low())) {
                meaning += " Sensitivity: " + Params.format(p.low()) + " to " + Params.format(p.high()) + ".";
            }
            b.append("| `")
                    .append(name)
                    .append("` | ")
                    .append(dflt)
                    .append(" | ")
                    .append(p.allowed().replace("|", "\\|"))
                    .append(" | ")
                    .append(p.unit())
                    .append(" | ")
                    .append(meaning)
                    .append(" |\n");
        }
        return b.toString();
    }

    @Test
    void theParameterReferenceMatchesTheAnnotations() throws IOException {
        Path file = Paths.get("..", "docs", "parameters.md");
        String expected = reference();
        if (Boolean.getBoolean("cjsim.updateDocs")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertEquals(
                expected,
                Files.readString(file, StandardCharsets.UTF_8),
                "docs/parameters.md is out of date: run mvn -pl simulator-core test -Dtest=ParameterReferenceTest"
                        + " -Dcjsim.updateDocs=true");
    }
}
