package org.relationsatlas.layers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.relationsatlas.sources.Source;
import org.relationsatlas.sources.SourceRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads map features from H2. */
@Repository
public class FeatureRepository {

    private final JdbcClient jdbc;

    public FeatureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of the feature with this id, on any layer (one row, no geometry). */
    public Optional<MapFeature.Names> findNames(String id) {
        return jdbc.sql("select name_en, name_ar, name_ru, name_zh from map_feature where id = ?")
                .param(id)
                .query((rs, row) -> new MapFeature.Names(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional();
    }

    public List<MapFeature> findByLayer(Layer layer) {
        Map<String, List<FeaturePhase>> phases = new LinkedHashMap<>();
        jdbc.sql("select p.feature_id, p.from_year, p.status from feature_phase p "
                        + "join map_feature f on f.id = p.feature_id where f.layer = ? order by p.feature_id, p.from_year")
                .param(layer.id())
                .query(rs -> {
                    phases.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new FeaturePhase(
                            rs.getInt(2), FeatureStatus.byId(rs.getString(3)).orElseThrow()));
                });
        Map<String, List<Source>> sources = SourceRows.byOwner(jdbc.sql(
                "select s.feature_id, s.title, s.publisher, s.url, s.published, s.title_lang from source s "
                        + "join map_feature f on f.id = s.feature_id where f.layer = ? order by s.feature_id, s.position")
                .param(layer.id()));
        Map<String, List<String>> regions = new LinkedHashMap<>();
        jdbc.sql("select r.feature_id, r.region_id from feature_region r join map_feature f on f.id = r.feature_id "
                        + "where f.layer = ? order by r.feature_id, r.position")
                .param(layer.id())
                .query(rs -> {
                    regions.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select * from map_feature where layer = ? order by id")
                .param(layer.id())
                .query((rs, row) -> new MapFeature(
                        rs.getString("id"),
                        layer,
                        new MapFeature.Names(rs.getString("name_en"), rs.getString("name_ar"),
                                rs.getString("name_ru"), rs.getString("name_zh")),
                        phases.getOrDefault(rs.getString("id"), List.of()),
                        (Integer) rs.getObject("until_year"),
                        rs.getBoolean("approximate"),
                        rs.getString("geometry_note"),
                        rs.getString("geometry"),
                        regions.getOrDefault(rs.getString("id"), List.of()),
                        sources.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }
}
