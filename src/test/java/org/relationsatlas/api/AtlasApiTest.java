package org.relationsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP API as a client sees it, over a real port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {AtlasTestDatabase.SHARED, AtlasTestDatabase.EDITORS})
class AtlasApiTest {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer get(String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .exchange((request, response) -> new Answer(
                        response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        json.readTree(response.getBody())));
    }

    @Test
    void aLayerIsAGeoJsonFeatureCollectionOfTheFeaturesInTheRange() {
        Answer answer = get("/api/layers/pipelines.geojson?from=2016&to=2016");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/geo+json");
        assertThat(answer.body().path("type").asString()).isEqualTo("FeatureCollection");
        JsonNode powerOfSiberia = feature(answer.body(), "power-of-siberia");
        assertThat(powerOfSiberia.path("properties").path("status").asString()).isEqualTo("under-construction");
        assertThat(powerOfSiberia.path("geometry").path("type").asString()).isEqualTo("LineString");
        assertThat(feature(get("/api/layers/pipelines.geojson?from=2020&to=2020").body(), "power-of-siberia")
                .path("properties").path("status").asString()).isEqualTo("operating");
        assertThat(get("/api/layers/pipelines.geojson?from=2005&to=2005").body().path("features")).isEmpty();
    }

    private static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode feature : collection.path("features")) {
            if (feature.path("id").asString().equals(id)) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + id + " in " + collection);
    }

    @Test
    void anUnknownLayerIs404WithAJsonError() {
        Answer answer = get("/api/layers/rivers.geojson");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("error").asString()).contains("unknown layer 'rivers'");
    }

    @Test
    void aMalformedYearIs400WithAMessage() {
        Answer answer = get("/api/layers/borders.geojson?from=19x9");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("error").asString()).contains("'from' must be a four-digit year");
        assertThat(get("/api/events?from=1990&to=1980").body().path("error").asString()).contains("after 'to'");
        assertThat(get("/api/events?to=2031").status()).isEqualTo(400);
        assertThat(get("/api/events?layers=rivers").status()).isEqualTo(400);
    }

    @Test
    void eventsAreFilteredByYearsAndLayers() {
        JsonNode events = get("/api/events?from=1949&to=1951&layers=borders,railways").body();
        assertThat(events.valueStream().map(e -> e.path("id").asString())).contains("treaty-1950")
                .doesNotContain("power-of-siberia-first-gas-2019");
        JsonNode treaty = events.valueStream().filter(e -> e.path("id").asString().equals("treaty-1950"))
                .findFirst().orElseThrow();
        JsonNode signed = treaty.path("dates").get(0);
        assertThat(signed.path("kind").asString()).isEqualTo("signed");
        assertThat(signed.path("date").asString()).isEqualTo("1950-02-14");
        assertThat(signed.path("precision").asString()).isEqualTo("day");
        assertThat(treaty.path("sources").get(0).path("url").asString()).startsWith("http");
        assertThat(treaty.path("title").path("ar").asString()).matches(".*[\\u0600-\\u06FF].*");
    }

    @Test
    void everyEventSourceSaysItsTitlesLanguage() {
        JsonNode crimea = get("/api/events?from=2014&to=2014").body().valueStream()
                .filter(e -> e.path("id").asString().equals("crimea-annexation-2014")).findFirst().orElseThrow();
        assertThat(crimea.path("sources").valueStream().map(source -> source.path("title_lang").asString()))
                .containsExactly("ar", "en", "en", "en");
    }

    @Test
    void onlyEventsWhereSourcesDisagreeCanBeAskedFor() {
        JsonNode events = get("/api/events?disagreements=only").body();
        assertThat(events.size()).isGreaterThanOrEqualTo(8);
        assertThat(events.valueStream()).allSatisfy(event -> assertThat(event.path("disagreement").isObject()).isTrue());
        // between public sources as well as with a seed text
        assertThat(events.valueStream().map(event -> event.path("id").asString()))
                .contains("prc-recognition-1949", "islands-handover-2008", "treaty-1950-notice-1979");
        assertThat(get("/api/events?disagreements=some").status()).isEqualTo(400);
    }

    @Test
    void regionsAreAGeoJsonFeatureCollectionAndFilterEvents() {
        Answer regions = get("/api/regions.geojson");
        assertThat(regions.contentType()).startsWith("application/geo+json");
        assertThat(regions.body().path("features").valueStream().map(f -> f.path("id").asString()))
                .contains("amur-ussuri", "arctic", "capitals");
        JsonNode arctic = get("/api/events?region=arctic").body();
        assertThat(arctic.size()).isGreaterThan(0);
        assertThat(arctic.valueStream()).allSatisfy(event -> assertThat(event.path("regions").toString()).contains("arctic"));
    }

    @Test
    void tradeIsAYearlySeriesWithSources() {
        JsonNode trade = get("/api/trade").body();
        assertThat(trade.size()).isGreaterThanOrEqualTo(33);
        assertThat(trade.get(0).path("year").asInt()).isEqualTo(1992);
        assertThat(trade.valueStream()).allSatisfy(year -> {
            assertThat(year.path("totalUsdBn").asDouble()).isPositive();
            assertThat(year.path("source").path("url").asString()).startsWith("http");
        });
    }

    @Test
    void theBaseMapSaysTheFifteenSovietRepublicsWereOneStateThrough1991() {
        JsonNode changes = get("/api/base-map.json").body();
        assertThat(changes.size()).isEqualTo(1);
        JsonNode ussr = changes.get(0);
        assertThat(ussr.path("date").asString()).isEqualTo("1991-12-26");
        assertThat(ussr.path("lastYearTogether").asInt()).isEqualTo(1991);
        assertThat(ussr.path("state").path("en").asString()).isEqualTo("USSR");
        assertThat(ussr.path("state").path("ar").asString()).isEqualTo("الاتحاد السوفيتي");
        assertThat(ussr.path("emphasis").asString()).isEqualTo("russia");
        assertThat(ussr.path("countries").size()).isEqualTo(15);
        assertThat(ussr.path("sources").get(0).path("url").asString()).startsWith("https://");
    }

    @Test
    void healthIsUp() {
        Answer answer = get("/actuator/health");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theH2ConsoleIsNotServed() {
        String page = RestClient.create("http://localhost:" + port).get().uri("/h2-console/")
                .exchange((request, response) -> new String(response.getBody().readAllBytes()));
        assertThat(page).doesNotContainIgnoringCase("H2 Console").doesNotContain("login.jsp");
    }
}
