package org.relationsatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.JacksonCodec;
import com.vaadin.flow.internal.JacksonUtils;

import org.junit.jupiter.api.Test;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;

import tools.jackson.databind.JsonNode;

/**
 * The map's contract as a tested shape, like Vaadin's own MapSerializationTest: what Java sends
 * {@code <atlas-map>} is encoded exactly as callJsFunction encodes it, and its keys are compared with
 * the types the browser declares in frontend/atlas-map-contract.ts.
 */
@ViewPackages(classes = MapContractTest.EmptyView.class)
class MapContractTest extends BrowserlessTest {

    /** A page to hold the map under test; only this test's, never the app's. */
    @Route(value = "", registerAtStartup = false)
    public static class EmptyView extends Div {
    }

    private static final Path CONTRACT = Path.of("frontend/atlas-map-contract.ts");

    /** What callJsFunction sends for an argument. */
    private static JsonNode sent(Object argument) {
        return JacksonCodec.encodeWithTypeInfo(argument);
    }

    private static List<String> keys(JsonNode node) {
        return JacksonUtils.getKeys(node);
    }

    @Test
    void theStateIsYearsLayersSelectionLanguageAndRegion() {
        JsonNode state = sent(new MapState(1949, 1951, List.of("borders"), List.of("treaty-1950"), "ar", "arctic"));

        assertThat(keys(state)).containsExactly("from", "to", "layers", "selected", "lang", "region");
        assertThat(state.get("from").asInt()).isEqualTo(1949);
        assertThat(state.get("layers").get(0).asString()).isEqualTo("borders");
        assertThat(keys(sent(new MapState(1945, 2025, List.of(), List.of(), "en", null)))).contains("region");
    }

    @Test
    void eachCommandCarriesOnlyWhatItMovesTo() {
        assertThat(keys(sent(new MapCommand.FitToFeatures(List.of("power-of-siberia"))))).containsExactly("featureIds");
        assertThat(keys(sent(new MapCommand.FitToRegion("arctic")))).containsExactly("regionId");
        JsonNode fly = sent(new MapCommand.FlyTo(new MapCamera(131.9, 43.1, 6.5), true));
        assertThat(keys(fly)).containsExactly("camera", "animate");
        assertThat(keys(fly.get("camera"))).containsExactly("lon", "lat", "zoom");
        assertThat(fly.get("camera").get("zoom").asDouble()).isEqualTo(6.5);
    }

    @Test
    void theLabelsAreTheAriaLabelStatusNamesAndZoomButtons() {
        JsonNode labels = sent(new MapTexts("Map, 1950", Map.of("disputed", "disputed"), "Zoom in", "Zoom out"));

        assertThat(keys(labels)).containsExactly("ariaLabel", "statusLabels", "zoomIn", "zoomOut");
        assertThat(labels.get("statusLabels").get("disputed").asString()).isEqualTo("disputed");
    }

    @Test
    void theExportTextsAreTitleYearsCreditFileNameLanguageAndLegend() {
        JsonNode texts = sent(new ExportTexts("Atlas", "1950", "Natural Earth", "atlas-1950.png", "en",
                List.of(new ExportTexts.LegendItem("borders", "Borders"))));

        assertThat(keys(texts)).containsExactly("title", "years", "credit", "fileName", "lang", "legend");
        assertThat(keys(texts.get("legend").get(0))).containsExactly("layer", "label");
    }

    @Test
    void theBrowserDeclaresTheSameKeys() throws IOException {
        String contract = Files.readString(CONTRACT);

        assertThat(members(contract, "MapState")).containsExactly("from", "to", "layers", "selected", "lang", "region");
        assertThat(members(contract, "MapLabels")).containsExactly("ariaLabel", "statusLabels", "zoomIn", "zoomOut");
        assertThat(members(contract, "FitToFeatures")).containsExactly("featureIds");
        assertThat(members(contract, "FitToRegion")).containsExactly("regionId");
        assertThat(members(contract, "FlyTo")).containsExactly("camera", "animate");
        assertThat(members(contract, "MapCamera")).containsExactly("lon", "lat", "zoom");
        assertThat(members(contract, "MapCommands")).containsExactlyInAnyOrder(
                new MapCommand.FitToFeatures(List.of()).function(), new MapCommand.FitToRegion("r").function(),
                new MapCommand.FlyTo(new MapCamera(0, 0, 2), false).function());
        assertThat(members(contract, "ExportTexts")).containsExactly("title", "years", "credit", "fileName", "lang", "legend");
        assertThat(members(contract, "LegendItem")).containsExactly("layer", "label");
        assertThat(members(contract, "MapElement")).contains("setLabels", "applyState", "viewState", "exportPng");
    }

    @Test
    void anAttachedMapGetsItsLabelsThenItsState() {
        UI.getCurrent().add(new AtlasMap());

        assertThat(callsInNextResponse()).containsExactly("setLabels", "applyState");
    }

    @Test
    void oneRoundTripSendsTheStateThenTheCommandsInTheOrderGiven() {
        AtlasMap map = attachedMap();
        map.setRange(new YearRange(1969, 2008));
        map.setVisibleLayers(EnumSet.of(Layer.BORDERS));
        map.showRegion("amur-ussuri", true);
        map.select(List.of("damansky-zhenbao"), true);
        map.moveTo(134.5, 47.5, 7, true);

        List<String> calls = callsInNextResponse();

        assertThat(calls).containsExactly("applyState", "fitToRegion", "fitToFeatures", "flyTo");
    }

    @Test
    void commandsAreSentOnceAndNotAgainOnReattach() {
        AtlasMap map = attachedMap();
        map.select(List.of("damansky-zhenbao"), true);
        callsInNextResponse();

        map.setRange(new YearRange(1991, 1991));
        assertThat(callsInNextResponse()).containsExactly("applyState");

        UI.getCurrent().remove(map);
        callsInNextResponse();
        UI.getCurrent().add(map);
        assertThat(callsInNextResponse()).containsExactly("setLabels", "applyState");
        assertThat(map.pendingCommands()).isEmpty();
    }

    @Test
    void labelsAreSentAgainOnlyWhenTheyChange() {
        AtlasMap map = attachedMap();
        MapTexts arabic = new MapTexts("الخريطة", Map.of(), "تكبير", "تصغير");
        map.setLanguage("ar", arabic);
        callsInNextResponse();

        map.setLanguage("ar", arabic);
        assertThat(callsInNextResponse()).containsExactly("applyState");
        map.setLanguage("en", new MapTexts("Map", Map.of(), "Zoom in", "Zoom out"));
        assertThat(callsInNextResponse()).containsExactly("setLabels", "applyState");
    }

    private static AtlasMap attachedMap() {
        AtlasMap map = new AtlasMap();
        UI.getCurrent().add(map);
        callsInNextResponse();
        return map;
    }

    /** The element functions called in the next response, in order. */
    private static List<String> callsInNextResponse() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<String> calls = new ArrayList<>();
        for (PendingJavaScriptInvocation invocation : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            Matcher call = Pattern.compile("\\$0\\.([A-Za-z]+)\\(").matcher(invocation.getInvocation().getExpression());
            if (call.find()) {
                calls.add(call.group(1));
            }
        }
        return calls;
    }

    /** The member names of a TypeScript interface in the contract file, in order. */
    private static List<String> members(String typescript, String interfaceName) {
        Matcher body = Pattern.compile("export interface " + interfaceName + "\\b[^{]*\\{(.*?)\\n}", Pattern.DOTALL)
                .matcher(typescript);
        assertThat(body.find()).as("interface %s in %s", interfaceName, CONTRACT).isTrue();
        List<String> names = new ArrayList<>();
        Matcher member = Pattern.compile("^ {2}(?:readonly )?([A-Za-z]+)\\??[(:]", Pattern.MULTILINE).matcher(body.group(1));
        while (member.find()) {
            names.add(member.group(1));
        }
        return names;
    }
}
