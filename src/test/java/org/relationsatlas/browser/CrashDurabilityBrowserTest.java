package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationsatlas.AtlasHttpClient;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.PackagedApp;

/**
 * A save that was acknowledged survives kill -9: the packaged app runs as its own process, an editor
 * saves, the process is killed the moment the answer arrives (200/201 from the API, "Saved." on the
 * editor page), started again on the same files, and the save is read back. Many times over, because a
 * lost write shows only when the kill lands before the database wrote it.
 */
class CrashDurabilityBrowserTest {

    /** Kills after an API save, and after an editor-page save; -Dcrash.api.tries / -Dcrash.editor.tries to change. */
    private static final int API_TRIES = Integer.getInteger("crash.api.tries", 8);
    private static final int EDITOR_TRIES = Integer.getInteger("crash.editor.tries", 4);

    @TempDir
    static Path folder;

    private static PackagedApp app;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startTheApp() throws Exception {
        app = new PackagedApp(folder).start();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright, Chromium.executableFromSystemProperty());
    }

    @AfterAll
    static void stopTheApp() throws Exception {
        app.kill();
        browser.close();
        playwright.close();
    }

    @Test
    void aLessonPostedThroughTheApiIsThereAfterKill9RightAfterTheAnswer() throws Exception {
        List<String> lost = new ArrayList<>();
        for (int attempt = 1; attempt <= API_TRIES; attempt++) {
            String id = "crash-api-" + attempt;
            String title = "Posted before the crash " + attempt;
            AtlasHttpClient editor = app.editorSession();
            HttpResponse<String> answer = editor.postJsonWithToken("/api/lessons", app.lessonFile(id, title));
            app.kill();
            assertThat(answer.statusCode()).as("the answer to the save").isIn(200, 201);

            app.start();
            HttpResponse<String> readBack = get("/api/lessons/" + id + ".json");
            if (readBack.statusCode() != 200 || !readBack.body().contains(title)) {
                lost.add(id + " (" + readBack.statusCode() + ")");
            }
        }
        assertThat(lost).as("API saves lost to kill -9, of " + API_TRIES).isEmpty();
    }

    @Test
    void aTitleSavedOnTheEditorPageIsThereAfterKill9AsSoonAsSavedIsAnswered() throws Exception {
        List<String> lost = new ArrayList<>();
        for (int attempt = 1; attempt <= EDITOR_TRIES; attempt++) {
            String title = "Title before the crash " + attempt;
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
                Page page = context.newPage();
                page.setDefaultTimeout(120_000);
                logIn(page);
                page.navigate(app.url("/lesson/alliance-1950/edit"));
                page.locator(".title-form .title-en input").fill(title);
                killWhenTheServerAnswersSaved(page);
                page.locator("vaadin-button.save-title").click();
                page.locator(".notice.saved").waitFor();
                assertThat(page.locator(".notice.saved").textContent()).isEqualTo("Saved.");
                assertThat(app.isRunning()).as("the app, once it answered 'Saved.'").isFalse();
            }

            app.start();
            String file = get("/api/lessons/alliance-1950.json").body();
            if (!file.contains("\"title_en\" : \"" + title + "\"")) {
                lost.add(title);
            }
        }
        assertThat(lost).as("editor-page saves lost to kill -9, of " + EDITOR_TRIES).isEmpty();
    }

    /**
     * Kills the app the moment its answer carrying "Saved." arrives, then hands that answer to the page,
     * which shows it: the kill comes before the editor could read "Saved.", the hardest moment to survive.
     */
    private static void killWhenTheServerAnswersSaved(Page page) {
        page.route(address -> address.contains("v-r=uidl"), route -> {
            if (!app.isRunning()) {
                route.abort();
                return;
            }
            APIResponse answer = route.fetch();
            if (answer.text().contains("Saved.")) {
                app.kill();
            }
            route.fulfill(new Route.FulfillOptions().setResponse(answer));
        });
    }

    private static void logIn(Page page) {
        page.navigate(app.url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill("editor");
        page.locator("vaadin-login-form input[name='password']").fill(AtlasTestDatabase.EDITOR_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']").first().click();
        page.waitForURL(address -> !address.contains("/login"));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
