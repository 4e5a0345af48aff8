package org.relationsatlas.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import org.relationsatlas.layers.Layer;
import org.relationsatlas.ui.OncePerRoundTrip;
import org.relationsatlas.years.YearRange;

import tools.jackson.databind.JsonNode;

/**
 * The Java side of {@code <atlas-map>}, our OpenLayers web component (frontend/atlas-map.ts).
 * Vaadin's own Map is a commercial add-on; this wraps the same library, OpenLayers, directly.
 * <p>
 * The contract, typed on the browser's side in frontend/atlas-map-contract.ts, has three parts:
 * the {@link MapState state} (what is shown), kept here and sent whole; {@link MapCommand commands}
 * (fit, fly), sent once after the state; and the {@link MapTexts labels}, sent when they change.
 * Setters only change what is kept here: everything goes to the browser in one batch just before
 * the server's response, and labels and state again whenever the element is attached.
 */
@Tag("atlas-map")
@JsModule("./atlas-map.ts")
@NpmPackage(value = "ol", version = "10.11.0")
@NpmPackage(value = "topojson-client", version = "3.1.0")
// The source of the base map, frontend/base-map/countries.json: its script and test read it from node_modules.
@NpmPackage(value = "world-atlas", version = "2.0.2")
public class AtlasMap extends Component implements HasSize, HasStyle {

    private YearRange range = YearRange.ALL;
    private List<String> layers = List.of();
    private List<String> selected = List.of();
    private String lang = "en";
    private String region;
    private MapTexts labels = new MapTexts("Map", Map.of(), "Zoom in", "Zoom out");
    private boolean labelsToSend = true;
    private final List<MapCommand> commands = new ArrayList<>();
    private final OncePerRoundTrip update = new OncePerRoundTrip(this, this::send);

    public AtlasMap() {
        // A re-attached element may be a new one in the browser: it needs its labels again.
        addAttachListener(attach -> labelsToSend = true);
    }

    public void setRange(YearRange range) {
        this.range = range;
        update.schedule();
    }

    public void setVisibleLayers(Collection<Layer> visible) {
        this.layers = visible.stream().map(Layer::id).toList();
        update.schedule();
    }

    /** Highlights these features; with {@code fit}, also moves the map to them. */
    public void select(List<String> featureIds, boolean fit) {
        this.selected = List.copyOf(featureIds);
        if (fit) {
            command(new MapCommand.FitToFeatures(selected));
        }
        update.schedule();
    }

    /** Outlines a region (null: none); with {@code fit}, also moves the map to it. */
    public void showRegion(String regionId, boolean fit) {
        this.region = regionId;
        if (fit && regionId != null) {
            command(new MapCommand.FitToRegion(regionId));
        }
        update.schedule();
    }

    /** Moves the map to this centre and zoom in the next update; with {@code animate}, it flies there. */
    public void moveTo(double lon, double lat, double zoom, boolean animate) {
        command(new MapCommand.FlyTo(new MapCamera(lon, lat, zoom), animate));
        update.schedule();
    }

    /**
     * Asks the browser where the map looks now (centre and zoom), for saving the view as a lesson
     * step; the answer arrives in a later round trip.
     */
    public void readCamera(Consumer<MapCamera> answer) {
        getElement().callJsFunction("viewState").then(JsonNode.class, view -> answer.accept(new MapCamera(
                view.get("center").get(0).asDouble(), view.get("center").get(1).asDouble(), view.get("zoom").asDouble())));
    }

    /** Downloads the map as drawn now as a PNG, with these texts round it. */
    public void exportPng(ExportTexts texts) {
        getElement().callJsFunction("exportPng", texts);
    }

    /** The language of feature names, and the map's own texts in that language. */
    public void setLanguage(String lang, MapTexts texts) {
        this.lang = lang;
        if (!texts.equals(labels)) {
            this.labels = texts;
            this.labelsToSend = true;
        }
        update.schedule();
    }

    /** The state as it will be sent next. */
    public MapState state() {
        return new MapState(range.from(), range.to(), layers, selected, lang, region);
    }

    /** The commands waiting for the next update, in order. */
    public List<MapCommand> pendingCommands() {
        return List.copyOf(commands);
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    public Registration addRegionClickListener(ComponentEventListener<RegionClickEvent> listener) {
        return addListener(RegionClickEvent.class, listener);
    }

    private void command(MapCommand command) {
        commands.add(command);
    }

    /** Labels first (the state's text alternative uses them), then the state, then the commands that act on it. */
    private void send() {
        if (labelsToSend) {
            getElement().callJsFunction("setLabels", labels);
            labelsToSend = false;
        }
        getElement().callJsFunction("applyState", state());
        commands.forEach(command -> getElement().callJsFunction(command.function(), command));
        // Sent once: later updates and re-attaches must not pull the user back.
        commands.clear();
    }
}
