package org.relationsatlas.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.relationsatlas.sources.Source;
import org.relationsatlas.sources.SourceRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.relationsatlas.i18n.Bilingual;

/** Reads events from H2. The dataset is small (hundreds of rows), so it is read whole and filtered in memory. */
@Repository
public class EventRepository {

    private final JdbcClient jdbc;

    public EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All events, sorted by main date, then id. */
    public List<AtlasEvent> findAll() {
        Map<String, List<String>> features = idLists("select event_id, feature_id from event_feature order by event_id, position");
        Map<String, List<String>> regions = idLists("select event_id, region_id from event_region order by event_id, position");
        Map<String, List<EventMoment>> moments = new LinkedHashMap<>();
        jdbc.sql("select event_id, kind, moment_date, approximate from event_moment order by event_id, position")
                .query(rs -> {
                    moments.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new EventMoment(
                            DateKind.byId(rs.getString(2)).orElseThrow(), EventDate.parse(rs.getString(3)),
                            rs.getBoolean(4)));
                });
        Map<String, List<Source>> sources = SourceRows.byOwner(jdbc.sql(
                "select event_id, title, publisher, url, published, title_lang from source "
                        + "where event_id is not null order by event_id, position"));
        return jdbc.sql("select * from atlas_event")
                .query((rs, row) -> {
                    String id = rs.getString("id");
                    return event(rs, moments.getOrDefault(id, List.of()), regions.getOrDefault(id, List.of()),
                            features.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of()));
                })
                .list()
                .stream()
                .sorted(Comparator.comparing(AtlasEvent::date).thenComparing(AtlasEvent::id))
                .toList();
    }

    private Map<String, List<String>> idLists(String sql) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        jdbc.sql(sql).query(rs -> {
            lists.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
        });
        return lists;
    }

    private static AtlasEvent event(ResultSet rs, List<EventMoment> moments, List<String> regionIds,
            List<String> featureIds, List<Source> sources) throws SQLException {
        String seedText = rs.getString("seed_text");
        String disagreementSource = rs.getString("disagreement_source");
        return new AtlasEvent(
                rs.getString("id"),
                Category.byId(rs.getString("category")).orElseThrow(),
                moments,
                text(rs, "title"),
                text(rs, "summary"),
                regionIds,
                featureIds,
                sources,
                seedText == null ? null : new AtlasEvent.SeedMention(seedText, rs.getString("seed_quote_ar")),
                disagreementSource == null ? null : new AtlasEvent.Disagreement(disagreementSource,
                        text(rs, "claim"), text(rs, "sources_say"), text(rs, "note")),
                rs.getBoolean("no_place"));
    }

    private static Bilingual text(ResultSet rs, String column) throws SQLException {
        return new Bilingual(rs.getString(column + "_en"), rs.getString(column + "_ar"));
    }
}
