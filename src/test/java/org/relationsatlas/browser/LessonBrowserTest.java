package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Presenting a shipped lesson as a teacher does: by keyboard and clicker keys, with notes, in both languages. */
class LessonBrowserTest extends BrowserTestBase {

    private JsonNode lessonFile(String id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/lessons/" + id + ".json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> value.contains(id + ".json"));
        return JsonMapper.builder().build().readTree(response.body());
    }

    /**
     * Waits until the map has flown to the step's camera, then says where it is: its zoom, and its centre
     * within 24 pixels (at a low zoom on a tall map the view stops at the base map's extent, a few pixels
     * from the saved centre, rather than show where there are no countries).
     */
    private double[] waitForCamera(double lon, double lat, double zoom) {
        atlas.page().waitForFunction("([lon, lat, zoom]) => { const v = document.querySelector('atlas-map').viewState();"
                + " const near = 24 / (256 * 2 ** zoom / 360);"
                + " return Math.abs(v.center[0] - lon) < near && Math.abs(v.center[1] - lat) < near"
                + " && Math.abs(v.zoom - zoom) < 0.05; }", List.of(lon, lat, zoom),
                new Page.WaitForFunctionOptions().setTimeout(10_000));
        return new double[] {lon, lat, zoom};
    }

    @Test
    void aFullWalkThroughTheBorderLessonByKeyboard() throws Exception {
        JsonNode lesson = lessonFile("border-1969-2008");
        JsonNode steps = lesson.get("steps");
        atlas.page().navigate("http://localhost:" + port + "/lesson/border-1969-2008");
        atlas.waitUntilReady();
        for (int n = 1; n <= steps.size(); n++) {
            JsonNode step = steps.get(n - 1);
            if (n > 1) {
                atlas.page().keyboard().press(n % 2 == 0 ? "PageDown" : "ArrowRight");
                atlas.page().waitForURL("**/lesson/border-1969-2008/step/" + n + "?lang=en");
                atlas.waitUntilReady();
            }
            assertThat(atlas.page().locator(".step-counter").textContent()).isEqualTo("Step " + n + " of " + steps.size());
            assertThat(atlas.page().locator(".lesson-caption").textContent()).isEqualTo(step.get("caption_en").asString());
            assertThat(atlas.page().locator(".lesson-event .event-card").getAttribute("data-event-id"))
                    .isEqualTo(step.get("event").asString());
            JsonNode camera = step.get("camera");
            waitForCamera(camera.get("lon").asDouble(), camera.get("lat").asDouble(), camera.get("zoom").asDouble());
            assertThat(atlas.yearsOnMap()).isEqualTo(step.get("from").asInt() + "–" + step.get("to").asInt());
            if (n == 1) {
                Screens.save(atlas.page(), "lesson-step-1-en");
            }
        }
        assertThat(atlas.page().locator("vaadin-button.next-step").isEnabled()).isFalse();
        atlas.page().keyboard().press("f");
        atlas.page().waitForFunction("() => document.fullscreenElement === document.documentElement");
        atlas.page().keyboard().press("f");
        atlas.page().waitForFunction("() => document.fullscreenElement === null");
        atlas.page().keyboard().press("Home");
        atlas.page().waitForURL("**/step/1?lang=en");
        atlas.page().keyboard().press("End");
        atlas.page().waitForURL("**/step/" + steps.size() + "?lang=en");
        atlas.page().keyboard().press("PageUp");
        atlas.page().waitForURL("**/step/" + (steps.size() - 1) + "?lang=en");
    }

    @Test
    void presenterNotesAreHiddenUntilAskedForAndTheNotesWindowFollowsThePresenter() {
        atlas.page().navigate("http://localhost:" + port + "/lesson/alliance-1950/step/2");
        atlas.waitUntilReady();
        assertThat(atlas.page().locator(".presenter-notes").isVisible()).isFalse();
        atlas.page().keyboard().press("n");
        atlas.page().locator(".presenter-notes").waitFor();
        assertThat(atlas.page().locator(".presenter-notes p").textContent()).isNotBlank();

        Page notesWindow = atlas.page().context().waitForPage(() ->
                atlas.page().locator("atlas-presenter button.notes-window").click());
        notesWindow.waitForSelector(".lesson-notes-view .step-counter");
        notesWindow.waitForFunction("() => document.querySelector('.step-counter').textContent === 'Step 2 of 7'");
        atlas.page().keyboard().press("PageDown");
        notesWindow.waitForFunction("() => document.querySelector('.step-counter').textContent === 'Step 3 of 7'");
        assertThat(notesWindow.locator(".notes-caption").textContent())
                .isEqualTo(atlas.page().locator(".lesson-caption").textContent());
        notesWindow.close();
    }

    @Test
    void theArabicLessonIsRightToLeftAndTheArrowsAreMirrored() {
        atlas.page().navigate("http://localhost:" + port + "/lesson/energy-rail-2009-2025?lang=ar");
        atlas.waitUntilReady();
        assertThat(atlas.page().locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(atlas.page().locator(".step-counter").textContent()).isEqualTo("الخطوة ١ من ١٠");
        assertThat(atlas.page().locator(".lesson-caption").textContent()).doesNotContainPattern("[0-9]");
        atlas.page().keyboard().press("ArrowLeft");
        atlas.page().waitForURL("**/step/2?lang=ar");
        atlas.waitUntilReady();
        Screens.save(atlas.page(), "lesson-step-2-ar");
        atlas.page().keyboard().press("ArrowRight");
        atlas.page().waitForURL("**/step/1?lang=ar");
    }

    @Test
    void anUnknownLessonOrStepSaysSo() {
        expectConsoleError("status of 404"); // the unknown lesson is the 404 page
        atlas.page().navigate("http://localhost:" + port + "/lesson/no-such-lesson");
        assertThat(atlas.page().locator("h1").textContent()).isEqualTo("No lesson 'no-such-lesson'.");
        atlas.page().navigate("http://localhost:" + port + "/lesson/alliance-1950/step/99");
        atlas.waitUntilReady();
        assertThat(atlas.notices()).anyMatch(text -> text.contains("has no step 99"));
        assertThat(atlas.page().locator(".step-counter").textContent()).isEqualTo("Step 1 of 7");
    }
}
