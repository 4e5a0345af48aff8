package org.relationsatlas.atlas;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;

/**
 * The bar above the map: the years, always in view, and the buttons that open the panels, so the map
 * keeps most of the window. The filters and the view's actions open over the map (one at a time); the
 * timeline and trade chart open under it (the view places that panel, right after the map).
 */
class MapToolbar extends Div {

    private static final String OVER_MAP = "over-map";

    MapToolbar(Lang lang, AtlasFilters filters, ViewActions actions, Component charts) {
        addClassName("map-toolbar");
        // Each panel over the map follows its button, so the focus moves from the button into it; the
        // two share one place over the map, and opening one closes the other.
        Div toggles = new Div(
                new Disclosure("filters", UiText.PANEL_FILTERS.in(lang), filters, Disclosure.COLLAPSED_UNLESS_LARGE, OVER_MAP),
                filters,
                new Disclosure("actions", UiText.PANEL_ACTIONS.in(lang), actions, Disclosure.COLLAPSED_ALWAYS, OVER_MAP),
                actions,
                new Disclosure("charts", UiText.PANEL_CHARTS.in(lang), charts, Disclosure.COLLAPSED_ON_LOW_DESKTOP));
        toggles.addClassName("panel-toggles");
        add(filters.years(), toggles);
    }
}
