package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasHttpClient;
import org.relationsatlas.lessons.LessonRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Script strings in a lesson's title and captions are accepted as text (they are valid lesson
 * text) and shown as text: on the lesson page they make no element, run nothing and open no dialog.
 */
class MarkupAsTextBrowserTest extends BrowserTestBase {

    private static final String ID = "markup-as-text";
    private static final String TITLE_EN = "<script>alert(1)</script> & <img src=x onerror=alert(2)>";
    private static final String CAPTION_EN = "</script><b onmouseover=alert(3)>bold</b> \"quoted\" 'single'";
    private static final String TITLE_AR = "<script>alert(5)</script> درس";

    @Autowired
    LessonRepository repository;

    @AfterEach
    void removeTheLesson() {
        repository.delete(ID);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void scriptStringsInALessonAreShownAsTextAndRunNothing() throws Exception {
        String lesson = "{\"format\": \"relations-atlas-lesson/1\", \"id\": \"" + ID + "\", \"title_en\": " + json(TITLE_EN)
                + ", \"title_ar\": " + json(TITLE_AR) + ", \"steps\": [{\"from\": 1969, \"to\": 1969, \"layers\": [\"borders\"],"
                + " \"region\": \"amur-ussuri\", \"camera\": null, \"event\": null, \"caption_en\": " + json(CAPTION_EN)
                + ", \"caption_ar\": " + json("<img src=x onerror=alert(4)> تعليق") + "}]}";
        HttpResponse<String> posted = AtlasHttpClient.editor(port).postJsonWithToken("/api/lessons", lesson);
        assertThat(posted.statusCode()).as(posted.body()).isIn(200, 201);
        HttpResponse<String> exported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/lessons/" + ID + ".json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(exported.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        Page page = atlas.page();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        for (String lang : List.of("en", "ar")) {
            page.navigate("http://localhost:" + port + "/lesson/" + ID + "?lang=" + lang);
            atlas.waitUntilReady();
            assertThat(page.locator("h1").textContent()).isEqualTo(lang.equals("en") ? TITLE_EN
                    : TITLE_AR.replace("5", "٥"));
            assertThat(page.locator(".lesson-caption").textContent()).isEqualTo(lang.equals("en") ? CAPTION_EN
                    : "<img src=x onerror=alert(٤)> تعليق");
            assertThat(page.locator("img[onerror], b[onmouseover], .lesson-caption *, h1 *").count()).isZero();
            assertThat(page.title()).startsWith(lang.equals("en") ? TITLE_EN : TITLE_AR);
            page.locator(".lesson-caption").hover();
            Screens.save(page, "markup-as-text-" + lang);
        }
        assertThat(dialogs).as("dialogs opened by the lesson's text").isEmpty();
    }
}
