package org.relationsatlas.dataset;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.EventMoment;
import org.relationsatlas.layers.BaseMapChange;
import org.relationsatlas.layers.FeaturePhase;
import org.relationsatlas.layers.MapFeature;
import org.relationsatlas.regions.Region;
import org.relationsatlas.sources.Source;
import org.relationsatlas.trade.TradeYear;
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
        for (String table : List.of("source", "base_map_country", "base_map_change", "event_feature", "event_region", "event_moment", "feature_region",
                "feature_phase", "atlas_event", "map_feature", "region", "trade_year", "dataset_state")) {
            jdbc.sql("delete from " + table).update();
        }
        for (int i = 0; i < dataset.regions().size(); i++) {
            Region region = dataset.regions().get(i);
            jdbc.sql("insert into region (id, position, name_en, name_ar, geometry) values (?, ?, ?, ?, ?)")
                    .params(region.id(), i, region.name().en(), region.name().ar(), region.geometryJson())
                    .update();
        }
        dataset.features().forEach(this::insertFeature);
        dataset.events().forEach(this::insertEvent);
        dataset.trade().forEach(this::insertTradeYear);
        dataset.baseMap().forEach(this::insertBaseMapChange);
        jdbc.sql("insert into dataset_state (id, fingerprint, loaded_at, events, features, regions, trade_years) "
                        + "values (1, ?, ?, ?, ?, ?, ?)")
                .params(dataset.fingerprint(), LocalDateTime.now(clock), dataset.events().size(),
                        dataset.features().size(), dataset.regions().size(), dataset.trade().size())
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
        insertLinks("feature_region", "feature_id", "region_id", feature.id(), feature.regionIds());
        insertSources("feature_id", feature.id(), feature.sources());
    }

    private void insertEvent(AtlasEvent event) {
        var seed = event.seedMention();
        var disagreement = event.disagreementIfAny();
        jdbc.sql("insert into atlas_event (id, event_date, event_year, category, title_en, title_ar, summary_en, "
                        + "summary_ar, seed_text, seed_quote_ar, disagreement_source, claim_en, claim_ar, "
                        + "sources_say_en, sources_say_ar, note_en, note_ar, no_place) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(event.id(), event.date().iso(), event.date().year(), event.category().id(),
                        event.title().en(), event.title().ar(), event.summary().en(), event.summary().ar(),
                        seed.map(AtlasEvent.SeedMention::text).orElse(null),
                        seed.map(AtlasEvent.SeedMention::quoteAr).orElse(null),
                        disagreement.map(AtlasEvent.Disagreement::source).orElse(null),
                        disagreement.map(d -> d.claim().en()).orElse(null),
                        disagreement.map(d -> d.claim().ar()).orElse(null),
                        disagreement.map(d -> d.sourcesSay().en()).orElse(null),
                        disagreement.map(d -> d.sourcesSay().ar()).orElse(null),
                        disagreement.map(d -> d.note().en()).orElse(null),
                        disagreement.map(d -> d.note().ar()).orElse(null),
                        event.noPlace())
                .update();
        for (int i = 0; i < event.moments().size(); i++) {
            EventMoment moment = event.moments().get(i);
            jdbc.sql("insert into event_moment (event_id, position, kind, moment_date, moment_year, approximate) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(event.id(), i, moment.kind().id(), moment.date().iso(), moment.date().year(),
                            moment.approximate())
                    .update();
        }
        insertLinks("event_feature", "event_id", "feature_id", event.id(), event.featureIds());
        insertLinks("event_region", "event_id", "region_id", event.id(), event.regionIds());
        insertSources("event_id", event.id(), event.sources());
    }

    private void insertTradeYear(TradeYear year) {
        jdbc.sql("insert into trade_year (trade_year, total_usd_bn, basis, source_title, source_publisher, source_url, "
                        + "source_date, source_title_lang, note_en, note_ar, partial_months) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(year.year(), year.totalUsdBn(), year.basis(), year.source().title(), year.source().publisher(),
                        year.source().url(), year.source().published(), year.source().titleLang(), year.noteEn(),
                        year.noteAr(), year.partialMonths())
                .update();
    }

    private void insertBaseMapChange(BaseMapChange change) {
        jdbc.sql("insert into base_map_change (id, change_date, change_year, change, state_en, state_ar, emphasis, "
                        + "title_en, title_ar) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(change.id(), change.date().toString(), change.lastYearTogether(), change.change(), change.state().en(),
                        change.state().ar(), change.emphasis(), change.title().en(), change.title().ar())
                .update();
        insertLinks("base_map_country", "change_id", "country_id", change.id(), change.countries());
        insertSources("base_map_change_id", change.id(), change.sources());
    }

    /** Rows linking an owner to ids, keeping their order; table and column names are constants of this class. */
    private void insertLinks(String table, String ownerColumn, String linkColumn, String ownerId, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("insert into " + table + " (" + ownerColumn + ", " + linkColumn + ", position) values (?, ?, ?)")
                    .params(ownerId, ids.get(i), i)
                    .update();
        }
    }

    private void insertSources(String ownerColumn, String ownerId, List<Source> sources) {
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            jdbc.sql("insert into source (" + ownerColumn + ", position, title, publisher, url, published, title_lang) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(ownerId, i, source.title(), source.publisher(), source.url(), source.published(),
                            source.titleLang())
                    .update();
        }
    }
}
