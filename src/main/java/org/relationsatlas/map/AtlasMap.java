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

    private MapState state = new MapState(YearRange.EARLIEST, YearRange.LATEST,
            List.of(), List.of(), false, "en", "Map", Map.of());
    private boolean updateScheduled;

    public AtlasMap() {
        addAttachListener(event -> scheduleUpdate());
    }

    public void setRange(YearRange range) {
        update(new MapState(range.from(), range.to(), state.layers(), state.selected(), state.fitSelection(),
                state.lang(), state.ariaLabel(), state.statusLabels()));
    }

    public void setVisibleLayers(Collection<Layer> layers) {
        update(new MapState(state.from(), state.to(), layers.stream().map(Layer::id).toList(), state.selected(),
                state.fitSelection(), state.lang(), state.ariaLabel(), state.statusLabels()));
    }

    /** Highlights these features; with {@code fit}, also moves the map to them. */
    public void select(List<String> featureIds, boolean fit) {
        update(new MapState(state.from(), state.to(), state.layers(), featureIds, fit || state.fitSelection(),
                state.lang(), state.ariaLabel(), state.statusLabels()));
    }

    /** The language of feature names, the map's accessible label and the status names in that language. */
    public void setLanguage(String lang, String ariaLabel, Map<String, String> statusLabels) {
        update(new MapState(state.from(), state.to(), state.layers(), state.selected(), state.fitSelection(),
                lang, ariaLabel, statusLabels));
    }

    public MapState state() {
        return state;
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    private void update(MapState next) {
        state = next;
        scheduleUpdate();
    }

    private void scheduleUpdate() {
        if (updateScheduled) {
            return;
        }
        updateScheduled = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> {
            updateScheduled = false;
            getElement().callJsFunction("applyState", state);
            state = state.withFit(false);
        }));
    }
}
