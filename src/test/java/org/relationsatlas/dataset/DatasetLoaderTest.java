package org.relationsatlas.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationsatlas.api.ServedDataChanged;
import org.relationsatlas.layers.Layer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The loader on a real H2 file database with the Flyway schema: all or nothing. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/test-db/loader;DB_CLOSE_ON_EXIT=FALSE")
class DatasetLoaderTest {

    @Autowired
    DatasetReader reader;
    @Autowired
    DatasetStore store;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void startFromTheShippedDataset() {
        store.replaceWith(reader.read(DatasetFiles.SHIPPED));
    }

    private DatasetLoader loaderFor(Path dataset) {
        return new DatasetLoader(reader, store, dataset, event -> { });
    }

    /** Everything stored, table by table, to compare before and after a failed load. */
    private Map<String, List<Map<String, Object>>> snapshot() {
        return Map.of(
                "atlas_event", jdbc.sql("select * from atlas_event order by id").query().listOfRows(),
                "map_feature", jdbc.sql("select id, name_en, geometry from map_feature order by id").query().listOfRows(),
                "source", jdbc.sql("select * from source order by event_id, feature_id, base_map_change_id, position").query().listOfRows(),
                "event_feature", jdbc.sql("select * from event_feature order by event_id, feature_id").query().listOfRows(),
                "dataset_state", jdbc.sql("select fingerprint, events, features from dataset_state").query().listOfRows(),
                "base_map_change", jdbc.sql("select * from base_map_change order by id").query().listOfRows(),
                "base_map_country", jdbc.sql("select * from base_map_country order by change_id, position")
                        .query().listOfRows());
    }

    @Test
    void theShippedDatasetIsInTheDatabase() {
        assertThat(jdbc.sql("select count(*) from atlas_event").query(Integer.class).single())
                .isEqualTo(reader.read(DatasetFiles.SHIPPED).events().size());
        assertThat(jdbc.sql("select title_en from atlas_event where id = 'treaty-1950'").query(String.class).single())
                .containsIgnoringCase("treaty");
        assertThat(store.loadedFingerprint()).hasValue(reader.fingerprint(DatasetFiles.SHIPPED));
    }

    @Test
    void anUnchangedDatasetIsNotLoadedAgain() {
        assertThat(loaderFor(DatasetFiles.SHIPPED).loadIfChanged()).isFalse();
    }

    @Test
    void aChangedDatasetReplacesTheOldOne() {
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text.replaceFirst("\"title_en\": \"[^\"]*\"",
                "\"title_en\": \"A changed title\""));
        assertThat(loaderFor(folder).loadIfChanged()).isTrue();
        assertThat(jdbc.sql("select count(*) from atlas_event where title_en = 'A changed title'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(store.loadedFingerprint()).hasValue(reader.fingerprint(folder));
    }

    @Test
    void onlyALoadThatChangedTheDatabaseSaysTheServedDataChanged() {
        List<Object> published = new java.util.ArrayList<>();
        assertThat(new DatasetLoader(reader, store, DatasetFiles.SHIPPED, published::add).loadIfChanged()).isFalse();
        assertThat(published).isEmpty();
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text.replaceFirst("\"title_en\": \"[^\"]*\"",
                "\"title_en\": \"A changed title\""));
        assertThat(new DatasetLoader(reader, store, folder, published::add).loadIfChanged()).isTrue();
        assertThat(published).singleElement().isInstanceOf(ServedDataChanged.class);
    }

    @Test
    void aBrokenDatasetLeavesTheDatabaseExactlyAsItWas() {
        var before = snapshot();
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, "events/1945-1990.json", text -> text.replace("\"1950-02-14\"", "\"1950-02-30\""));
        assertThatThrownBy(() -> loaderFor(folder).loadIfChanged())
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("events/1945-1990.json")
                .hasMessageContaining("id 'treaty-1950'")
                .hasMessageContaining("field 'date'")
                .hasMessageContaining("the database is unchanged");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theBaseMapChangesAreInTheDatabaseWithTheirCountriesAndSources() {
        assertThat(jdbc.sql("select change_year from base_map_change where id = 'ussr-dissolved-1991'")
                .query(Integer.class).single()).isEqualTo(1991);
        assertThat(jdbc.sql("select count(*) from base_map_country where change_id = 'ussr-dissolved-1991'")
                .query(Integer.class).single()).isEqualTo(15);
        assertThat(jdbc.sql("select count(*) from source where base_map_change_id = 'ussr-dissolved-1991'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void aMalformedBaseMapRowLeavesTheDatabaseExactlyAsItWas() {
        var before = snapshot();
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, BaseMapReader.FILE, text -> text.replace("\"643\"", "\"Russia\""));
        assertThatThrownBy(() -> loaderFor(folder).loadIfChanged())
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("base-map.json")
                .hasMessageContaining("id 'ussr-dissolved-1991'")
                .hasMessageContaining("field 'countries[0]'")
                .hasMessageContaining("the database is unchanged");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aBrokenGeometryLeavesTheDatabaseExactlyAsItWas() {
        var before = snapshot();
        DatasetFiles.copyOfShipped(folder);
        DatasetFiles.edit(folder, FeatureReader.file(Layer.BORDERS),
                text -> text.replaceFirst("\"coordinates\": \\[", "\"coordinates\": [[\"x\"], "));
        assertThatThrownBy(() -> loaderFor(folder).loadIfChanged())
                .hasMessageContaining("layers/borders.geojson")
                .hasMessageContaining("field 'geometry'");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFailureWhileWritingRollsBackEverything() {
        var before = snapshot();
        Dataset valid = reader.read(DatasetFiles.SHIPPED);
        // Passes validation but breaks a database constraint half-way through the writes.
        var events = new java.util.ArrayList<>(valid.events());
        events.add(events.getFirst());
        Dataset duplicate = new Dataset(valid.regions(), valid.features(), events, valid.trade(),
                valid.baseMap(), "broken");
        assertThatThrownBy(() -> store.replaceWith(duplicate)).isInstanceOf(RuntimeException.class);
        assertThat(snapshot()).isEqualTo(before);
    }
}
