package org.relationsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.events.EventService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/event-cards: the texts the browser's event list draws its cards from, in each language.
 * (In this package with the other tests over a real port: a web context started between the
 * browserless view tests changes Spring Security's static holder under their mock users.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {AtlasTestDatabase.SHARED, AtlasTestDatabase.EDITORS})
class EventCardsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    EventService events;

    private final JsonMapper json = JsonMapper.builder().build();

    private record Answer(int status, HttpHeaders headers, String body) {
    }

    private Answer get(String path, String ifNoneMatch) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(headers -> {
                    if (ifNoneMatch != null) {
                        headers.setIfNoneMatch(ifNoneMatch);
                    }
                })
                .exchange((request, response) -> new Answer(response.getStatusCode().value(), response.getHeaders(),
                        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private JsonNode card(JsonNode cards, String id) {
        return cards.valueStream().filter(card -> card.path("id").asString().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCardSaysInEachLanguageWhenItsEventHasNoPlaceOnTheMap() {
        JsonNode english = json.readTree(get("/api/event-cards?lang=en", null).body());
        JsonNode arabic = json.readTree(get("/api/event-cards?lang=ar", null).body());

        assertThat(card(english, "trade-record-2024").path("noPlace").asString())
                .isEqualTo("This event has no single place on the map.");
        assertThat(card(arabic, "trade-record-2024").path("noPlace").asString())
                .isEqualTo("لا يُحدَّد لهذا الحدث مكان واحد على الخريطة.");
        assertThat(card(english, "treaty-1950").path("noPlace").isNull()).isTrue();
    }

    @Test
    void everyEventHasItsCardInDateOrder() {
        JsonNode cards = json.readTree(get("/api/event-cards?lang=en", null).body());
        List<String> ids = cards.valueStream().map(card -> card.path("id").asString()).toList();
        assertThat(ids).isEqualTo(events.allEvents().stream().map(event -> event.id()).toList());
    }

    @Test
    void theArabicCardsAreInArabicWithArabicIndicDigits() {
        JsonNode treaty = card(json.readTree(get("/api/event-cards?lang=ar", null).body()), "treaty-1950");
        assertThat(treaty.path("when").asString()).contains("فبراير ١٩٥٠");
        assertThat(treaty.path("title").asString()).matches("(?s).*[\\u0600-\\u06FF]{3,}.*");
        assertThat(treaty.path("sourcesLabel").asString()).isEqualTo("المصادر");
        assertThat(treaty.path("datetime").asString()).isEqualTo("1950-02-14");
        // The seed article's words, quoted as written.
        assertThat(treaty.path("seed").path("quoteAr").asString()).contains("14 فبراير عام 1950");
    }

    @Test
    void aDisagreementWithASeedGivesTheSeedsWordsAndTheirMeaningOnTheEnglishPage() {
        JsonNode cards = json.readTree(get("/api/event-cards?lang=en", null).body());
        JsonNode notice = card(cards, "treaty-1950-notice-1979").path("disagreement");
        assertThat(notice.path("mark").asString()).isEqualTo("⚠ Sources disagree");
        assertThat(notice.path("quoteAr").asString()).isEqualTo("بعد انتهاء المعاهدة في عام 1979");
        assertThat(notice.path("gloss").asString()).contains("treaty ended in 1979");
        assertThat(notice.path("sourcesSay").asString()).startsWith("The sources cited here say: Contemporary press");
        // Between sources, the other version is their own words, in the page's language.
        JsonNode portArthur = card(cards, "port-arthur-1955").path("disagreement");
        assertThat(portArthur.path("quoteAr").isNull()).isTrue();
        assertThat(portArthur.path("claim").asString()).contains("Port Arthur");
        assertThat(card(cards, "port-arthur-1955").path("seed").isNull()).isTrue();
    }

    @Test
    void aRepeatVisitRevalidatesWithTheETagAndGetsA304() {
        Answer first = get("/api/event-cards?lang=ar", null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.headers().getCacheControl()).contains("no-cache");
        String etag = first.headers().getETag();
        assertThat(etag).isNotBlank();
        Answer again = get("/api/event-cards?lang=ar", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/api/event-cards?lang=en", null).headers().getETag()).isNotEqualTo(etag);
    }

    @Test
    void anUnknownLanguageIsA400ThatSaysWhichOnesThereAre() {
        Answer answer = get("/api/event-cards?lang=fr", null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).path("error").asString()).contains("'en' or 'ar'").contains("'fr'");
    }

    @Test
    void aClientThatTakesNoJsonGetsA406() {
        int status = RestClient.create("http://localhost:" + port).get().uri("/api/event-cards?lang=en")
                .header(HttpHeaders.ACCEPT, "application/xml")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(406);
    }
}
