package org.relationsatlas.dataset;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.layers.FeaturePhase;
import org.relationsatlas.layers.MapFeature;
import org.relationsatlas.sources.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Replaces the stored dataset with a validated one, all in one transaction. */
@Repository
public class DatasetStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public DatasetStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The fingerprint of the dataset in the database, if one was loaded. */
    public Optional<String> loadedFingerprint() {
        return jdbc.sql("select fingerprint from dataset_state where id = 1").query(String.class).optional();
    }

    /** Deletes the old dataset and writes the new one; any failure rolls everything back. */
    @Transactional
    public void replaceWith(Dataset dataset) {
        for (String table : List.of("source", "event_feature", "feature_phase", "atlas_event", "map_feature",
                "dataset_state")) {
            jdbc.sql("delete from " + table).update();
        }
        dataset.features().forEach(this::insertFeature);
        dataset.events().forEach(this::insertEvent);
        jdbc.sql("insert into dataset_state (id, fingerprint, loaded_at, events, features) values (1, ?, ?, ?, ?)")
                .params(dataset.fingerprint(), LocalDateTime.now(clock), dataset.events().size(),
                        dataset.features().size())
                .update();
    }

    private void insertFeature(MapFeature feature) {
        jdbc.sql("insert into map_feature (id, layer, name_en, name_ar, name_ru, name_zh, until_year, approximate, "
                        + "geometry_note, geometry) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(feature.id(), feature.layer().id(), feature.names().en(), feature.names().ar(),
                        feature.names().ru(), feature.names().zh(), feature.until(), feature.approximate(),
                        feature.geometryNote(), feature.geometryJson())
                .update();
        for (FeaturePhase phase : feature.phases()) {
            jdbc.sql("insert into feature_phase (feature_id, from_year, status) values (?, ?, ?)")
                    .params(feature.id(), phase.from(), phase.status().id())
                    .update();
        }
        insertSources("feature_id", feature.id(), feature.sources());
    }

    private void insertEvent(AtlasEvent event) {
        var conflict = event.seedConflict();
        jdbc.sql("insert into atlas_event (id, event_date, event_year, category, title_en, title_ar, summary_en, "
                        + "summary_ar, seed_claim_ar, conflict_note_en, conflict_note_ar) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(event.id(), event.date().iso(), event.date().year(), event.category().id(),
                        event.title().en(), event.title().ar(), event.summary().en(), event.summary().ar(),
                        conflict.map(AtlasEvent.SeedConflict::seedClaimAr).orElse(null),
                        conflict.map(c -> c.note().en()).orElse(null),
                        conflict.map(c -> c.note().ar()).orElse(null))
                .update();
        for (int i = 0; i < event.featureIds().size(); i++) {
            jdbc.sql("insert into event_feature (event_id, feature_id, position) values (?, ?, ?)")
                    .params(event.id(), event.featureIds().get(i), i)
                    .update();
        }
        insertSources("event_id", event.id(), event.sources());
    }

    private void insertSources(String ownerColumn, String ownerId, List<Source> sources) {
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            jdbc.sql("insert into source (" + ownerColumn + ", position, title, publisher, url, published) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(ownerId, i, source.title(), source.publisher(), source.url(), source.published())
                    .update();
        }
    }
}
