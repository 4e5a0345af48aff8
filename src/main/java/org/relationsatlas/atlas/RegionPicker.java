package org.relationsatlas.atlas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.regions.Region;

/** Choose a region to explore, or all of them; the first item stands for "all regions". */
class RegionPicker extends Select<String> {

    private static final String ALL = "";

    RegionPicker(Lang lang, List<Region> regions, Consumer<String> onChoose) {
        List<String> ids = new ArrayList<>();
        ids.add(ALL);
        regions.forEach(region -> ids.add(region.id()));
        // A short label beside the years keeps the filters to few rows, leaving the map its height.
        setAriaLabel(UiText.REGION.in(lang));
        setPrefixComponent(new Span(UiText.REGION.in(lang) + ":"));
        setItems(ids);
        setItemLabelGenerator(id -> ALL.equals(id) ? UiText.ALL_REGIONS.in(lang) : regions.stream()
                .filter(region -> region.id().equals(id)).findFirst().map(region -> region.name().in(lang)).orElse(id));
        setValue(ALL);
        addClassName("region-picker");
        // The map outlines every region only while one is being picked: tell it, in the page, when the
        // picker opens, closes, gains or loses the focus (atlas-map.ts listens for atlas-region-picking).
        getElement().executeJs("const report = () => requestAnimationFrame(() => window.dispatchEvent("
                + "new CustomEvent('atlas-region-picking', {detail: {picking: this.opened || this.matches(':focus-within')}})));"
                + " ['opened-changed', 'focusin', 'focusout'].forEach(type => this.addEventListener(type, report));");
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onChoose.accept(ALL.equals(change.getValue()) ? null : change.getValue());
            }
        });
    }

    void setRegion(String regionId) {
        setValue(regionId == null ? ALL : regionId);
    }
}
