package org.relationsatlas.map;

import java.util.Collection;
import java.util.List;
import java.util.Map;

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

/**
 * The Java side of {@code <atlas-map>}, our OpenLayers web component (frontend/atlas-map.ts).
 * Vaadin's own Map is a commercial add-on; this wraps the same library, OpenLayers, directly.
 * <p>
 * Setters only change the state here; the whole state goes to the browser once, just before
 * the server's response, and again whenever the element is attached.
 */
@Tag("atlas-map")
@JsModule("./atlas-map.ts")
@NpmPackage(value = "ol", version = "10.11.0")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
public class AtlasMap extends Component implements HasSize, HasStyle {

    private YearRange range = YearRange.ALL;
    private List<String> layers = List.of();
    private List<String> selected = List.of();
    private boolean fitSelection;
    private String lang = "en";
    private String ariaLabel = "Map";
    private Map<String, String> statusLabels = Map.of();
    private String zoomInLabel = "Zoom in";
    private String zoomOutLabel = "Zoom out";
    private String region;
    private boolean fitRegion;
    private MapState.MapCamera camera;
    private final OncePerRoundTrip update = new OncePerRoundTrip(this, this::send);

    public void setRange(YearRange range) {
        this.range = range;
        scheduleUpdate();
    }

    public void setVisibleLayers(Collection<Layer> visible) {
        this.layers = visible.stream().map(Layer::id).toList();
        scheduleUpdate();
    }

    /** Highlights these features; with {@code fit}, also moves the map to them. */
    public void select(List<String> featureIds, boolean fit) {
        this.selected = List.copyOf(featureIds);
        this.fitSelection |= fit;
        scheduleUpdate();
    }

    /** Outlines a region (null: none); with {@code fit}, also moves the map to it. */
    public void showRegion(String regionId, boolean fit) {
        this.region = regionId;
        this.fitRegion |= fit && regionId != null;
        scheduleUpdate();
    }

    /** Moves the map to this centre and zoom in the next update; with {@code animate}, it flies there. */
    public void moveTo(double lon, double lat, double zoom, boolean animate) {
        this.camera = new MapState.MapCamera(lon, lat, zoom, animate);
        scheduleUpdate();
    }

    /**
     * Asks the browser where the map looks now (centre and zoom), for saving the view as a lesson
     * step; the answer arrives in a later round trip.
     */
    public void readCamera(java.util.function.Consumer<MapState.MapCamera> answer) {
        getElement().callJsFunction("viewState").then(tools.jackson.databind.JsonNode.class, view -> answer.accept(
                new MapState.MapCamera(view.get("center").get(0).asDouble(), view.get("center").get(1).asDouble(),
                        view.get("zoom").asDouble(), false)));
    }

    /** Downloads the map as drawn now as a PNG, with these texts round it. */
    public void exportPng(ExportTexts texts) {
        getElement().callJsFunction("exportPng", texts);
    }

    /** The language of feature names, and the map's own texts in that language. */
    public void setLanguage(String lang, MapTexts texts) {
        this.lang = lang;
        this.ariaLabel = texts.ariaLabel();
        this.statusLabels = Map.copyOf(texts.statusLabels());
        this.zoomInLabel = texts.zoomIn();
        this.zoomOutLabel = texts.zoomOut();
        scheduleUpdate();
    }

    /** The state as it will be sent next. */
    public MapState state() {
        return new MapState(range.from(), range.to(), layers, selected, fitSelection, lang, ariaLabel, statusLabels,
                zoomInLabel, zoomOutLabel, region, fitRegion, camera);
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    public Registration addRegionClickListener(ComponentEventListener<RegionClickEvent> listener) {
        return addListener(RegionClickEvent.class, listener);
    }

    private void scheduleUpdate() {
        update.schedule();
    }

    private void send() {
        getElement().callJsFunction("applyState", state());
        // A fit moves the map once; later updates must not pull the user back.
        fitSelection = false;
        fitRegion = false;
        camera = null;
    }
}
