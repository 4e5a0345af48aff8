package org.relationsatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every figure of one bench run by a dotted name ("open.atlas.cold.p95_ms"; the suffix is the unit),
 * with a few words about the run, written as JSON so that two runs can be compared
 * ({@link BenchComparison}). A figure that could not be measured is null.
 */
final class BenchFigures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> run = new LinkedHashMap<>();
    private final Map<String, Double> figures = new LinkedHashMap<>();

    BenchFigures about(String key, Object value) {
        run.put(key, value);
        return this;
    }

    BenchFigures put(String key, double value) {
        figures.put(key, value);
        return this;
    }

    void write(Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run);
        Map<String, Double> numbers = new LinkedHashMap<>();
        // JSON has no NaN: what could not be measured is null.
        figures.forEach((key, value) -> numbers.put(key, Double.isFinite(value) ? round(value) : null));
        json.put("figures", numbers);
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The figures of a written run, by name; null stays NaN. */
    static Map<String, Double> read(Path file) {
        JsonNode figures = JSON.readTree(file.toFile()).path("figures");
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> figure : figures.properties()) {
            values.put(figure.getKey(), figure.getValue().isNumber() ? figure.getValue().doubleValue() : Double.NaN);
        }
        return values;
    }

    /** What the run was (mode, runs, addresses, label), for the comparison's heading. */
    static String describe(Path file) {
        return JSON.readTree(file.toFile()).path("run").toString();
    }
}
