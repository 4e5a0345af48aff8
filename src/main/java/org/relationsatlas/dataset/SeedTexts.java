package org.relationsatlas.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The two Arabic seed texts (seeds/000-….txt, seeds/001-….txt), to check that what the dataset
 * quotes from them is really there, word for word.
 */
final class SeedTexts {

    static final String FOLDER = "seeds";

    private final Map<String, String> texts = new HashMap<>();

    SeedTexts(Path datasetFolder) {
        Path folder = datasetFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                String name = file.getFileName().toString();
                texts.put(name.substring(0, Math.min(3, name.length())), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String seed) {
        return texts.containsKey(seed);
    }

    boolean quotes(String seed, String quote) {
        return texts.getOrDefault(seed, "").contains(quote);
    }
}
