package org.relationsatlas.layers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.sources.Source;
import org.relationsatlas.sources.SourceRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the base map's dated changes from H2, oldest first. */
@Repository
public class BaseMapRepository {

    private final JdbcClient jdbc;

    public BaseMapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BaseMapChange> findAll() {
        Map<String, List<Source>> sources = SourceRows.byOwner(jdbc.sql(
                "select base_map_change_id, title, publisher, url, published, title_lang from source "
                        + "where base_map_change_id is not null order by base_map_change_id, position"));
        return jdbc.sql("select * from base_map_change order by change_date, id")
                .query((rs, row) -> new BaseMapChange(
                        rs.getString("id"),
                        LocalDate.parse(rs.getString("change_date")),
                        rs.getString("change"),
                        new Bilingual(rs.getString("state_en"), rs.getString("state_ar")),
                        rs.getString("emphasis"),
                        countries(rs.getString("id")),
                        new Bilingual(rs.getString("title_en"), rs.getString("title_ar")),
                        sources.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    private List<String> countries(String changeId) {
        return jdbc.sql("select country_id from base_map_country where change_id = ? order by position")
                .param(changeId).query(String.class).list();
    }
}
