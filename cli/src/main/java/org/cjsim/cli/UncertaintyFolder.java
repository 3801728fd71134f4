package org.cjsim.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cjsim.experiment.Worlds;
import org.cjsim.params.InvalidParameterException;
import org.cjsim.params.Params;
import org.cjsim.params.ScenarioParams;
import org.cjsim.scenarios.ScenarioException;
import org.cjsim.scenarios.ScenarioLoader;

/**
 * The plausible worlds of a calibration folder ({@code --uncertainty DIR}): the calibrated company of {@code
 * DIR/calibrated.yaml} and the parameter sets of {@code DIR/ensemble.csv}, each checked.
 */
final class UncertaintyFolder {
    private UncertaintyFolder() {}

    /**
     * Reads the worlds of the calibration folder {@code dir}.
     *
     * @throws BadInputException if {@code dir} is not a calibration folder, its ensemble is empty, or a value
     *     in it is not a valid value of its parameter (naming the file, row and column)
     * @throws ScenarioException if {@code calibrated.yaml} is not a valid scenario
     */
    static Worlds read(Path dir) throws ScenarioException {
        Path yaml = dir.resolve(CalibrateCommand.CALIBRATED);
        Path csv = dir.resolve(CalibrateCommand.ENSEMBLE);
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("--uncertainty must name a calibration folder (written by cjsim calibrate),"
                    + " got " + dir + ", which is not a folder");
        }
        if (!Files.isRegularFile(yaml) || !Files.isRegularFile(csv)) {
            throw new BadInputException("--uncertainty must name a calibration folder holding "
                    + CalibrateCommand.CALIBRATED + " and " + CalibrateCommand.ENSEMBLE + " (written by cjsim"
                    + " calibrate PROFILE -o " + dir + "), got " + dir + ", which has "
                    + (Files.isRegularFile(yaml)
                            ? "no " + CalibrateCommand.ENSEMBLE
                            : "no " + CalibrateCommand.CALIBRATED));
        }
        ScenarioParams company = ScenarioLoader.load(yaml);
        List<Map<String, Double>> sets = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || !header.get(0).equals("set")) {
                throw new BadInputException(csv + ": its first column must be set, got "
                        + (header.isEmpty() ? "no header" : header.get(0)));
            }
            for (String path : header.subList(1, header.size())) {
                if (Params.info(path).isEmpty()) {
                    throw new BadInputException(csv + ": the column " + path + " is not a parameter ("
                            + ScenarioLoader.unknownPath(path) + ")");
                }
                paths.add(path);
            }
            for (CSVRecord row : parser) {
                Map<String, Double> set = new LinkedHashMap<>();
                for (String path : paths) {
                    String text = row.isSet(path) ? row.get(path).strip() : "";
                    double value;
                    try {
                        value = Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        value = Double.NaN;
                    }
                    if (!Double.isFinite(value)) {
                        throw new BadInputException(csv + ", row " + (row.getRecordNumber() + 1) + ", column " + path
                                + ": must be a number, got \"" + text + "\"");
                    }
                    set.put(path, value);
                }
                try {
                    Params.with(company, new LinkedHashMap<String, Object>(set));
                } catch (InvalidParameterException e) {
                    throw new BadInputException(
                            csv + ", row " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
                sets.add(set);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(csv + " does not exist");
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(csv + " cannot be read: " + e.getMessage(), e);
        }
        if (sets.isEmpty() || paths.isEmpty()) {
            throw new BadInputException(csv + " holds no parameter set: the calibration kept no plausible world."
                    + " Run cjsim calibrate again with --ensemble N (e.g. 16).");
        }
        Map<String, Double> central = new LinkedHashMap<>();
        for (String path : paths) {
            central.put(path, ((Number) Params.get(company, path)).doubleValue());
        }
        return new Worlds(dir.toString(), central, sets);
    }

    /**
     * Checks that every scenario keeps the calibrated company's value of at least one parameter the worlds
     * set (so that the worlds change it): a scenario that does not was not written from the calibrated
     * company.
     *
     * @throws BadInputException naming the scenarios that the worlds would not change
     */
    static void checkScenarios(Worlds worlds, List<ScenarioParams> scenarios) {
        List<String> untouched = scenarios.stream()
                .filter(s -> worlds.keptPaths(s).isEmpty())
                .map(ScenarioParams::name)
                .toList();
        if (!untouched.isEmpty()) {
            throw new BadInputException(
                    List.of(
                            "--uncertainty " + worlds.source() + ": " + String.join(", ", untouched)
                                    + (untouched.size() == 1 ? " sets" : " set")
                                    + " every parameter the plausible worlds"
                                    + " vary to other values than the calibrated company's, so the worlds would not change "
                                    + (untouched.size() == 1 ? "it." : "them."),
                            "Write strategies as changes from the calibrated company (cjsim scenarios init NAME FILE --from "
                                    + Path.of(worlds.source()).resolve(CalibrateCommand.CALIBRATED)
                                    + " --set PATH=VALUE) and compare them with --reference "
                                    + Path.of(worlds.source()).resolve(CalibrateCommand.CALIBRATED) + "."),
                    null);
        }
    }
}
