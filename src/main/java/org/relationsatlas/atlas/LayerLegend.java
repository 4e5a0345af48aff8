package org.relationsatlas.atlas;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.ui.Labels;

/** The legend: one toggle per layer with its colour, and a key to the line styles. */
class LayerLegend extends Div {

    private final Map<Layer, Checkbox> toggles = new EnumMap<>(Layer.class);

    LayerLegend(Lang lang, Consumer<Set<Layer>> onChange) {
        addClassName("layer-legend");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", UiText.LAYERS.in(lang));
        Div toggleRow = new Div();
        toggleRow.addClassName("layer-toggles");
        for (Layer layer : Layer.values()) {
            Span swatch = new Span();
            swatch.addClassNames("swatch", "swatch-" + layer.id());
            Checkbox toggle = new Checkbox(true);
            toggle.setLabelComponent(new Span(swatch, new Span(Labels.label(layer, lang))));
            toggle.getElement().setAttribute("data-layer", layer.id());
            toggle.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    onChange.accept(visibleLayers());
                }
            });
            toggles.put(layer, toggle);
            toggleRow.add(toggle);
        }
        UnorderedList key = new UnorderedList(
                keyItem("key-solid", UiText.KEY_SOLID.in(lang)),
                keyItem("key-dashed", UiText.KEY_DASHED.in(lang)),
                keyItem("key-dotted", UiText.KEY_DOTTED.in(lang)),
                keyItem("key-faded", UiText.KEY_FADED.in(lang)));
        key.addClassName("line-key");
        add(toggleRow, key);
    }

    void setVisibleLayers(Set<Layer> layers) {
        toggles.forEach((layer, toggle) -> toggle.setValue(layers.contains(layer)));
    }

    Set<Layer> visibleLayers() {
        Set<Layer> visible = EnumSet.noneOf(Layer.class);
        toggles.forEach((layer, toggle) -> {
            if (toggle.getValue()) {
                visible.add(layer);
            }
        });
        return visible;
    }

    private static ListItem keyItem(String className, String text) {
        Span line = new Span();
        line.addClassNames("key-line", className);
        return new ListItem(line, new Span(text));
    }
}
