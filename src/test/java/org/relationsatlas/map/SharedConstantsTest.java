package org.relationsatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.relationsatlas.events.Category;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.lessons.Camera;

/**
 * Values written in more than one language of the code base (Java, TypeScript, CSS, SQL) are the
 * same everywhere: the layer ids, their colours, and the map's zoom limits. The Java side is the
 * source; each copy is read from its file and compared.
 */
class SharedConstantsTest {

    private static final Path MAP_DATA = Path.of("frontend/atlas-map-data.ts");
    private static final Path MAP_STYLES = Path.of("frontend/atlas-map-styles.ts");
    private static final Path MAP_CAMERA = Path.of("frontend/map-camera.ts");
    private static final Path STYLESHEET = Path.of("src/main/resources/META-INF/resources/styles/atlas.css");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static List<String> layerIds() {
        return Arrays.stream(Layer.values()).map(Layer::id).toList();
    }

    @Test
    void theMapKnowsTheSameLayersInTheSameOrder() throws IOException {
        Matcher ids = Pattern.compile("LAYER_IDS = \\[([^\\]]*)\\]").matcher(Files.readString(MAP_DATA));
        assertThat(ids.find()).as("LAYER_IDS in %s", MAP_DATA).isTrue();

        assertThat(quoted(ids.group(1))).isEqualTo(layerIds());
    }

    @Test
    void eachLayerHasOneColourOnTheMapAndInTheLegend() throws IOException {
        Map<String, String> mapColours = entries(block(Files.readString(MAP_STYLES), "LAYER_COLOURS"),
                "^\\s*'?([a-z-]+)'?: '(#[0-9a-fA-F]{6})'");
        Map<String, String> legendColours = entries(Files.readString(STYLESHEET), "--layer-([a-z-]+):\\s*(#[0-9a-fA-F]{6})");

        assertThat(mapColours.keySet()).containsExactlyElementsOf(layerIds());
        assertThat(legendColours).isEqualTo(mapColours);
    }

    @Test
    void eachLayerHasALegendSwatchAndEachCategoryATag() throws IOException {
        String css = Files.readString(STYLESHEET);

        assertThat(layerIds()).allSatisfy(id -> assertThat(css).contains(".swatch-" + id + " {"));
        assertThat(Category.values()).allSatisfy(category -> assertThat(css).contains(".tag-" + category.id() + " {"));
    }

    @Test
    void theDatabaseAcceptsExactlyTheLayers() throws IOException {
        // The latest migration that sets the constraint is the one in force.
        Pattern constraint = Pattern.compile("map_feature_layer check \\(layer in \\(([^)]*)\\)\\)");
        List<String> inForce = null;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path migration : files.sorted(SharedConstantsTest::byVersion).toList()) {
                Matcher found = constraint.matcher(Files.readString(migration));
                while (found.find()) {
                    inForce = quoted(found.group(1));
                }
            }
        }
        assertThat(inForce).as("the map_feature_layer constraint in %s", MIGRATIONS).isEqualTo(layerIds());
    }

    @Test
    void theMapZoomsAsFarAsALessonCameraMay() throws IOException {
        String camera = Files.readString(MAP_CAMERA);

        assertThat(number(camera, "MIN_ZOOM")).isEqualTo(Camera.MIN_ZOOM);
        assertThat(number(camera, "MAX_ZOOM")).isEqualTo(Camera.MAX_ZOOM);
    }

    private static int byVersion(Path a, Path b) {
        return Integer.compare(version(a), version(b));
    }

    private static int version(Path migration) {
        Matcher v = Pattern.compile("^V(\\d+)__").matcher(migration.getFileName().toString());
        return v.find() ? Integer.parseInt(v.group(1)) : Integer.MAX_VALUE;
    }

    private static List<String> quoted(String list) {
        List<String> values = new ArrayList<>();
        Matcher value = Pattern.compile("'([^']*)'").matcher(list);
        while (value.find()) {
            values.add(value.group(1));
        }
        return values;
    }

    private static String block(String source, String constant) {
        Matcher block = Pattern.compile(constant + "[^=]*= \\{(.*?)\\n\\}", Pattern.DOTALL).matcher(source);
        assertThat(block.find()).as(constant).isTrue();
        return block.group(1);
    }

    private static Map<String, String> entries(String text, String regex) {
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher entry = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        while (entry.find()) {
            entries.put(entry.group(1), entry.group(2).toLowerCase());
        }
        return entries;
    }

    private static double number(String source, String constant) {
        Matcher value = Pattern.compile("export const " + constant + " = ([0-9.]+);").matcher(source);
        assertThat(value.find()).as(constant + " in " + MAP_CAMERA).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
