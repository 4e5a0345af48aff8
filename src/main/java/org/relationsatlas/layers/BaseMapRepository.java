package org.relationsatlas.layers;

import java.time.LocalDate;
import java.util.List;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.sources.Source;
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
        return jdbc.sql("select * from base_map_change order by change_date, id")
                .query((rs, row) -> new BaseMapChange(
                        rs.getString("id"),
                        LocalDate.parse(rs.getString("change_date")),
                        rs.getString("change"),
                        new Bilingual(rs.getString("state_en"), rs.getString("state_ar")),
                        rs.getString("emphasis"),
                        countries(rs.getString("id")),
                        new Bilingual(rs.getString("title_en"), rs.getString("title_ar")),
                        sources(rs.getString("id"))))
                .list();
    }

    private List<String> countries(String changeId) {
        return jdbc.sql("select country_id from base_map_country where change_id = ? order by position")
                .param(changeId).query(String.class).list();
    }

    private List<Source> sources(String changeId) {
        return jdbc.sql("select * from base_map_source where change_id = ? order by position")
                .param(changeId)
                .query((rs, row) -> new Source(rs.getString("title"), rs.getString("publisher"), rs.getString("url"),
                        rs.getString("published"), rs.getString("title_lang")))
                .list();
    }
}
