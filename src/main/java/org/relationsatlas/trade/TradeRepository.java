package org.relationsatlas.trade;

import java.util.List;

import org.relationsatlas.sources.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the yearly trade series from H2. */
@Repository
public class TradeRepository {

    private final JdbcClient jdbc;

    public TradeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TradeYear> findAll() {
        return jdbc.sql("select * from trade_year order by trade_year")
                .query((rs, row) -> new TradeYear(
                        rs.getInt("trade_year"),
                        rs.getBigDecimal("total_usd_bn"),
                        rs.getString("basis"),
                        new Source(rs.getString("source_title"), rs.getString("source_publisher"),
                                rs.getString("source_url"), rs.getString("source_date"),
                                rs.getString("source_title_lang")),
                        rs.getString("note_en"),
                        rs.getString("note_ar"),
                        rs.getObject("partial_months", Integer.class)))
                .list();
    }
}
