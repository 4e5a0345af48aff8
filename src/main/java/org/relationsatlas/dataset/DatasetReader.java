package org.relationsatlas.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.layers.BaseMapChange;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.layers.MapFeature;
import org.relationsatlas.regions.Region;
import org.relationsatlas.trade.TradeYear;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates the dataset folder (see data/README.md): regions, then the layers (whose
 * geometry must lie in their regions), then the events (whose links must resolve), then the trade
 * series and the base map's dated changes. Every problem is collected and reported together; a dataset
 * with any problem is never returned.
 */
@Component
public class DatasetReader {

    private final JsonMapper json;

    public DatasetReader(JsonMapper json) {
        this.json = json;
    }

    /** Reads {@code folder}, or throws a {@link DatasetException} listing every problem. */
    public Dataset read(Path folder) {
        List<DatasetProblem> problems = new ArrayList<>();
        RegionReader regionReader = new RegionReader(json);
        List<Region> regions = parse(folder, RegionReader.FILE, problems)
                .map(collection -> regionReader.read(collection, problems)).orElse(List.of());

        FeatureReader featureReader = new FeatureReader(json, regionReader.areas);
        List<MapFeature> features = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            parse(folder, FeatureReader.file(layer), problems)
                    .ifPresent(collection -> features.addAll(featureReader.read(layer, collection, problems)));
        }

        EventReader eventReader = new EventReader(regionReader.areas.keySet(), featureReader.ids, new SeedTexts(folder));
        List<AtlasEvent> events = new ArrayList<>();
        List<String> eventFiles = eventFiles(folder);
        if (eventFiles.isEmpty()) {
            problems.add(new DatasetProblem(EventReader.FOLDER + "/", "", "", "no event files (*.json) found"));
        }
        for (String file : eventFiles) {
            parse(folder, file, problems).ifPresent(array -> events.addAll(eventReader.read(file, array, problems)));
        }

        List<TradeYear> trade = readText(folder, TradeReader.FILE, problems)
                .map(text -> new TradeReader(json).read(text, problems)).orElse(List.of());

        List<BaseMapChange> baseMap = parse(folder, BaseMapReader.FILE, problems)
                .map(array -> new BaseMapReader().read(array, problems)).orElse(List.of());

        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return new Dataset(regions, features, events, trade, baseMap, fingerprint(folder));
    }

    /** A SHA-256 over every file in the folder, to notice when anything changed since the last load. */
    public String fingerprint(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the dataset in " + folder, e);
        }
    }

    private static List<String> eventFiles(Path folder) {
        Path events = folder.resolve(EventReader.FOLDER);
        if (!Files.isDirectory(events)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(events)) {
            return files.map(file -> EventReader.FOLDER + "/" + file.getFileName())
                    .filter(name -> name.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + events, e);
        }
    }

    private Optional<JsonNode> parse(Path folder, String file, List<DatasetProblem> problems) {
        return readText(folder, file, problems).flatMap(text -> {
            try {
                return Optional.of(json.readTree(text));
            } catch (JacksonException e) {
                problems.add(new DatasetProblem(file, "", "", "not valid JSON: " + e.getOriginalMessage()
                        + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
                return Optional.empty();
            }
        });
    }

    private static Optional<String> readText(Path folder, String file, List<DatasetProblem> problems) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(new DatasetProblem(file, "", "", "file not found in " + folder.toAbsolutePath()));
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(path));
        } catch (IOException e) {
            problems.add(new DatasetProblem(file, "", "", "cannot be read as UTF-8 text: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
