package org.relationsatlas.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.relationsatlas.dataset.DatasetReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The lessons shipped in data/lessons: saved once the dataset they refer to is loaded, each only
 * if no lesson has its id yet, so a teacher's edits to a shipped lesson survive a restart.
 * A malformed file stops the start with its problems listed, as a malformed dataset does.
 */
@Component
class ShippedLessons implements ApplicationListener<DatasetReady> {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedLessons.class);

    private final LessonService lessons;
    private final Path folder;

    ShippedLessons(LessonService lessons, @Value("${atlas.dataset.dir:data}") Path datasetFolder) {
        this.lessons = lessons;
        this.folder = datasetFolder.resolve("lessons");
    }

    @Override
    public void onApplicationEvent(DatasetReady ready) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        int added = 0;
        for (Path file : files()) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (lessons.importShippedIfAbsent("lessons/" + file.getFileName(), text)) {
                    added++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        LOG.info("Shipped lessons: {} added from {}", added, folder.toAbsolutePath());
    }

    private List<Path> files() {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
