package org.relationsatlas.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A copy of the shipped data/ folder that a test may break on purpose. */
public final class DatasetFiles {

    public static final Path SHIPPED = Path.of("data");

    private DatasetFiles() {
    }

    public static Path copyOfShipped(Path target) {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(SHIPPED.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh copy of data/ in this folder, whatever an earlier run left there: for a test class whose
     * application reads its own copy (atlas.dataset.dir) and changes it.
     */
    public static Path freshCopyOfShipped(Path target) {
        try {
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copyOfShipped(target);
    }

    /** Rewrites one file of the copy; the edit must change it, so a test cannot silently break nothing. */
    public static void edit(Path folder, String file, UnaryOperator<String> edit) {
        try {
            Path path = folder.resolve(file);
            String before = Files.readString(path);
            String after = edit.apply(before);
            if (after.equals(before)) {
                throw new IllegalStateException("the edit of " + file + " changed nothing");
            }
            Files.writeString(path, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
