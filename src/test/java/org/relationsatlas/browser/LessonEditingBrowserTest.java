package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;

import tools.jackson.databind.json.JsonMapper;

/** Who may edit lessons, and an editor building one from the atlas, editing it, and importing a bad file. */
class LessonEditingBrowserTest extends BrowserTestBase {

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousUsersReachNoEditingViewOrEndpoint() throws Exception {
        String before = http(HttpRequest.newBuilder(URI.create(url("/api/lessons")))).body();
        atlas.page().navigate(url("/lesson/alliance-1950/edit"));
        atlas.page().waitForURL("**/login");
        atlas.page().locator("vaadin-login-form input[name='username']").waitFor();

        atlas.page().navigate(url("/lessons"));
        atlas.page().locator(".lesson-item").first().waitFor();
        assertThat(atlas.page().locator(".edit-link, .delete-lesson, .lesson-import, .new-lesson").count()).isZero();
        assertThat(atlas.page().locator(".present-link").count()).isGreaterThanOrEqualTo(3);

        String lesson = http(HttpRequest.newBuilder(URI.create(url("/api/lessons/alliance-1950.json")))).body();
        HttpResponse<String> post = http(HttpRequest.newBuilder(URI.create(url("/api/lessons")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(lesson.replace("1950: the alliance", "Hacked"))));
        assertThat(post.statusCode()).isIn(401, 403);
        assertThat(http(HttpRequest.newBuilder(URI.create(url("/api/lessons")))).body()).isEqualTo(before);
    }

    private void logIn() {
        atlas.page().navigate(url("/login"));
        atlas.page().locator("vaadin-login-form input[name='username']").fill("editor");
        atlas.page().locator("vaadin-login-form input[name='password']").fill(AtlasTestDatabase.EDITOR_PASSWORD);
        atlas.page().locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']").first().click();
        atlas.page().waitForURL(address -> !address.contains("/login"));
    }

    /**
     * What the API answers this browser (its cookies, and the CSRF token its session is given) for a
     * lesson file that is not one: 400 for an editor, 401 for anyone else.
     */
    private int postBadLessonFromThePage() {
        var request = atlas.page().context().request();
        String token = JsonMapper.builder().build().readTree(request.get(url("/api/csrf")).text()).path("token").asString();
        return request.post(url("/api/lessons"), com.microsoft.playwright.options.RequestOptions.create()
                .setHeader("Content-Type", "application/json").setHeader("X-CSRF-TOKEN", token).setData("{}")).status();
    }

    @Test
    void theSessionCookieIsNotSentCrossSite() throws Exception {
        // Read from the header itself: Chromium reports an unmarked cookie as Lax too.
        HttpResponse<String> page = http(HttpRequest.newBuilder(URI.create(url("/login"))));
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax", "HttpOnly"));
    }

    @Test
    void loggingOutEndsTheEditorsSession() {
        logIn();
        atlas.page().navigate(url("/lessons"));
        atlas.page().locator(".lesson-item").first().waitFor();
        assertThat(atlas.page().locator(".delete-lesson").count()).isGreaterThanOrEqualTo(3);
        assertThat(postBadLessonFromThePage()).as("an editor's bad file is refused as a bad file").isEqualTo(400);

        atlas.page().locator("vaadin-button.account-link").click();
        atlas.page().waitForURL(address -> !address.contains("/lessons"));
        atlas.page().navigate(url("/lessons"));
        atlas.page().locator(".lesson-item").first().waitFor();
        assertThat(atlas.page().locator(".edit-link, .delete-lesson, .lesson-import, .new-lesson").count()).isZero();
        assertThat(atlas.page().locator("a.account-link").textContent()).isEqualTo("Editor log in");
        assertThat(postBadLessonFromThePage()).as("after logging out, the API sees no editor").isEqualTo(401);
        atlas.page().navigate(url("/lesson/alliance-1950/edit"));
        atlas.page().waitForURL("**/login");
    }

    @Test
    void anEditorBuildsALessonFromTheAtlasEditsItAndABadImportChangesNothing() throws Exception {
        // A new id each run: the test database lives on between builds without a clean.
        String id = "editing-test-" + Long.toString(System.currentTimeMillis(), 36);
        logIn();
        atlas.page().navigate(url("/lessons"));
        atlas.page().locator(".new-lesson-id input").fill(id);
        atlas.page().locator(".new-lesson-title-en input").fill("Editing test");
        atlas.page().locator(".new-lesson-title-ar input").fill("اختبار التحرير");
        atlas.page().locator("vaadin-button.create-lesson").click();
        atlas.page().waitForURL("**/lesson/" + id + "/edit**");

        atlas.page().locator(".add-step-link").click();
        atlas.page().waitForURL("**lesson=" + id + "**");
        atlas.waitUntilReady();
        atlas.setYears(1969, 1969);
        atlas.clickCard("zhenbao-clash-1969");
        atlas.page().locator("vaadin-button.add-current-view").click();
        atlas.page().locator("vaadin-dialog-overlay .caption-en textarea, .add-step-dialog .caption-en textarea").first()
                .fill("The Zhenbao clash.");
        atlas.page().locator(".caption-ar textarea").first().fill("اشتباك جزيرة جينباو.");
        atlas.page().locator("vaadin-button.save-step").first().click();
        atlas.page().locator(".step-added").waitFor();
        assertThat(atlas.page().locator(".step-added").textContent()).contains("Step 1 added");

        atlas.page().navigate(url("/lesson/" + id + "/edit"));
        atlas.page().locator(".step-item").first().waitFor();
        assertThat(atlas.page().locator(".step-item .step-view").first().textContent()).contains("1969–1969", "zhenbao-clash-1969");
        atlas.page().locator(".step-item .caption-en textarea").fill("Zhenbao, March 1969.");
        atlas.page().locator(".step-item vaadin-button.save-step").click();
        atlas.page().locator(".notice.saved").waitFor();
        atlas.page().locator(".step-item .caption-ar textarea").fill("no Arabic");
        atlas.page().locator(".step-item vaadin-button.save-step").click();
        atlas.page().locator(".edit-problems").waitFor();
        assertThat(atlas.page().locator(".edit-problems").textContent()).contains("caption_ar", "Arabic script");

        atlas.page().navigate(url("/lesson/" + id));
        atlas.waitUntilReady();
        assertThat(atlas.page().locator(".lesson-caption").textContent()).isEqualTo("Zhenbao, March 1969.");
        assertThat(atlas.page().locator(".lesson-event .event-card").getAttribute("data-event-id")).isEqualTo("zhenbao-clash-1969");

        String exported = http(HttpRequest.newBuilder(URI.create(url("/api/lessons/" + id + ".json")))).body();
        atlas.page().navigate(url("/lessons"));
        atlas.page().locator(".lesson-import").waitFor();
        atlas.page().locator(".lesson-import input[type='file']").setInputFiles(new FilePayload(id + ".json",
                "application/json", exported.replace("\"to\" : 1969", "\"to\" : 1931").getBytes(StandardCharsets.UTF_8)));
        atlas.page().locator(".import-problems").waitFor();
        assertThat(atlas.page().locator(".import-problems").textContent())
                .contains("Nothing was changed", id + ".json, step 1, field 'to'");
        assertThat(http(HttpRequest.newBuilder(URI.create(url("/api/lessons/" + id + ".json")))).body()).isEqualTo(exported);

        atlas.page().locator(".lesson-item[data-lesson-id='" + id + "'] vaadin-button.delete-lesson").click();
        atlas.page().waitForCondition(() -> atlas.page().locator(".lesson-item[data-lesson-id='" + id + "']").count() == 0);
    }
}
