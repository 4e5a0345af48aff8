package org.relationsatlas.atlas;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.regions.Region;
import org.relationsatlas.years.YearRange;

/**
 * The filters: the years, always in view in the map's toolbar ({@link #years()}), and this panel over
 * the map with the region, the layers (the legend) and "only where sources disagree" ({@link MapToolbar}).
 */
class AtlasFilters extends Div {

    private final Div years;
    private final YearRangeSlider slider;
    private final RegionPicker regionPicker;
    private final LayerLegend legend;
    private final Checkbox onlyDisagreements;

    /**
     * @param onRange  years chosen on the slider
     * @param onRegion a region picked (null: all regions)
     * @param onChange any other filter changed: how the view's state changes
     */
    AtlasFilters(Lang lang, List<Region> regions, Consumer<YearRange> onRange, Consumer<String> onRegion,
            Consumer<UnaryOperator<AtlasQuery>> onChange) {
        addClassName("filters");
        slider = new YearRangeSlider(UiText.FROM_YEAR.in(lang), UiText.TO_YEAR.in(lang));
        slider.addRangeChangeListener(onRange);
        Span label = new Span(UiText.YEARS.in(lang));
        label.addClassName("filter-label");
        years = new Div(label, slider);
        years.addClassName("year-filter");

        regionPicker = new RegionPicker(lang, regions, onRegion);
        legend = new LayerLegend(lang, layers -> onChange.accept(query -> query.withLayers(layers)));
        onlyDisagreements = new Checkbox(UiText.ONLY_DISAGREEMENTS.in(lang));
        onlyDisagreements.addClassName("only-disagreements");
        onlyDisagreements.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onChange.accept(query -> query.withOnlyDisagreements(change.getValue()));
            }
        });
        add(regionPicker, legend, onlyDisagreements);
    }

    /** The year range, shown apart from the panel: it stays in view when the panel is closed. */
    Div years() {
        return years;
    }

    /** Sets every filter to what this state says. */
    void show(AtlasQuery query) {
        slider.setValue(query.range());
        legend.setVisibleLayers(query.layers());
        onlyDisagreements.setValue(query.onlyDisagreements());
        regionPicker.setRegion(query.regionId());
    }
}
