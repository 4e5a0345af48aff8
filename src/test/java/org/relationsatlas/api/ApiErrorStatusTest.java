package org.relationsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relationsatlas.AtlasHttpClient;
import org.relationsatlas.AtlasTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error reaches the API's caller as itself, with a short JSON message: never a redirect to the
 * log-in page, never an empty answer, never the app's HTML shell.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {AtlasTestDatabase.SHARED, AtlasTestDatabase.EDITORS})
class ApiErrorStatusTest {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> anonymous(HttpRequest.Builder request) throws Exception {
        return send(HttpClient.newHttpClient(), request);
    }

    private void assertJsonError(HttpResponse<String> response, int status, String messagePart) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asString()).containsIgnoringCase(messagePart);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/layers/borders.json | no such API address",
        "/api/regions.json | no such API address",
        "/api/trade/1 | no such API address",
        "/api/lessons/alliance-1950 | no such API address",
        "/api/nothing/here | no such API address"})
    void aMistypedApiAddressIsAJson404NotTheAppShell(String path, String message) throws Exception {
        assertJsonError(anonymous(request(path)), 404, message);
    }

    @Test
    void anUnknownRegionIsRefusedLikeAnUnknownLayer() throws Exception {
        assertJsonError(anonymous(request("/api/events?region=atlantis")), 400, "unknown region 'atlantis'");
        assertJsonError(anonymous(request("/api/events?layers=rivers")), 400, "unknown layer 'rivers'");
    }

    /** The status line of a request sent as raw bytes: Java's HttpClient refuses malformed escapes itself. */
    private String rawStatusLine(String pathAndQuery) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.lines().findFirst().orElse("") + "\n" + answer.substring(answer.indexOf("\r\n\r\n") + 4);
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void malformedEncodingsAreBadRequestsNotCrashes(CapturedOutput log) throws Exception {
        assertThat(rawStatusLine("/api/events?from=%zz")).startsWith("HTTP/1.1 400").contains("\"status\":400", "malformed");
        assertThat(rawStatusLine("/api/events?region=%c0%af")).startsWith("HTTP/1.1 400").contains("\"status\":400", "malformed");
        assertThat(rawStatusLine("/api/layers/borders.geojson?to=%c0%af")).startsWith("HTTP/1.1 400").contains("\"status\":400");
        assertThat(log.getAll()).doesNotContain("InvalidParameterException", " ERROR ");
    }

    @Test
    void anAnonymousWriteIsA401WithAMessage() throws Exception {
        HttpResponse<String> post = anonymous(request("/api/lessons").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertJsonError(post, 401, "log in");
    }

    @Test
    void anUnacceptableFormatIs406() throws Exception {
        HttpResponse<String> xml = anonymous(request("/api/events").header("Accept", "application/xml"));
        assertThat(xml.statusCode()).isEqualTo(406);
        assertThat(xml.headers().firstValue("Location")).isEmpty();
    }

    /** An editor's requests carry the CSRF token (without it, every one is a 403: CsrfProtectionTest). */
    @Test
    void anEditorsMistakesKeepTheirStatus() throws Exception {
        AtlasHttpClient editor = AtlasHttpClient.editor(port);
        String token = editor.csrfToken();
        assertJsonError(editor.send(editor.request("/api/lessons").header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(""))), 400, "");
        assertJsonError(editor.send(editor.request("/api/lessons/alliance-1950.json").header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token).PUT(HttpRequest.BodyPublishers.ofString("{}"))), 405, "");
        assertJsonError(editor.send(editor.request("/api/lessons").header("Content-Type", "text/plain")
                .header("X-CSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString("hello"))), 415, "");
        assertJsonError(anonymous(request("/api/events").DELETE()), 405, "");
    }

    /** A body that says it is multipart/form-data but is not: no boundary, or one that never comes. */
    private static HttpRequest.Builder brokenMultipart(HttpRequest.Builder request, String method, String boundary) {
        return request.header("Content-Type", "multipart/form-data" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nhello"));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aMalformedMultipartBodyIsAnsweredAsItselfWithoutAStackTrace(CapturedOutput log) throws Exception {
        AtlasHttpClient editor = AtlasHttpClient.editor(port);
        String token = editor.csrfToken();
        for (String boundary : new String[] {"", "; boundary=zzz"}) {
            assertJsonError(editor.send(brokenMultipart(editor.request("/api/lessons").header("X-CSRF-TOKEN", token), "POST",
                    boundary)), 415, "");
            assertJsonError(anonymous(brokenMultipart(request("/api/events"), "POST", boundary)), 405, "");
            assertJsonError(anonymous(brokenMultipart(request("/api/nothing"), "POST", boundary)), 405, "");
        }
        // Refusing an anonymous write reads the request's parameters (the log-in's saved request): a body
        // without a boundary is then found malformed first, one with a boundary is refused as anonymous.
        assertJsonError(anonymous(brokenMultipart(request("/api/lessons"), "POST", "")), 400, "");
        assertJsonError(anonymous(brokenMultipart(request("/api/lessons"), "POST", "; boundary=zzz")), 401, "log in");
        // A GET's parameters are read from a multipart body too, if it claims to be one.
        assertJsonError(anonymous(brokenMultipart(request("/api/events?from=1950"), "GET", "")), 400, "not valid multipart");
        assertThat(log.getAll()).doesNotContain("MultipartException", "FileUploadException", " ERROR ");
    }

    @Test
    void aLessonFileOverTheSizeLimitIs413WithAMessage() throws Exception {
        AtlasHttpClient editor = AtlasHttpClient.editor(port);
        String token = editor.csrfToken();
        byte[] tooLarge = new byte[1_000_001];
        java.util.Arrays.fill(tooLarge, (byte) ' ');
        assertJsonError(editor.send(editor.request("/api/lessons").header("X-CSRF-TOKEN", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge))), 413, "larger than 1000 KB");
        // Without a Content-Length (chunked), the body is read up to the limit and no further.
        assertJsonError(editor.send(editor.request("/api/lessons").header("X-CSRF-TOKEN", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooLarge)))),
                413, "larger than 1000 KB");
        // One byte less is read and judged as a lesson file: not a valid one, but not too large.
        HttpResponse<String> atTheLimit = editor.send(editor.request("/api/lessons").header("X-CSRF-TOKEN", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(java.util.Arrays.copyOf(tooLarge, 1_000_000))));
        assertThat(atTheLimit.statusCode()).isEqualTo(400);
        assertThat(atTheLimit.body()).doesNotContain("larger than");
        assertJsonError(anonymous(request("/api/lessons").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge))), 401, "log in");
    }

    @ParameterizedTest
    @CsvSource({"/", "/lessons?lang=ar", "/api/events?from=1950&to=1950", "/api/nothing"})
    void everyAnswerCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> answer = anonymous(request(path));
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(answer.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(answer.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()", "geolocation=()");
        assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
        assertThat(answer.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    }
}
