package org.relationsatlas.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relationsatlas.Gzip;
import org.relationsatlas.dataset.DatasetFiles;
import org.relationsatlas.dataset.DatasetLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The map's data files as a browser gets them on a repeat visit: each revalidated with its ETag (a 304
 * without a body while unchanged), gzipped once by the app, and new bytes once the dataset is reloaded.
 * This class has its own database and its own copy of data/, which one test changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:file:./target/test-db/map-data;DB_CLOSE_ON_EXIT=FALSE")
class MapDataCachingTest {

    private static final Path DATASET = Path.of("target/test-datasets/map-data");

    @DynamicPropertySource
    static void aCopyOfTheDataset(DynamicPropertyRegistry properties) {
        DatasetFiles.freshCopyOfShipped(DATASET);
        properties.add("atlas.dataset.dir", DATASET::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    DatasetLoader loader;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/layers/borders.geojson, application/geo+json",
        "/api/layers/pipelines.geojson?from=2016&to=2016, application/geo+json",
        "/api/regions.geojson, application/geo+json",
        "/api/base-map.json, application/json",
        "/api/trade, application/json"})
    void aRepeatVisitIsA304WithoutABody(String path, String type) throws Exception {
        HttpResponse<byte[]> first = get(path, "Accept-Encoding", "gzip, deflate, br");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(header(first, "Content-Type")).isEqualTo(type);
        assertThat(header(first, "Cache-Control")).as("kept, but asked for again on each opening").isEqualTo("no-cache");
        assertThat(header(first, "ETag")).matches("\"[0-9a-f]{32}-gzip\"");
        assertThat(first.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("accept-encoding"));

        HttpResponse<byte[]> again = get(path, "Accept-Encoding", "gzip, deflate, br", "If-None-Match", header(first, "ETag"));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/api/layers/railways.geojson", "/api/regions.geojson", "/api/base-map.json", "/api/trade"})
    void theGzipAnswerUnpacksToThePlainOneAndEachHasItsOwnEtag(String path) throws Exception {
        HttpResponse<byte[]> plain = get(path);
        HttpResponse<byte[]> gzip = get(path, "Accept-Encoding", "gzip");
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(new String(Gzip.unzip(gzip.body()), StandardCharsets.UTF_8)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(header(plain, "ETag")).isNotEqualTo(header(gzip, "ETag"));
        // The plain ETag names the plain bytes: a client without gzip revalidates them.
        assertThat(get(path, "If-None-Match", header(plain, "ETag")).statusCode()).isEqualTo(304);
        assertThat(get(path, "Accept-Encoding", "gzip", "If-None-Match", header(plain, "ETag")).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownLayerIsStillA404AndOtherYearsAnotherAnswer() throws Exception {
        assertThat(get("/api/layers/rivers.geojson").statusCode()).isEqualTo(404);
        String all = header(get("/api/layers/pipelines.geojson"), "ETag");
        HttpResponse<byte[]> before = get("/api/layers/pipelines.geojson?from=2005&to=2005", "If-None-Match", all);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(new String(before.body(), StandardCharsets.UTF_8)).doesNotContain("power-of-siberia");
        assertThat(get("/api/base-map.json", "Accept", "application/xml").statusCode()).isEqualTo(406);
    }

    @Test
    void aReloadedDatasetIsServedWithNewEtags() throws Exception {
        String layer = "/api/layers/pipelines.geojson";
        String layerEtag = header(get(layer, "Accept-Encoding", "gzip"), "ETag");
        String baseMapEtag = header(get("/api/base-map.json", "Accept-Encoding", "gzip"), "ETag");
        assertThat(get(layer, "Accept-Encoding", "gzip", "If-None-Match", layerEtag).statusCode()).isEqualTo(304);

        DatasetFiles.edit(DATASET, "layers/pipelines.geojson", text -> text.replaceFirst("\"name_en\": \"[^\"]*\"",
                "\"name_en\": \"A pipeline renamed while the atlas runs\""));
        DatasetFiles.edit(DATASET, "base-map.json", text -> text.replaceFirst("\"title_en\": \"[^\"]*\"",
                "\"title_en\": \"A change retitled while the atlas runs\""));
        assertThat(loader.loadIfChanged()).isTrue();

        HttpResponse<byte[]> layerAfter = get(layer, "Accept-Encoding", "gzip", "If-None-Match", layerEtag);
        assertThat(layerAfter.statusCode()).isEqualTo(200);
        assertThat(new String(Gzip.unzip(layerAfter.body()), StandardCharsets.UTF_8)).contains("A pipeline renamed while the atlas runs");
        HttpResponse<byte[]> baseMapAfter = get("/api/base-map.json", "Accept-Encoding", "gzip", "If-None-Match", baseMapEtag);
        assertThat(baseMapAfter.statusCode()).isEqualTo(200);
        assertThat(new String(Gzip.unzip(baseMapAfter.body()), StandardCharsets.UTF_8)).contains("A change retitled while the atlas runs");
    }
}
