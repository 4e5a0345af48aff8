package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;

import org.junit.jupiter.api.Test;

/** Two years side by side: one camera for both maps, and what changed between them. */
class CompareBrowserTest extends BrowserTestBase {

    private void waitForBothMaps() {
        atlas.page().waitForFunction("() => document.querySelectorAll('atlas-map[data-ready=\"true\"]').length === 2");
    }

    @SuppressWarnings("unchecked")
    private List<Object> view(Locator map) {
        return List.of(map.evaluate("m => m.viewState().zoom"), map.evaluate("m => m.viewState().center[0]"),
                map.evaluate("m => m.viewState().center[1]"));
    }

    @Test
    void comparing1969And2008ShowsBothYearsWithOneCameraAndWhatChanged() {
        atlas.page().navigate("http://localhost:" + port + "/?compare=1969,2008");
        waitForBothMaps();
        Locator maps = atlas.page().locator("atlas-map");
        assertThat(maps.nth(0).getAttribute("data-year")).isEqualTo("1969");
        assertThat(maps.nth(1).getAttribute("data-year")).isEqualTo("2008");
        assertThat(maps.nth(0).locator("li[data-feature-id='zhenbao-island']").getAttribute("data-status")).isEqualTo("disputed");
        assertThat(maps.nth(1).locator("li[data-feature-id='zhenbao-island']").getAttribute("data-status")).isEqualTo("demarcated");

        // Dragging the first map moves the second the same way.
        BoundingBox box = maps.nth(0).boundingBox();
        atlas.page().mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        atlas.page().mouse().down();
        atlas.page().mouse().move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 30,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        atlas.page().mouse().up();
        atlas.page().waitForTimeout(300);
        assertThat(view(maps.nth(1))).isEqualTo(view(maps.nth(0)));

        assertThat(atlas.page().locator(".changes-changed li[data-feature-id='bolshoy-ussuriysky-island']").textContent())
                .contains("disputed", "handed over");
        assertThat(atlas.page().locator(".changes-appeared li[data-feature-id='border-eastern-1991']").count()).isOne();
        assertThat(atlas.page().locator(".compare-events li").all().stream().map(item -> item.getAttribute("data-event-id")))
                .contains("eastern-border-agreement-1991", "islands-handover-2008")
                .doesNotContain("zhenbao-clash-1969", "power-of-siberia-first-gas-2019");
        Screens.save(atlas.page(), "compare-en");
    }

    @Test
    void choosingAnotherYearUpdatesTheAddressAndABadCompareSaysSo() {
        atlas.page().navigate("http://localhost:" + port + "/?compare=1969,2008&lang=ar");
        waitForBothMaps();
        assertThat(atlas.page().locator(".compare-controls h2").textContent()).isEqualTo("مقارنة بين ١٩٦٩ و٢٠٠٨");
        Screens.save(atlas.page(), "compare-ar");
        atlas.page().navigate("http://localhost:" + port + "/?compare=1969,3000");
        atlas.waitUntilReady();
        assertThat(atlas.notices()).anyMatch(text -> text.contains("compare=1969,3000"));
        assertThat(atlas.page().locator(".year-comparison").count()).isZero();
    }
}
