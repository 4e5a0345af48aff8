package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The map saved as a PNG, and the A4 handout printed to PDF by Chromium, in both languages. */
class ExportAndPrintBrowserTest extends BrowserTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void thePngIsTheMapWithTitleYearsLegendAndCredit(String lang) throws Exception {
        atlas.open("lang=" + lang + "&from=2014&to=2020");
        var mapBox = atlas.map().boundingBox();
        atlas.openPanel("actions");
        Download download = atlas.page().waitForDownload(() -> atlas.page().locator("vaadin-button.export-png").click());
        assertThat(download.suggestedFilename()).isEqualTo("china-russia-atlas-2014-2020.png");
        byte[] png = Files.readAllBytes(download.path());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/export-" + lang + ".png"), png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG image").isNotNull();
        assertThat(image.getWidth()).isEqualTo((int) Math.round(mapBox.width));
        assertThat(image.getHeight()).isGreaterThan((int) Math.round(mapBox.height) + 64);
        // The map, not a blank: many colours where the map is, and the title band holds dark text.
        assertThat(colours(image, 0, 64, image.getWidth(), (int) mapBox.height)).isGreaterThan(40);
        assertThat(darkPixels(image, 0, 0, image.getWidth(), 60)).isGreaterThan(200);
        // Power of Siberia is drawn in the pipelines' orange.
        assertThat(pixelsNear(image, 0xe8590c)).isGreaterThan(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theHandoutPrintsTheMapAndTheEventsWithTheirSources(String lang) throws Exception {
        atlas.open("lang=" + lang + "&from=1969&to=1969");
        atlas.page().emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(atlas.page().locator(".filters").isVisible()).isFalse();
        assertThat(atlas.page().locator(".view-actions").isVisible()).isFalse();
        assertThat(atlas.map().isVisible()).isTrue();
        // The printed map, narrower than the screen's, still shows the border zone from east to west.
        atlas.page().evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        assertThat(atlas.isInsideMap(atlas.featureOnPage("zhenbao-island"))).isTrue();
        assertThat(atlas.isInsideMap(atlas.featureOnPage("tielieketi-clash-site"))).isTrue();
        assertThat(atlas.card("zhenbao-clash-1969").isVisible()).isTrue();
        Object sourceAfter = atlas.page().evaluate("() => getComputedStyle(document.querySelector('.event-sources a'), '::after').content");
        assertThat(String.valueOf(sourceAfter)).contains("http");
        byte[] pdf = atlas.page().pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(50_000);
        Files.write(Path.of("target/screenshots/handout-" + lang + ".pdf"), pdf);
        atlas.page().setViewportSize(794, 1123);
        // As when the browser prints on A4: the map takes the page's width, then the print event comes.
        atlas.page().evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        atlas.page().screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/handout-" + lang + ".png")));
    }

    private static int colours(BufferedImage image, int x0, int y0, int width, int height) {
        Set<Integer> seen = new HashSet<>();
        for (int x = x0; x < x0 + width; x += 3) {
            for (int y = y0; y < Math.min(image.getHeight(), y0 + height); y += 3) {
                seen.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return seen.size();
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int width, int height) {
        int dark = 0;
        for (int x = x0; x < x0 + width; x++) {
            for (int y = y0; y < y0 + height; y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 200) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static int pixelsNear(BufferedImage image, int colour) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - ((colour >> 16) & 0xff)) < 24
                        && Math.abs(((rgb >> 8) & 0xff) - ((colour >> 8) & 0xff)) < 24
                        && Math.abs((rgb & 0xff) - (colour & 0xff)) < 24) {
                    count++;
                }
            }
        }
        return count;
    }
}
