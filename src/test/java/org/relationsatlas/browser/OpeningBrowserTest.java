package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opening the atlas: each data file downloaded once, and the map created once, however Flow builds the
 * page; nothing else before the map is ready (no font on the English page, no other page's code); on a
 * second opening the build's files come from the browser's cache and the data files are revalidated.
 */
class OpeningBrowserTest extends BrowserTestBase {

    /** Notes, in the page's own clock (performance.now()), when a map first reports data-ready="true". */
    private static final String MAP_READY_CLOCK = """
            window.mapReadyAt = null;
            new MutationObserver(() => {
              if (window.mapReadyAt === null && document.querySelector('atlas-map[data-ready="true"]')) {
                window.mapReadyAt = performance.now();
              }
            }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
            """;

    /** The files the page downloaded: address, when it was asked for, bytes over the wire and of the body. */
    private static final String RESOURCES = "() => performance.getEntriesByType('resource').map(e =>"
            + " ({ url: e.name.replace(location.origin, ''), start: e.startTime, transfer: e.transferSize, body: e.encodedBodySize }))";

    /** What Chromium's Resource Timing counts for an answer revalidated with 304: its headers only. */
    private static final double REVALIDATED_TRANSFER = 300;

    private static final String ARABIC_FONT_LOADED = "() => [...document.fonts].some(font =>"
            + " font.family.includes('Noto Sans Arabic') && font.status === 'loaded')";

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> resources() {
        return (List<Map<String, Object>>) atlas.page().evaluate(RESOURCES);
    }

    private double mapReadyAt() {
        return ((Number) atlas.page().evaluate("() => window.mapReadyAt")).doubleValue();
    }

    private static double number(Map<String, Object> resource, String key) {
        return ((Number) resource.get(key)).doubleValue();
    }

    /** The fonts Chromium drew the element's own text with (DevTools' "Rendered fonts"). */
    private List<String> renderedFonts(String selector) {
        CDPSession devTools = atlas.page().context().newCDPSession(atlas.page());
        devTools.send("DOM.enable");
        devTools.send("CSS.enable");
        JsonObject root = devTools.send("DOM.getDocument").getAsJsonObject("root");
        JsonObject query = new JsonObject();
        query.addProperty("nodeId", root.get("nodeId").getAsInt());
        query.addProperty("selector", selector);
        JsonObject node = new JsonObject();
        node.addProperty("nodeId", devTools.send("DOM.querySelector", query).get("nodeId").getAsInt());
        JsonArray fonts = devTools.send("CSS.getPlatformFontsForNode", node).getAsJsonArray("fonts");
        List<String> families = new ArrayList<>();
        fonts.forEach(font -> families.add(font.getAsJsonObject().get("familyName").getAsString()));
        devTools.detach();
        return families;
    }

    @Test
    void theEnglishAtlasAsksForEachAddressOnceAndForNoFontOrOtherPagesCodeBeforeItsMapIsReady() {
        List<String> gets = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        atlas.page().onRequest(request -> {
            // Flow's round trips are POSTs to the page's address: messages, not files.
            if (request.method().equals("GET")) {
                gets.add(request.url().substring(request.url().indexOf('/', "http://".length())));
            }
        });
        atlas.page().onResponse(responses::add);
        atlas.page().addInitScript(MAP_READY_CLOCK);
        atlas.open("lang=en");
        // The few Arabic words (the language switch) get the shipped font after the map is ready.
        atlas.page().waitForFunction(ARABIC_FONT_LOADED, null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        atlas.page().evaluate("() => new Promise(drawn => requestAnimationFrame(() => requestAnimationFrame(drawn)))");

        Map<String, Long> times = gets.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(times).as("GET requests per address").allSatisfy((url, count) -> assertThat(count).as(url).isOne());

        double ready = mapReadyAt();
        List<Map<String, Object>> files = resources();
        assertThat(files).as("the font's files").filteredOn(file -> file.get("url").toString().endsWith(".woff2"))
                .isNotEmpty().allSatisfy(font -> assertThat(number(font, "start")).as(font.get("url").toString()).isGreaterThan(ready));
        assertThat(files).extracting(file -> file.get("url").toString()).as("no other page's code")
                .noneMatch(url -> url.contains("atlas-presenter"))
                .noneMatch(url -> url.matches("/VAADIN/build/chunk-[0-9a-f]{64}-.*"));
        assertThat(atlas.page().evaluate("() => customElements.get('atlas-presenter') === undefined")).isEqualTo(true);
        assertThat(renderedFonts(".language-switch")).as("the switch's Arabic word").contains("Noto Sans Arabic");

        Response script = responses.stream().filter(response -> response.url().matches(".*/VAADIN/build/atlas-map-[^/]+\\.js"))
                .findFirst().orElseThrow();
        assertThat(script.headerValue("cache-control")).as("a hashed build file").isEqualTo("max-age=31536000, immutable");
        Response page = responses.stream().filter(response -> response.url().endsWith("/?lang=en")).findFirst().orElseThrow();
        assertThat(String.valueOf(page.headerValue("cache-control"))).as("the page itself").doesNotContain("immutable");
        Screens.save(atlas.page(), "opening-en");
    }

    @Test
    void theArabicAtlasHasItsFontBeforeItsMapIsReadyAndDrawsItsTextInIt() {
        atlas.page().addInitScript(MAP_READY_CLOCK);
        atlas.open("lang=ar");
        double ready = mapReadyAt();
        assertThat(resources()).as("the font's two files, asked for before the map was ready")
                .filteredOn(file -> file.get("url").toString().endsWith(".woff2")).hasSize(2)
                .allSatisfy(font -> assertThat(number(font, "start")).isLessThan(ready));
        assertThat(atlas.page().evaluate("() => document.fonts.check('700 24px \"Noto Sans Arabic\"', 'أطلس')")).isEqualTo(true);
        assertThat(renderedFonts("h1")).as("the page's title").containsExactly("Noto Sans Arabic");
        Screens.save(atlas.page(), "opening-ar");
    }

    @Test
    void aSecondOpeningTakesTheBuildFromTheCacheAndRevalidatesTheData() {
        atlas.open("lang=en");
        atlas.page().waitForFunction(ARABIC_FONT_LOADED, null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        atlas.open("lang=en");
        List<Map<String, Object>> files = resources();
        assertThat(files).as("the build's files: not asked for again")
                .filteredOn(file -> file.get("url").toString().startsWith("/VAADIN/build/")).isNotEmpty()
                .allSatisfy(file -> assertThat(number(file, "transfer")).as(file.get("url").toString()).isZero());
        // A revalidated file counts 300 bytes of headers (Resource Timing) and no body; a file smaller than
        // that (a short layer) is told from a full answer by those 300 bytes exactly.
        assertThat(files).as("the data files: asked for again, answered 304")
                .filteredOn(file -> file.get("url").toString().startsWith("/api/")).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(file -> assertThat(number(file, "transfer")).as(file.get("url").toString())
                        .isPositive().satisfiesAnyOf(
                                transfer -> assertThat(transfer).isLessThan(number(file, "body")),
                                transfer -> assertThat(transfer).isEqualTo(REVALIDATED_TRANSFER)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void everyMapDataFileIsDownloadedOnceOnOpening(String lang) {
        List<String> downloads = new ArrayList<>();
        atlas.page().onRequest(request -> {
            String url = request.url();
            if (url.contains("/api/") || url.matches(".*/VAADIN/build/.*\\.json")) {
                downloads.add(url.substring(url.indexOf('/', "http://".length())));
            }
        });
        atlas.open("lang=" + lang);
        Map<String, Long> times = downloads.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(times.keySet()).as("the map's data").contains("/api/base-map.json", "/api/regions.geojson",
                "/api/layers/borders.geojson", "/api/layers/pipelines.geojson", "/api/layers/railways.geojson",
                "/api/layers/exercises.geojson", "/api/layers/places.geojson", "/api/event-cards?lang=" + lang);
        assertThat(times).as("downloads per address").allSatisfy((url, count) -> assertThat(count).as(url).isOne());
        // One OpenLayers map: one viewport in the element.
        assertThat(atlas.map().locator(".ol-viewport").count()).isOne();
    }

    @Test
    void aMovedMapCarriesOnAndARemovedOneIsCleanedUp() {
        atlas.open("from=1969&to=1969");
        Object kept = atlas.page().evaluate("async () => { const map = document.querySelector('atlas-map');"
                + " const viewport = map.querySelector('.ol-viewport'); const parent = map.parentElement;"
                + " const next = map.nextSibling; document.body.append(map); parent.insertBefore(map, next);"
                + " await new Promise(resolve => setTimeout(resolve, 100));"
                + " return map.querySelector('.ol-viewport') === viewport && map.featurePixel('zhenbao-island') !== null; }");
        assertThat(kept).as("the same OpenLayers map, still drawing, after a move").isEqualTo(true);
        Object cleaned = atlas.page().evaluate("async () => { const map = document.querySelector('atlas-map');"
                + " map.remove(); await new Promise(resolve => setTimeout(resolve, 100));"
                + " return map.childElementCount === 0 && map.featurePixel('zhenbao-island') === null; }");
        assertThat(cleaned).as("OpenLayers gone once the element is removed").isEqualTo(true);
    }

    @Test
    void theAtlasShowsItsTitleWhileTheViewIsOnItsWayAndTheViewThenTakesItsPlace() {
        String base = "http://localhost:" + port;
        String arabic = atlas.page().request().get(base + "/?lang=ar").text();
        assertThat(arabic).contains("id=\"page-shell\"").contains("أطلس العلاقات الصينية الروسية")
                .contains("جارٍ تحميل الأطلس…");
        assertThat(atlas.page().request().get(base + "/lessons").text()).as("other pages have their own header")
                .doesNotContain("page-shell");
        // Hold the view's first server answer: the title band and the loading line are what the page shows.
        List<com.microsoft.playwright.Route> held = new ArrayList<>();
        atlas.page().route("**/*v-r=uidl*", held::add);
        atlas.page().navigate(base + "/?lang=en");
        atlas.page().locator("#page-shell h1").waitFor();
        assertThat(atlas.page().locator("#page-shell h1").textContent()).isEqualTo("China–Russia Relations Atlas");
        assertThat(atlas.page().locator("#page-shell [role=status]").textContent()).isEqualTo("Loading the atlas…");
        Screens.save(atlas.page(), "opening-shell-en");
        com.microsoft.playwright.options.BoundingBox before = atlas.page().locator("#page-shell h1").boundingBox();
        atlas.page().unrouteAll();
        held.forEach(com.microsoft.playwright.Route::resume);
        atlas.waitUntilReady();
        assertThat(atlas.page().locator("#page-shell").count()).isZero();
        assertThat(atlas.page().locator("h1").count()).isOne();
        com.microsoft.playwright.options.BoundingBox after = atlas.page().locator("h1").boundingBox();
        assertThat(new double[] {after.x, after.y, after.width, after.height}).as("the title stays where it was painted")
                .containsExactly(new double[] {before.x, before.y, before.width, before.height},
                        org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void theMapIsDrawnBeforeTheViewArrivesAndTheViewTakesItOverAsDrawn() {
        String base = "http://localhost:" + port;
        for (String lang : List.of("en", "ar")) {
            // Hold the view's first server answer: the page's first response alone draws the map of its address.
            List<com.microsoft.playwright.Route> held = new ArrayList<>();
            atlas.page().route("**/*v-r=uidl*", held::add);
            atlas.page().navigate(base + "/?lang=" + lang + "&from=1969&to=1969&layers=borders");
            atlas.page().waitForSelector("#page-shell atlas-map[data-ready='true']");
            // Drawn before Flow has even asked for the view, or while its answer is held.
            atlas.page().waitForCondition(() -> !held.isEmpty());
            assertThat(atlas.page().locator("#page-shell [role=status]").isVisible()).isTrue();
            List<String> drawnFirst = ((List<?>) atlas.page().evaluate("() => document.querySelector('atlas-map').visibleFeatureIds()"))
                    .stream().map(String::valueOf).toList();
            assertThat(drawnFirst).as("the address's year and layer, before the view").contains("zhenbao-island")
                    .noneMatch(id -> id.startsWith("power-of-siberia"));
            assertThat(atlas.map().getAttribute("data-base-states")).isNotEmpty();
            Screens.save(atlas.page(), "opening-first-map-" + lang);
            com.microsoft.playwright.options.BoundingBox first = atlas.map().boundingBox();
            atlas.page().evaluate("() => { window.firstViewport = document.querySelector('atlas-map .ol-viewport'); }");
            atlas.page().unrouteAll();
            held.forEach(com.microsoft.playwright.Route::resume);
            atlas.waitUntilReady();

            assertThat(atlas.map().count()).as("one map: the view's").isOne();
            assertThat(atlas.page().evaluate("() => document.querySelector('atlas-map .ol-viewport') === window.firstViewport"
                    + " && document.querySelectorAll('.ol-viewport').length === 1"))
                    .as("the view's map is the first map, taken over as drawn").isEqualTo(true);
            com.microsoft.playwright.options.BoundingBox taken = atlas.map().boundingBox();
            assertThat(new double[] {taken.x, taken.y, taken.width}).as("the map stays where it was first drawn")
                    .containsExactly(new double[] {first.x, first.y, first.width}, org.assertj.core.api.Assertions.within(1.0));
            // The taken-over map answers as the view's: a click selects the island's events, keys move it.
            atlas.clickFeature("zhenbao-island");
            assertThat(atlas.selectedEventIds()).contains("zhenbao-clash-1969");
            Object before = atlas.page().evaluate("() => document.querySelector('atlas-map').viewState().center[0]");
            atlas.map().focus();
            atlas.page().keyboard().press("ArrowRight");
            atlas.page().waitForFunction("before => document.querySelector('atlas-map').viewState().center[0] !== before", before);
        }
    }
}
