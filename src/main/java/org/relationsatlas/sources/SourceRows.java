package org.relationsatlas.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the source table for events, features or base-map changes, grouped by owner id, in their dataset order. */
public final class SourceRows {

    private SourceRows() {
    }

    /**
     * @param statement a query selecting owner id, title, publisher, url, published, title_lang, ordered by owner and position
     */
    public static Map<String, List<Source>> byOwner(JdbcClient.StatementSpec statement) {
        Map<String, List<Source>> sources = new LinkedHashMap<>();
        statement.query(rs -> {
            sources.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new Source(
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        });
        return sources;
    }
}
