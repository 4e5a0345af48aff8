package org.relationsatlas.atlas;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.EventService;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.map.MapState;
import org.relationsatlas.map.MapTexts;
import org.relationsatlas.regions.RegionService;
import org.relationsatlas.years.YearRange;

import tools.jackson.databind.json.JsonMapper;

/**
 * The atlas's first paint, written into the page's first response in the page's language: its title band,
 * the layout's frame with "Loading the atlas…", and the map itself. Flow builds the view only after two
 * round trips to the server (on a school laptop, a second or more); the map does not wait for them. The
 * response carries an {@code <atlas-map>} and, as data, the state the view will give it (the address's
 * years, layers, region and event, read as AtlasView reads them). index.ts draws that map as soon as the
 * map's code and data have arrived, and Flow's own map element takes it over, as drawn, when the view
 * arrives; index.ts then removes the rest of the shell.
 */
@Component
public class AtlasShell implements VaadinServiceInitListener {

    static final String SHELL_ID = "page-shell";
    /** The first map's state and labels, as JSON data (never a script); read by atlas-map.ts's drawFirstMap. */
    static final String FIRST_MAP_ID = "atlas-first-map";

    /** What the first map is given: the same objects AtlasMap sends Flow's element. */
    record FirstMap(MapState state, MapTexts labels) {
    }

    private final EventService events;
    private final RegionService regions;
    private final JsonMapper json;

    public AtlasShell(EventService events, RegionService regions, JsonMapper json) {
        this.events = events;
        this.regions = regions;
        this.json = json;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            if (!isAtlas(request.getPathInfo())) {
                return;
            }
            Lang lang = Lang.resolve(request.getParameter("lang"), request.getLocale());
            preloadMapData(response.getDocument().head());
            Element shell = response.getDocument().body().prependElement("div").id(SHELL_ID)
                    .addClass("atlas").addClass("page-shell");
            header(shell, lang);
            Element main = shell.appendElement("div").addClass("atlas-main");
            Element column = main.appendElement("div").addClass("map-column");
            AtlasQuery query = query(request, lang);
            toolbar(column, lang, query);
            column.appendElement("p").addClass("page-loading").attr("role", "status").text(UiText.ATLAS_LOADING.in(lang));
            // The comparison's old address forwards to its own page: no atlas map to draw there.
            if (request.getParameter(CompareView.OLD_PARAMETER) == null) {
                column.appendElement("atlas-map").addClass("atlas-map")
                        .attr("data-loading-label", UiText.MAP_LOADING.in(lang));
                shell.appendElement("script").attr("type", "application/json").id(FIRST_MAP_ID)
                        .appendChild(new DataNode(firstMapJson(query, lang)));
            }
            column.appendElement("div").addClass("charts-panel").addClass("page-shell-charts");
            column.appendElement("p").addClass("credit").text(UiText.DATA_CREDIT.in(lang));
            main.appendElement("div").addClass("event-panel").addClass("page-shell-panel");
        });
    }

    /**
     * The map's data files under /api/ start downloading with the page's first bytes, before the script
     * bundle has even run (index.ts asks for the same addresses, and the browser hands it these). Same
     * mode as fetch() (CORS, same-origin credentials), or the browser would download them twice.
     */
    private static void preloadMapData(Element head) {
        Stream.concat(Stream.of("api/base-map.json", "api/regions.geojson"),
                        Arrays.stream(Layer.values()).map(layer -> "api/layers/" + layer.id() + ".geojson"))
                .forEach(path -> head.appendElement("link").attr("rel", "preload").attr("as", "fetch")
                        .attr("crossorigin", "anonymous").attr("href", path));
    }

    private static void header(Element shell, Lang lang) {
        Element header = shell.appendElement("header").addClass("atlas-header");
        Element titles = header.appendElement("div").addClass("titles");
        titles.appendElement("h1").text(UiText.APP_TITLE.in(lang));
        titles.appendElement("span").addClass("subtitle").text(UiText.APP_SUBTITLE.in(lang, YearRange.EARLIEST, YearRange.LATEST));
        // The view's links in their places (only their look: the view brings the links), so the title
        // wraps as it will in the view, on a phone too.
        Element links = header.appendElement("div").addClass("header-links").attr("aria-hidden", "true");
        links.appendElement("span").addClass("lessons-link").text(UiText.LESSONS.in(lang));
        links.appendElement("span").addClass("language-switch").attr("lang", lang.other().code())
                .text(UiText.SWITCH_LANGUAGE.in(lang));
    }

    /**
     * The toolbar's look (MapToolbar: the years and the panels' buttons, by the same classes and words), so
     * it takes the room it will take in the view, one row or two, and the map starts where it will stay.
     */
    private static void toolbar(Element column, Lang lang, AtlasQuery query) {
        Element toolbar = column.appendElement("div").addClass("map-toolbar").attr("aria-hidden", "true");
        Element years = toolbar.appendElement("div").addClass("year-filter");
        years.appendElement("span").addClass("filter-label").text(UiText.YEARS.in(lang));
        Element range = years.appendElement("span").addClass("year-range-look");
        range.appendElement("span").addClass("track");
        range.appendElement("output").text(lang.digits(query.range().from() + " – " + query.range().to()));
        Element toggles = toolbar.appendElement("div").addClass("panel-toggles");
        for (var panel : List.of(List.of("filters", UiText.PANEL_FILTERS.in(lang)), List.of("actions",
                UiText.PANEL_ACTIONS.in(lang)), List.of("charts", UiText.PANEL_CHARTS.in(lang)))) {
            toggles.appendElement("span").addClass("disclosure-look").attr("data-panel", panel.get(0))
                    .appendElement("span").addClass("disclosure-toggle").text(panel.get(1));
        }
    }

    /** The address's view, read as AtlasView reads it. */
    private AtlasQuery query(VaadinRequest request, Lang lang) {
        return AtlasQuery.parse(QueryParameters.full(request.getParameterMap()), lang,
                id -> events.event(id).isPresent(), id -> regions.region(id).isPresent()).query();
    }

    /** The map's state for this address, as AtlasView will set it, with {@code <} escaped for the inline block. */
    private String firstMapJson(AtlasQuery query, Lang lang) {
        List<String> selected = query.eventId() == null ? List.of() : events.event(query.eventId())
                .filter(query.eventFilter()::accepts).map(AtlasEvent::featureIds).orElse(List.of());
        MapState state = new MapState(query.range().from(), query.range().to(),
                query.layers().stream().map(Layer::id).toList(), selected, lang.code(), query.regionId());
        String text = json.writeValueAsString(new FirstMap(state, MapTexts.in(lang, query.range())));
        // Inside <script>, "</script>" would end the block: no text of ours may carry a raw "<".
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** The atlas is the app's root address; every other page has its own header. */
    static boolean isAtlas(String pathInfo) {
        return pathInfo == null || pathInfo.isEmpty() || pathInfo.equals("/");
    }
}
