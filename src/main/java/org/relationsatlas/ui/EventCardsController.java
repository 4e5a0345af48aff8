package org.relationsatlas.ui;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

import org.relationsatlas.api.AcceptedTypes;
import org.relationsatlas.api.BadRequestException;
import org.relationsatlas.api.JsonAnswerCache;
import org.relationsatlas.events.EventService;
import org.relationsatlas.i18n.Lang;

/**
 * GET /api/event-cards?lang=en|ar: every event's card text in one language, in date order: what the
 * atlas's event list draws (frontend/atlas-event-list.ts). The page's server response then carries
 * only which events are shown, not their cards; this file is downloaded once per page, revalidated
 * with its ETag on every opening (a reloaded dataset shows at once), and kept serialised and gzipped until the dataset is reloaded.
 */
@RestController
public class EventCardsController {

    /** The key of the kept answer: one per language. */
    private record CardsOf(Lang lang) {
    }

    private final EventService events;
    private final JsonAnswerCache answers;
    private final AcceptedTypes acceptedTypes;

    public EventCardsController(EventService events, JsonAnswerCache answers, AcceptedTypes acceptedTypes) {
        this.events = events;
        this.answers = answers;
        this.acceptedTypes = acceptedTypes;
    }

    @GetMapping("/api/event-cards")
    public ResponseEntity<byte[]> cards(@RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
            NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        Lang language = lang == null ? Lang.EN : Lang.byCode(lang).orElseThrow(() -> new BadRequestException(
                "'lang' must be 'en' or 'ar', got '" + lang + "'"));
        acceptedTypes.require(request, MediaType.APPLICATION_JSON);
        return answers.answer(new CardsOf(language), () -> cards(language))
                .answer(acceptEncoding, JsonAnswerCache.REVALIDATED);
    }

    private List<EventCardText> cards(Lang lang) {
        return events.allEvents().stream().map(event -> EventCardText.of(event, lang)).toList();
    }
}
