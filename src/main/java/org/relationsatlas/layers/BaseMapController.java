package org.relationsatlas.layers;

import java.util.List;

import org.relationsatlas.api.AcceptedTypes;
import org.relationsatlas.api.JsonAnswerCache;
import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.sources.Source;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

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
    private final JsonAnswerCache answers;
    private final AcceptedTypes accepted;

    public BaseMapController(BaseMapService baseMap, JsonAnswerCache answers, AcceptedTypes accepted) {
        this.baseMap = baseMap;
        this.answers = answers;
        this.accepted = accepted;
    }

    /** Kept serialised and gzipped with an ETag until the dataset is reloaded, revalidated on each opening. */
    @GetMapping("/api/base-map.json")
    public ResponseEntity<byte[]> changes(
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
            NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        accepted.require(request, MediaType.APPLICATION_JSON);
        return answers.answer(BaseMapController.class, () -> baseMap.changes().stream().map(BaseMapChangeJson::of).toList())
                .answer(acceptEncoding, JsonAnswerCache.REVALIDATED);
    }
}
