package org.relationsatlas.layers;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.sources.Source;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/base-map.json: the base map's dated changes, which the map (frontend/map-base.ts) reads to
 * draw each year's states, e.g. the USSR as one state up to 1991.
 */
@RestController
public class BaseMapController {

    /**
     * One change: until {@code date} (through the year {@code lastYearTogether}) the {@code countries}
     * were one {@code state}. Mirrors BaseMapChange in frontend/base-map-years.ts.
     */
    public record BaseMapChangeJson(String id, String date, int lastYearTogether, String change, Bilingual state,
            String emphasis, List<String> countries, Bilingual title, List<Source> sources) {

        static BaseMapChangeJson of(BaseMapChange change) {
            return new BaseMapChangeJson(change.id(), change.date().toString(), change.lastYearTogether(), change.change(),
                    change.state(), change.emphasis(), change.countries(), change.title(), change.sources());
        }
    }

    private final BaseMapService baseMap;

    public BaseMapController(BaseMapService baseMap) {
        this.baseMap = baseMap;
    }

    @GetMapping("/api/base-map.json")
    public ResponseEntity<List<BaseMapChangeJson>> changes() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES))
                .body(baseMap.changes().stream().map(BaseMapChangeJson::of).toList());
    }
}
