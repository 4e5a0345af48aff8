package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Clip;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The base map holds only what the view can reach (frontend/base-map/countries.json, cut to
 * frontend/base-map-extent.ts's VIEW_EXTENT): zoomed out and panned as far as the map lets a user, no
 * edge of it is in sight; and on the frontier it draws what world-atlas's whole countries-50m draws.
 */
class BaseMapExtentBrowserTest extends BrowserTestBase {

    /** frontend/base-map-extent.ts VIEW_EXTENT: west, south, east, north in degrees. */
    private static final double WEST = -11, SOUTH = -10, EAST = 210, NORTH = 85.0511;
    /** Metres per CSS pixel at zoom 0 in Web Mercator. */
    private static final double RESOLUTION_AT_ZOOM_0 = 2 * Math.PI * 6378137 / 256;
    private static final double MIN_ZOOM = 2;
    /** The file the shipped one is made from (frontend/base-map/make-countries.mjs). */
    private static final Path SOURCE = Path.of("node_modules/world-atlas/countries-50m.json");

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"en, 1400, 900", "ar, 1400, 900", "en, 390, 844", "ar, 390, 844"})
    void zoomedOutAndPannedAsFarAsTheMapGoesNoEdgeOfTheBaseMapIsInSight(String lang, int width, int height) {
        atlas.page().setViewportSize(width, height);
        atlas.open("lang=" + lang);
        zoomOutAllTheWay();
        double[] seen = visibleLonLat();
        assertInsideTheExtent(seen, "zoomed out");
        // Zoomed out as far as it goes: the view spans the extent one way, or is at the smallest zoom.
        boolean spansTheExtent = seen[2] - seen[0] > (EAST - WEST) - 1 || seen[3] - seen[1] > (NORTH - SOUTH) - 2;
        assertThat(spansTheExtent || atlas.zoom() <= MIN_ZOOM + 0.01).as("zoomed out to the extent, at zoom " + atlas.zoom()).isTrue();
        Screens.save(atlas.page(), "extent-min-zoom-" + lang + "-" + width);
        String[] corners = {"north-west", "north-east", "south-east", "south-west"};
        int[][] drags = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
        for (int i = 0; i < corners.length; i++) {
            for (int times = 0; times < 3; times++) {
                drag(drags[i][0] * width, drags[i][1] * height);
            }
            assertInsideTheExtent(visibleLonLat(), "panned to the " + corners[i]);
            Screens.save(atlas.page(), "extent-" + corners[i] + "-" + lang + "-" + width);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bolshoy-ussuriysky-z9, 134.73, 48.36, 9",
        "zhenbao-z9, 133.84, 46.49, 9",
        "border-by-khabarovsk-z12, 134.64, 48.21, 12",
        "frontier-z4, 108.5, 48, 4",
        "orenburg-z7, 55, 51.5, 7"})
    void theBaseMapDrawsWhatTheWholeWorldAtlasFileDrawsAtTheZoomsTheAtlasShowsEachPlace(String place, double lon, double lat, double zoom)
            throws Exception {
        atlas.open("layers=borders");
        lookAt(lon, lat, zoom);
        BufferedImage shipped = mapImage("basemap-" + place + "-shipped");
        String whole = Files.readString(SOURCE);
        atlas.page().route("**/countries-*.json", route -> route.fulfill(new Route.FulfillOptions()
                .setStatus(200).setContentType("application/json").setBody(whole)));
        atlas.open("layers=borders");
        lookAt(lon, lat, zoom);
        BufferedImage source = mapImage("basemap-" + place + "-world-atlas");
        int differing = 0;
        for (int x = 0; x < shipped.getWidth(); x++) {
            for (int y = 0; y < shipped.getHeight(); y++) {
                if (shipped.getRGB(x, y) != source.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        double share = (double) differing / (shipped.getWidth() * shipped.getHeight());
        assertThat(share).as("share of the map's pixels that differ from world-atlas's whole file").isLessThan(0.01);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "ar"})
    void aCameraByTheBeringStraitIsShownThereNotAtTheWestEdge(String lang) {
        // A lesson's camera as the map saves it: longitudes within ±180°, so 175°W for the Alaska patrol.
        atlas.open("lang=" + lang);
        lookAt(-175, 64, 5);
        double[] centre = atlas.centre();
        assertThat(centre[0]).as("longitude looked at").isCloseTo(-175, offset(0.5));
        assertThat(centre[1]).as("latitude looked at").isCloseTo(64, offset(0.5));
        Screens.save(atlas.page(), "extent-bering-strait-z5-" + lang);
    }

    private void assertInsideTheExtent(double[] seen, String when) {
        double margin = 0.05;
        assertThat(seen[0]).as(when + ": west edge").isGreaterThanOrEqualTo(WEST - margin);
        assertThat(seen[1]).as(when + ": south edge").isGreaterThanOrEqualTo(SOUTH - margin);
        assertThat(seen[2]).as(when + ": east edge").isLessThanOrEqualTo(EAST + margin);
        assertThat(seen[3]).as(when + ": north edge").isLessThanOrEqualTo(NORTH + margin);
    }

    /** What the map shows, [west, south, east, north] in degrees, from its centre, zoom and size. */
    private double[] visibleLonLat() {
        double[] centre = atlas.centre();
        BoundingBox box = canvas();
        double resolution = RESOLUTION_AT_ZOOM_0 / Math.pow(2, atlas.zoom());
        double metresPerDegree = 2 * Math.PI * 6378137 / 360;
        double halfWidth = box.width / 2 * resolution / metresPerDegree;
        // toLonLat wraps the centre into ±180°; the extent's east lies past 180°.
        double lon = centre[0] < WEST ? centre[0] + 360 : centre[0];
        double y = mercatorY(centre[1]);
        double halfHeight = box.height / 2 * resolution;
        return new double[] {lon - halfWidth, latitude(y - halfHeight), lon + halfWidth, latitude(y + halfHeight)};
    }

    private static double mercatorY(double lat) {
        return 6378137 * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
    }

    private static double latitude(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / 6378137)) - Math.PI / 2);
    }

    private BoundingBox canvas() {
        return atlas.map().locator(".atlas-map-canvas").boundingBox();
    }

    /** Turns the mouse wheel over the map until the zoom stops changing. */
    private void zoomOutAllTheWay() {
        BoundingBox box = canvas();
        atlas.page().mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        double before = Double.MAX_VALUE;
        for (int turn = 0; turn < 12 && atlas.zoom() < before - 0.001; turn++) {
            before = atlas.zoom();
            atlas.page().mouse().wheel(0, 600);
            atlas.page().waitForTimeout(700);
        }
    }

    /** Drags the map by (dx, dy) CSS pixels, as a hand would, then waits for it to settle. */
    private void drag(double dx, double dy) {
        BoundingBox box = canvas();
        double x = box.x + box.width / 2;
        double y = box.y + box.height / 2;
        atlas.page().mouse().move(x, y);
        atlas.page().mouse().down();
        atlas.page().mouse().move(x + dx / 2, y + dy / 2, new Mouse.MoveOptions().setSteps(8));
        atlas.page().mouse().up();
        atlas.page().waitForTimeout(700);
    }

    /** Jumps the camera there and waits until the map has drawn that frame. */
    private void lookAt(double lon, double lat, double zoom) {
        atlas.map().evaluate("(map, c) => new Promise(done => {"
                + " map.flyTo({camera: {lon: c[0], lat: c[1], zoom: c[2]}, animate: false});"
                + " requestAnimationFrame(() => setTimeout(done, 600)); })", List.of(lon, lat, zoom));
    }

    private BufferedImage mapImage(String name) throws Exception {
        BoundingBox box = canvas();
        byte[] png = atlas.page().screenshot(new Page.ScreenshotOptions()
                .setClip(new Clip(box.x, box.y, box.width, box.height)));
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
