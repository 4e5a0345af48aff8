package org.relationsatlas.atlas;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.map.AtlasMap;
import org.relationsatlas.map.ExportTexts;
import org.relationsatlas.regions.RegionService;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.Labels;
import org.relationsatlas.years.YearRange;

/** What can be done with the view: save the map as a PNG, print a handout, compare the range's two ends. */
class ViewActions extends Div {

    private final Lang lang;
    private final Supplier<AtlasQuery> view;
    private final RegionService regions;

    ViewActions(Lang lang, AtlasMap map, Supplier<AtlasQuery> view, RegionService regions) {
        this.lang = lang;
        this.view = view;
        this.regions = regions;
        Button png = new Button(UiText.EXPORT_PNG.in(lang), click -> map.exportPng(exportTexts()));
        png.addClassName("export-png");
        Button print = new Button(UiText.PRINT_HANDOUT.in(lang));
        print.addClassName("print-handout");
        // The print dialog is the browser's: opened in the page, from the click itself.
        print.getElement().executeJs("this.addEventListener('click', () => window.print())");
        Button compare = new Button(UiText.COMPARE_YEARS.in(lang), click -> {
            AtlasQuery query = view.get();
            UI.getCurrent().navigate(Addresses.COMPARE_ROUTE, Addresses.compareParameters(query.range().from(),
                    query.range().to(), query.toQueryParameters()));
        });
        compare.addClassName("compare-years");
        add(png, print, compare);
        addClassName("view-actions");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", UiText.VIEW_ACTIONS.in(lang));
    }

    /** The PNG's title band and legend: the years, the region and the visible layers. */
    private ExportTexts exportTexts() {
        AtlasQuery query = view.get();
        YearRange range = query.range();
        String years = lang.digits(range.from() + "–" + range.to());
        String region = query.regionId() == null ? "" : regions.region(query.regionId())
                .map(found -> " · " + found.name().in(lang)).orElse("");
        List<ExportTexts.LegendItem> legendItems = query.layers().stream()
                .map(layer -> new ExportTexts.LegendItem(layer.id(), Labels.label(layer, lang))).toList();
        return new ExportTexts(UiText.APP_TITLE.in(lang), years + region, UiText.DATA_CREDIT.in(lang),
                "china-russia-atlas-" + range.from() + "-" + range.to() + ".png", lang.code(), legendItems);
    }
}
