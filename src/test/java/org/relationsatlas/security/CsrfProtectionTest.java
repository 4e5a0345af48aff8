package org.relationsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasHttpClient;
import org.relationsatlas.AtlasTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change needs Spring's CSRF token, the log-in included: a page on another site can neither log
 * a visitor in nor make a logged-in editor's browser change a lesson.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {AtlasTestDatabase.SHARED, AtlasTestDatabase.EDITORS})
class CsrfProtectionTest {

    private static final String EVIL_ORIGIN = "https://evil.example";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    // That the log-in page carries the token for its form is checked by LogInPageBrowserTest: the page
    // needs the built frontend, which exists only after the package phase.

    @Test
    void aLogInPostWithoutTheTokenIsRefusedAndLogsNoOneIn() throws Exception {
        AtlasHttpClient visitor = new AtlasHttpClient(port);
        HttpResponse<String> login = visitor.send(visitor.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", EVIL_ORIGIN)
                .POST(HttpRequest.BodyPublishers.ofString("username=editor&password=" + AtlasTestDatabase.EDITOR_PASSWORD)));
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.headers().firstValue("Location")).isEmpty();

        // The session it may have started is nobody's: a write with that session's token is "log in".
        HttpResponse<String> write = visitor.postJsonWithToken("/api/lessons", "{}");
        assertThat(write.statusCode()).isEqualTo(401);
    }

    @Test
    void aLogInPostWithAWrongTokenIsRefused() throws Exception {
        AtlasHttpClient visitor = new AtlasHttpClient(port);
        visitor.csrfToken();
        HttpResponse<String> login = visitor.postLogin("_csrf=forged&username=editor&password=" + AtlasTestDatabase.EDITOR_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(visitor.postJsonWithToken("/api/lessons", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void anEditorsWriteWithoutTheTokenIsAJson403SayingHowToGetIt() throws Exception {
        AtlasHttpClient editor = AtlasHttpClient.editor(port);
        String lesson = editor.send(editor.request("/api/lessons/alliance-1950.json")).body();

        HttpResponse<String> crossSite = editor.send(editor.request("/api/lessons").header("Content-Type", "application/json")
                .header("Origin", EVIL_ORIGIN).POST(HttpRequest.BodyPublishers.ofString(lesson)));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json.readTree(crossSite.body());
        assertThat(body.path("status").asInt()).isEqualTo(403);
        assertThat(body.path("error").asString()).contains("CSRF token", "GET /api/csrf", "X-CSRF-TOKEN");
    }

    @Test
    void theTokenFromBeforeLoggingInNoLongerCounts() throws Exception {
        AtlasHttpClient editor = new AtlasHttpClient(port);
        String before = editor.csrfToken();
        assertThat(editor.logIn("editor", AtlasTestDatabase.EDITOR_PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> write = editor.send(editor.request("/api/lessons").header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", before).POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(write.statusCode()).isEqualTo(403);
    }

    @Test
    void anEditorsWriteWithTheTokenIsDone() throws Exception {
        AtlasHttpClient editor = AtlasHttpClient.editor(port);
        String lesson = editor.send(editor.request("/api/lessons/alliance-1950.json")).body();

        // The same lesson again: replaced by itself, so the shared test database does not change.
        HttpResponse<String> write = editor.postJsonWithToken("/api/lessons", lesson);
        assertThat(write.statusCode()).as(write.body()).isEqualTo(200);
        assertThat(json.readTree(write.body()).path("replaced").asBoolean()).isTrue();
    }

    @Test
    void theTokenIsGivenWithItsHeaderAndFieldNames() throws Exception {
        JsonNode token = json.readTree(new AtlasHttpClient(port).send(new AtlasHttpClient(port).request("/api/csrf")).body());
        assertThat(token.path("header").asString()).isEqualTo("X-CSRF-TOKEN");
        assertThat(token.path("parameter").asString()).isEqualTo("_csrf");
        assertThat(token.path("token").asString()).hasSizeGreaterThan(20);
    }
}
