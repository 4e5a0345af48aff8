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

/** Reads events from H2. The dataset is small (hundreds of rows), so it is read whole and filtered in memory. */
@Repository
public class EventRepository {

    private final JdbcClient jdbc;

    public EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All events, sorted by date, then id. */
    public List<AtlasEvent> findAll() {
        Map<String, List<String>> features = new LinkedHashMap<>();
        jdbc.sql("select event_id, feature_id from event_feature order by event_id, position")
                .query(rs -> {
                    features.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, List<Source>> sources = SourceRows.byOwner(jdbc.sql(
                "select event_id, title, publisher, url, published from source "
                        + "where event_id is not null order by event_id, position"));
        return jdbc.sql("select * from atlas_event")
                .query((rs, row) -> event(rs,
                        features.getOrDefault(rs.getString("id"), List.of()),
                        sources.getOrDefault(rs.getString("id"), List.of())))
                .list()
                .stream()
                .sorted(Comparator.comparing(AtlasEvent::date).thenComparing(AtlasEvent::id))
                .toList();
    }

    public Optional<AtlasEvent> findById(String id) {
        return findAll().stream().filter(event -> event.id().equals(id)).findFirst();
    }

    private static AtlasEvent event(ResultSet rs, List<String> featureIds, List<Source> sources) throws SQLException {
        String seedClaim = rs.getString("seed_claim_ar");
        String noteEn = rs.getString("conflict_note_en");
        AtlasEvent.SeedConflict conflict = seedClaim == null && noteEn == null ? null
                : new AtlasEvent.SeedConflict(seedClaim,
                        new AtlasEvent.Text(noteEn, rs.getString("conflict_note_ar")));
        return new AtlasEvent(
                rs.getString("id"),
                EventDate.parse(rs.getString("event_date")),
                Category.byId(rs.getString("category")).orElseThrow(),
                new AtlasEvent.Text(rs.getString("title_en"), rs.getString("title_ar")),
                new AtlasEvent.Text(rs.getString("summary_en"), rs.getString("summary_ar")),
                featureIds,
                sources,
                conflict);
    }
}
