package org.relationsatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.relationsatlas.Gzip;
import org.relationsatlas.dataset.DatasetFiles;
import org.relationsatlas.dataset.DatasetLoader;
import org.relationsatlas.years.YearRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/events as a client sees it now that each list is kept serialised and gzipped: the same
 * bytes as before, an ETag that answers 304, and new bytes once the dataset is reloaded. This class
 * has its own database and its own copy of data/, which one test changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/test-db/answers;DB_CLOSE_ON_EXIT=FALSE")
class EventListCachingTest {

    private static final Path DATASET = Path.of("target/test-datasets/answers");
    private static final String WHOLE_PERIOD = "/api/events";
    private static final String A_FEW_YEARS = "/api/events?from=1949&to=1951&layers=borders,railways";

    @DynamicPropertySource
    static void aCopyOfTheDataset(DynamicPropertyRegistry properties) {
        DatasetFiles.freshCopyOfShipped(DATASET);
        properties.add("atlas.dataset.dir", DATASET::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    EventService events;
    @Autowired
    JsonMapper json;
    @Autowired
    DatasetLoader loader;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void theGzipAnswerUnpacksToThePlainOneWhichIsTheEventListAsJson() throws Exception {
        HttpResponse<byte[]> plain = send("GET", WHOLE_PERIOD);
        HttpResponse<byte[]> gzip = send("GET", WHOLE_PERIOD, "Accept-Encoding", "gzip");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gzip.body().length).isLessThan(plain.body().length / 2);
        // Compressed once, by us: Tomcat's compression (server.compression) does not compress it again.
        assertThat(Gzip.unzip(gzip.body())).isEqualTo(plain.body());
        byte[] expected = json.writeValueAsBytes(events.eventsFor(EventFilter.of(YearRange.ALL,
                EventController.visibleLayers(null))).stream().map(EventJson::of).toList());
        assertThat(plain.body()).isEqualTo(expected);
        assertThat(header(plain, "Content-Type")).isEqualTo("application/json");
        assertThat(header(plain, "Content-Length")).isEqualTo(String.valueOf(plain.body().length));
    }

    @Test
    void bothAnswersVaryByAcceptEncodingAndMayBeKeptFiveMinutes() throws Exception {
        for (HttpResponse<byte[]> answer : new HttpResponse[] {send("GET", A_FEW_YEARS),
                send("GET", A_FEW_YEARS, "Accept-Encoding", "gzip, deflate")}) {
            assertThat(answer.headers().allValues("Vary")).as("Vary").anySatisfy(vary -> assertThat(vary).containsIgnoringCase("accept-encoding"));
            assertThat(header(answer, "Cache-Control")).isEqualTo("max-age=300");
            assertThat(header(answer, "ETag")).startsWith("\"");
        }
    }

    @Test
    void theEtagOfEachEncodingAnswers304() throws Exception {
        HttpResponse<byte[]> plain = send("GET", A_FEW_YEARS);
        HttpResponse<byte[]> gzip = send("GET", A_FEW_YEARS, "Accept-Encoding", "gzip");
        assertThat(header(gzip, "ETag")).isNotEqualTo(header(plain, "ETag"));

        HttpResponse<byte[]> plainAgain = send("GET", A_FEW_YEARS, "If-None-Match", header(plain, "ETag"));
        assertThat(plainAgain.statusCode()).isEqualTo(304);
        assertThat(plainAgain.body()).isEmpty();
        assertThat(header(plainAgain, "ETag")).isEqualTo(header(plain, "ETag"));

        HttpResponse<byte[]> gzipAgain = send("GET", A_FEW_YEARS, "Accept-Encoding", "gzip",
                "If-None-Match", header(gzip, "ETag"));
        assertThat(gzipAgain.statusCode()).isEqualTo(304);
        assertThat(gzipAgain.body()).isEmpty();

        HttpResponse<byte[]> otherYears = send("GET", "/api/events?from=1969&to=1969", "If-None-Match", header(plain, "ETag"));
        assertThat(otherYears.statusCode()).isEqualTo(200);
        assertThat(header(otherYears, "ETag")).isNotEqualTo(header(plain, "ETag"));
    }

    @Test
    void theSameFilterWrittenAnotherWayIsTheSameAnswer() throws Exception {
        HttpResponse<byte[]> one = send("GET", "/api/events?from=1949&to=1951&layers=borders,railways");
        HttpResponse<byte[]> other = send("GET", "/api/events?layers=railways,%20borders,&to=1951&from=1949");
        assertThat(other.body()).isEqualTo(one.body());
        assertThat(header(other, "ETag")).isEqualTo(header(one, "ETag"));
    }

    @Test
    void headAnswersTheHeadersOfGetWithoutTheBody() throws Exception {
        HttpResponse<byte[]> get = send("GET", WHOLE_PERIOD, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> head = send("HEAD", WHOLE_PERIOD, "Accept-Encoding", "gzip");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
        assertThat(header(head, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(head, "Content-Type")).isEqualTo("application/json");
        assertThat(send("HEAD", WHOLE_PERIOD, "If-None-Match", header(send("GET", WHOLE_PERIOD), "ETag")).statusCode())
                .isEqualTo(304);
    }

    @Test
    void aReloadedDatasetIsServedWithANewEtag() throws Exception {
        HttpResponse<byte[]> before = send("GET", WHOLE_PERIOD, "Accept-Encoding", "gzip");
        String etag = header(before, "ETag");
        assertThat(send("GET", WHOLE_PERIOD, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);

        DatasetFiles.edit(DATASET, "events/1945-1990.json", text -> text.replaceFirst("\"title_en\": \"[^\"]*\"",
                "\"title_en\": \"A title changed while the atlas runs\""));
        assertThat(loader.loadIfChanged()).isTrue();

        HttpResponse<byte[]> after = send("GET", WHOLE_PERIOD, "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(header(after, "ETag")).isNotEqualTo(etag);
        assertThat(new String(Gzip.unzip(after.body()), StandardCharsets.UTF_8)).contains("A title changed while the atlas runs");
        assertThat(new String(Gzip.unzip(before.body()), StandardCharsets.UTF_8)).doesNotContain("A title changed while the atlas runs");
        assertThat(new String(send("GET", WHOLE_PERIOD).body(), StandardCharsets.UTF_8))
                .contains("A title changed while the atlas runs");
    }
}
