package org.relationsatlas.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.layers.MapFeature;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DatasetReaderTest {

    private final DatasetReader reader = new DatasetReader(JsonMapper.builder().build());

    @TempDir
    Path folder;

    private DatasetException problemsReading(Path dataset) {
        return catchThrowableOfType(DatasetException.class, () -> reader.read(dataset));
    }

    @Test
    void theShippedDatasetIsValidAndCoversEveryLayer() {
        Dataset dataset = reader.read(DatasetFiles.SHIPPED);
        assertThat(dataset.events()).hasSizeGreaterThanOrEqualTo(25);
        for (Layer layer : Layer.values()) {
            assertThat(dataset.features().stream().filter(f -> f.layer() == layer))
                    .as("features in layer %s", layer.id()).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(dataset.events()).allSatisfy(event -> assertThat(event.sources()).isNotEmpty());
        assertThat(dataset.features()).allSatisfy(feature -> assertThat(feature.sources()).isNotEmpty());
        assertThat(dataset.events().stream().map(e -> e.date().year()))
                .anySatisfy(year -> assertThat(year).isLessThan(1950))
                .anySatisfy(year -> assertThat(year).isGreaterThan(2020));
    }

    @Test
    void theShippedBaseMapDrawsTheFifteenSovietRepublicsAsOneStateUntilTheEndOf1991() {
        var changes = reader.read(DatasetFiles.SHIPPED).baseMap();
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.date()).hasToString("1991-12-26");
            assertThat(change.lastYearTogether()).isEqualTo(1991);
            assertThat(change.state().en()).isEqualTo("USSR");
            assertThat(change.countries()).hasSize(15).contains("643", "398", "417", "762");
            assertThat(change.sources()).isNotEmpty();
        });
    }

    @Test
    void aMalformedBaseMapRowNamesFileRowAndFieldOfEachProblem() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, BaseMapReader.FILE, text -> text
                .replace("\"1991-12-26\"", "\"1991-13-26\"")
                .replace("\"state_ar\": \"الاتحاد السوفيتي\"", "\"state_ar\": \"USSR\"")
                .replace("\"398\"", "\"KAZ\"")
                .replace("https://sputnik.by/", "ftp://sputnik.by/")
                .replace("\"emphasis\"", "\"colour\""));
        DatasetException error = problemsReading(folder);
        assertThat(error.problems()).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("base-map.json");
            assertThat(problem.location()).startsWith("row 1 (id 'ussr-dissolved-1991')");
        });
        assertThat(error.problems()).extracting(DatasetProblem::field)
                .containsExactlyInAnyOrder("colour", "date", "state_ar", "emphasis", "countries[3]", "url");
        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("url");
            assertThat(problem.location()).contains("sources[0]");
            assertThat(problem.message()).contains("is not an http(s) address");
        });
        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("countries[3]");
            assertThat(problem.message()).contains("'KAZ' is not an ISO 3166 numeric code");
        });
    }

    @Test
    void anImpossibleDateNamesFileRowAndField() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text.replace("\"1950-02-14\"", "\"1950-02-30\""));
        DatasetException error = problemsReading(folder);
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("events/1945-1990.json");
            assertThat(problem.location()).contains("id 'treaty-1950'").startsWith("row ");
            assertThat(problem.field()).isEqualTo("date");
            assertThat(problem.location()).contains("dates[0]");
            assertThat(problem.message()).contains("1950-02-30 is not a calendar date");
        });
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text
                .replace("\"1950-02-14\"", "\"1950-02-30\"")
                .replaceFirst("\"category\": \"borders\"", "\"category\": \"rivers\"")
                .replaceFirst("\"zhenbao-island\"", "\"no-such-island\""));
        assertThat(problemsReading(folder).problems()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(p -> assertThat(p.message()).contains("unknown category 'rivers'"))
                .anySatisfy(p -> assertThat(p.message()).contains("'no-such-island' is no feature"));
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws Exception {
        DatasetFiles.copyOfShipped(folder);
        Files.writeString(folder.resolve("events/1945-1990.json"), "[\n  {\"id\": \"x\",\n  oops\n]");
        assertThat(problemsReading(folder).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("events/1945-1990.json");
            assertThat(problem.message()).contains("not valid JSON").contains("line 3");
        });
    }

    /** Adds to the exercise layer a feature "drill" with this geometry. */
    private void exerciseLayerWithGeometry(String geometry) throws Exception {
        DatasetFiles.copyOfShipped(folder);
        String feature = "{\"type\": \"Feature\", \"id\": \"drill\", \"geometry\": " + geometry + ","
                + " \"properties\": {\"name_en\": \"Drill\", \"name_ar\": \"مناورة\", \"phases\": [{\"from\": 2012, \"status\": \"held\"}],"
                + " \"geometry_note\": \"test\", \"regions\": [\"western-pacific\"], \"sources\": [{\"title\": \"t\", \"publisher\": \"p\", \"url\": \"https://example.org/\"}]}}";
        JsonMapper json = JsonMapper.builder().build();
        Path file = folder.resolve(FeatureReader.file(Layer.EXERCISES));
        ObjectNode collection = (ObjectNode) json.readTree(Files.readString(file));
        ArrayNode features = (ArrayNode) collection.get("features");
        features.insert(0, json.readTree(feature));
        Files.writeString(file, json.writeValueAsString(collection));
    }

    private void assertGeometryProblem(String expected) {
        assertThat(problemsReading(folder).problems())
                .anySatisfy(problem -> assertThat(problem.toString())
                        .contains("layers/exercises.geojson", "feature 1 (id 'drill')", "field 'geometry'", expected));
    }

    @Test
    void aValidAreaIsAccepted() throws Exception {
        exerciseLayerWithGeometry("{\"type\": \"Polygon\", \"coordinates\": [[[120, 35], [121, 35], [121, 36], [120, 36], [120, 35]]]}");
        assertThat(reader.read(folder).features()).anySatisfy(f -> assertThat(f.id()).isEqualTo("drill"));
    }

    @Test
    void aSelfIntersectingAreaIsRejectedByJts() throws Exception {
        exerciseLayerWithGeometry("{\"type\": \"Polygon\", \"coordinates\": [[[120, 35], [121, 36], [121, 35], [120, 36], [120, 35]]]}");
        assertGeometryProblem("Self-intersection");
    }

    @Test
    void anUnclosedRingIsRejected() throws Exception {
        exerciseLayerWithGeometry("{\"type\": \"Polygon\", \"coordinates\": [[[120, 35], [121, 35], [121, 36], [120, 36]]]}");
        assertGeometryProblem("ring is not closed");
    }

    @Test
    void latitudeFirstCoordinatesAreCaughtWhenTheyLeaveTheWorld() throws Exception {
        exerciseLayerWithGeometry("{\"type\": \"Point\", \"coordinates\": [43.1, 131.9]}");
        assertGeometryProblem("outside the world");
    }

    @Test
    void anUnsupportedGeometryTypeIsNamed() throws Exception {
        exerciseLayerWithGeometry("{\"type\": \"Circle\", \"coordinates\": [131.9, 43.1]}");
        assertGeometryProblem("unsupported geometry type 'Circle'");
    }

    @Test
    void englishTextInAnArabicFieldIsCaught() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text.replaceFirst("\"title_ar\": \"[^\"]*\"", "\"title_ar\": \"Treaty\""));
        assertThat(problemsReading(folder).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("title_ar"));
    }

    @Test
    void anUnknownTitleLanguageNamesFileRowAndField() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json",
                text -> text.replaceFirst("\"title_lang\": \"en\"", "\"title_lang\": \"english\""));
        assertThat(problemsReading(folder).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("events/1945-1990.json");
            assertThat(problem.location()).startsWith("row ").contains("sources[");
            assertThat(problem.field()).isEqualTo("title_lang");
            assertThat(problem.message()).contains("'english' is not a BCP 47 language tag");
        });
    }

    @Test
    void aTradeSourceWithAnUnknownTitleLanguageIsCaught() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "trade.csv", text -> text.replace("h43s2f7k7n.html,,es,", "h43s2f7k7n.html,,xx,"));
        // The same page is cited for three years: each row is named.
        assertThat(problemsReading(folder).problems()).hasSize(3).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("trade.csv");
            assertThat(problem.field()).isEqualTo("source_title_lang");
            assertThat(problem.message()).contains("'xx'");
        });
    }

    @Test
    void anEventWithoutSourcesIsRejected() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text.replaceFirst("\"sources\": \\[", "\"sources\": [], \"x\": ["));
        assertThat(problemsReading(folder).problems())
                .anySatisfy(problem -> assertThat(problem.message()).contains("at least one source"));
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        DatasetFiles.copyOfShipped(folder);
        Files.delete(folder.resolve(FeatureReader.file(Layer.RAILWAYS)));
        assertThatThrownBy(() -> reader.read(folder))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("layers/railways.geojson: file not found")
                // every event linking to a railway feature now says which link is broken
                .hasMessageContaining("is no feature in layers/");
    }

    @Test
    void theFingerprintChangesWithAnyFile() {
        DatasetFiles.copyOfShipped(folder);
        String before = reader.fingerprint(folder);
        DatasetFiles.edit(folder, FeatureReader.file(Layer.PIPELINES), text -> text + "\n");
        assertThat(reader.fingerprint(folder)).isNotEqualTo(before);
    }

    @Test
    void linkedFeaturesAndEventsAgree() {
        Dataset dataset = reader.read(DatasetFiles.SHIPPED);
        AtlasEvent treaty = dataset.events().stream().filter(e -> e.id().equals("treaty-1950")).findFirst().orElseThrow();
        assertThat(treaty.date().iso()).isEqualTo("1950-02-14");
        MapFeature powerOfSiberia = dataset.features().stream()
                .filter(f -> f.id().equals("power-of-siberia")).findFirst().orElseThrow();
        assertThat(powerOfSiberia.layer()).isEqualTo(Layer.PIPELINES);
        assertThat(powerOfSiberia.statusIn(2020).id()).isEqualTo("operating");
    }

    @Test
    void anEventWithNoPlaceIsReadAsSuch() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text.replaceFirst(
                "(?s)(\"id\": \"treaty-1950\",.*?)\"features\": \\[[^\\]]*\\],\\s*", "$1\"no_place\": true, "));

        AtlasEvent treaty = reader.read(folder).events().stream()
                .filter(event -> event.id().equals("treaty-1950")).findFirst().orElseThrow();

        assertThat(treaty.noPlace()).isTrue();
        assertThat(treaty.featureIds()).isEmpty();
    }

    @Test
    void anEventCannotHaveNoPlaceAndFeatures() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text.replaceFirst(
                "\"id\": \"treaty-1950\",", "\"id\": \"treaty-1950\", \"no_place\": true,"));

        assertThat(problemsReading(folder).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("events/1945-1990.json");
            assertThat(problem.location()).contains("id 'treaty-1950'");
            assertThat(problem.field()).isEqualTo("no_place");
            assertThat(problem.message()).contains("moscow");
        });
    }

    @Test
    void aPlaceIsAPointInThePlacesLayer() {
        Dataset dataset = reader.read(DatasetFiles.SHIPPED);

        assertThat(dataset.features().stream().filter(feature -> feature.id().equals("moscow"))).singleElement()
                .satisfies(moscow -> {
                    assertThat(moscow.layer()).isEqualTo(Layer.PLACES);
                    assertThat(moscow.statusIn(1950).id()).isEqualTo("place");
                    assertThat(moscow.geometryJson()).contains("\"Point\"");
                });
        assertThat(dataset.events().stream().filter(event -> event.id().equals("treaty-1950"))).singleElement()
                .satisfies(treaty -> assertThat(treaty.featureIds()).contains("moscow"));
    }

    @Test
    void datesMustBeListedInTimeOrder() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text.replaceFirst(
                "\\{\\s*\"kind\": \"signed\",\\s*\"date\": \"1950-02-14\"\\s*}",
                "{\"kind\": \"signed\", \"date\": \"1950-02-14\"}, {\"kind\": \"started\", \"date\": \"1949-01\"}"));
        assertThat(problemsReading(folder).problems()).anySatisfy(problem -> {
            assertThat(problem.location()).contains("id 'treaty-1950'", "dates[1]");
            assertThat(problem.message()).contains("comes before the date listed above it");
        });
    }

    @Test
    void aTreatyCannotExpireBeforeItIsSigned() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text.replaceFirst(
                "\\{\\s*\"kind\": \"signed\",\\s*\"date\": \"1950-02-14\"\\s*}",
                "{\"kind\": \"expired\", \"date\": \"1950-02-14\"}, {\"kind\": \"signed\", \"date\": \"1950-02-15\"}"));
        assertThat(problemsReading(folder).problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("kind");
            assertThat(problem.message()).isEqualTo("'signed' cannot follow 'expired'");
        });
    }

    @Test
    void aSeedQuoteMustBeTheSeedsOwnWords() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json",
                text -> text.replace("بعد انتهاء المعاهدة في عام 1979", "بعد انتهاء المعاهدة في عام 1978"));
        assertThat(problemsReading(folder).problems()).anySatisfy(problem -> {
            assertThat(problem.location()).contains("id 'treaty-1950-notice-1979'");
            assertThat(problem.message()).isEqualTo("is not found word for word in seed 000");
        });
    }

    @Test
    void aFeatureMustLieInItsRegions() throws Exception {
        exerciseLayerWithGeometry("{\"type\": \"Point\", \"coordinates\": [37.6, 55.75]}");
        assertGeometryProblem("lies outside its regions [western-pacific]");
    }

    @Test
    void aTradeRowNamesItsLineAndField() throws Exception {
        DatasetFiles.copyOfShipped(folder);
        Path trade = folder.resolve("trade.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(trade));
        lines.add("1993,lots,china-customs,T,P,https://example.org/,,,,,");
        lines.add("1994,5.1,china-customs,T,P,ftp://example.org/,,,,,");
        Files.write(trade, lines);
        assertThat(problemsReading(folder).problems()).extracting(DatasetProblem::toString)
                .contains("trade.csv, line " + (lines.size() - 1) + ", field 'total_usd_bn': 'lots' is not an amount in billions like 240.1")
                .anySatisfy(text -> assertThat(text).startsWith("trade.csv, line " + lines.size() + ", field 'source_url'"));
    }

    @Test
    void onlyTheLastTradeYearMayBePartialAndForOneToElevenMonths() throws Exception {
        DatasetFiles.copyOfShipped(folder);
        Path trade = folder.resolve("trade.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(trade));
        int line2024 = lines.indexOf(lines.stream().filter(line -> line.startsWith("2024,")).findFirst().orElseThrow());
        int line2025 = lines.indexOf(lines.stream().filter(line -> line.startsWith("2025,")).findFirst().orElseThrow());
        lines.set(line2024, lines.get(line2024) + "6");
        lines.set(line2025, lines.get(line2025) + "12");
        Files.write(trade, lines);
        assertThat(problemsReading(folder).problems()).extracting(DatasetProblem::toString).containsExactlyInAnyOrder(
                "trade.csv, line " + (line2025 + 1) + ", field 'partial_months': '12' is not a number of months from 1 to 11"
                        + " (leave it empty for a whole year)",
                "trade.csv, year 2024, field 'partial_months': only the last year of the series (2026) may be partial");
    }

    @Test
    void quotedCsvFieldsMayHoldCommasAndQuotes() {
        assertThat(CsvRows.parse("a,b\n\"x, \"\"y\"\"\",z\n"))
                .containsExactly(List.of("a", "b"), List.of("x, \"y\"", "z"));
    }
}
