package org.relationsatlas.regions;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.relationsatlas.i18n.Bilingual;

/** Reads the regions from H2, in dataset order. */
@Repository
public class RegionRepository {

    private final JdbcClient jdbc;

    public RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Region> findAll() {
        return jdbc.sql("select id, name_en, name_ar, geometry from region order by position")
                .query((rs, row) -> new Region(rs.getString(1), new Bilingual(rs.getString(2), rs.getString(3)), rs.getString(4)))
                .list();
    }
}
