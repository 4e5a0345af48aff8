package org.relationsatlas.atlas;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.EventFilter;
import org.relationsatlas.events.EventService;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.PageLanguage;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.layers.LayerService;
import org.relationsatlas.lessons.LessonService;
import org.relationsatlas.map.AtlasMap;
import org.relationsatlas.map.ExportTexts;
import org.relationsatlas.map.MapTexts;
import org.relationsatlas.regions.RegionService;
import org.relationsatlas.years.YearRange;

/**
 * The atlas: map and filters beside the event panel. Everything shown follows one {@link AtlasQuery},
 * which is also the URL, so a link reopens the same view.
 */
@Route("")
@AnonymousAllowed
@JsModule("./atlas-fonts.ts")
@NpmPackage(value = "@fontsource/noto-sans-arabic", version = "5.3.0")
public class AtlasView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final RegionService regions;
    private AtlasQuery query = AtlasQuery.defaults(Lang.EN);
    private AtlasMap map;
    private EventPanel panel;
    private YearRangeSlider slider;
    private LayerLegend legend;
    private Checkbox onlyDisagreements;
    private RegionPicker regionPicker;
    private TradeChart tradeChart;
    private TimelineStrip timeline;
    private Div notices;

    private final LessonService lessons;
    private final AuthenticationContext authentication;
    private final LayerService layerService;

    public AtlasView(EventService events, RegionService regions, LessonService lessons,
            AuthenticationContext authentication, LayerService layerService) {
        this.layerService = layerService;
        this.events = events;
        this.regions = regions;
        this.lessons = lessons;
        this.authentication = authentication;
        addClassName("atlas");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Lang lang = PageLanguage.of(event);
        AtlasQuery.Parsed parsed = AtlasQuery.parse(event.getLocation().getQueryParameters(), lang,
                id -> events.event(id).isPresent(), id -> regions.region(id).isPresent());
        query = parsed.query();
        build(lang);
        showNotices(parsed.notices());
        String compare = event.getLocation().getQueryParameters().getSingleParameter("compare").orElse(null);
        if (compare != null) {
            var years = YearComparison.Years.parse(compare);
            if (years.isPresent()) {
                showComparison(years.get());
                return;
            }
            showNotices(List.of(UiText.NOTICE_BAD_COMPARE.in(lang, compare)));
        }
        event.getLocation().getQueryParameters().getSingleParameter("lesson")
                .filter(id -> authentication.hasRole(LessonService.EDITOR))
                .flatMap(lessons::lesson)
                .ifPresent(lesson -> notices.addComponentAsFirst(new AddStepBar(lesson, lang, map, lessons, () -> query)));
        refresh();
        if (query.eventId() != null) {
            events.event(query.eventId()).ifPresent(selected -> {
                if (panel.shownEventIds().contains(selected.id())) {
                    select(selected);
                } else {
                    showNotices(List.of(UiText.NOTICE_HIDDEN_EVENT.in(lang, selected.id())));
                    query = query.withEvent(null);
                }
            });
        }
        // The address just opened already reproduces this view: it is rewritten only when the view changes.
    }

    @Override
    public String getPageTitle() {
        return UiText.APP_TITLE.in(query.lang());
    }

    private void build(Lang lang) {
        removeAll();
        PageLanguage.apply(this, lang);

        map = new AtlasMap();
        map.addClassName("atlas-map");
        map.getElement().setAttribute("data-loading-label", UiText.MAP_LOADING.in(lang));
        map.addFeatureClickListener(click -> selectFeature(click.featureId()));
        map.addRegionClickListener(click -> chooseRegion(click.regionId()));
        map.showRegion(query.regionId(), query.regionId() != null);

        slider = new YearRangeSlider(UiText.FROM_YEAR.in(lang), UiText.TO_YEAR.in(lang));
        slider.addRangeChangeListener(this::chooseRange);
        Div years = new Div(labelled(UiText.YEARS.in(lang)), slider);
        years.addClassName("year-filter");

        legend = new LayerLegend(lang, layers -> {
            query = query.withLayers(layers);
            refresh();
            updateUrl();
        });
        onlyDisagreements = new Checkbox(UiText.ONLY_DISAGREEMENTS.in(lang));
        onlyDisagreements.addClassName("only-disagreements");
        onlyDisagreements.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                query = query.withOnlyDisagreements(change.getValue());
                refresh();
                updateUrl();
            }
        });
        notices = new Div();
        notices.addClassName("notices");

        panel = new EventPanel(lang, this::select);
        panel.addComponentAsFirst(new SearchBox(events, lang, this::showFound));

        regionPicker = new RegionPicker(lang, regions.regions(), this::chooseRegion);
        Div filters = new Div(years, regionPicker, legend, onlyDisagreements);
        filters.addClassName("filters");
        Paragraph credit = new Paragraph(UiText.DATA_CREDIT.in(lang));
        credit.addClassName("credit");
        timeline = new TimelineStrip(lang);
        timeline.addClassName("timeline");
        timeline.addRangeChangeListener(this::chooseRange);
        timeline.addPauseListener(() -> tradeChart.setRange(query.range(), null));
        tradeChart = new TradeChart(lang);
        tradeChart.addClassName("trade-chart");
        Div mapColumn = new Div(filters, viewActions(lang), notices, map, timeline, tradeChart, credit);
        mapColumn.addClassName("map-column");
        Main main = new Main(mapColumn, panel);
        main.addClassName("atlas-main");
        add(header(lang), main);
        connectionTexts(lang);
    }

    /** Vaadin's connection indicator speaks the view's language too (screen readers read it). */
    private static void connectionTexts(Lang lang) {
        UI ui = UI.getCurrent();
        ui.getReconnectDialogConfiguration().setDialogText(UiText.CONNECTION_RECONNECTING.in(lang));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(UiText.CONNECTION_LOST.in(lang));
        // Its "online" text has no Java setter; a fixed script sets it, the text goes as a parameter.
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $0; }", UiText.CONNECTION_ONLINE.in(lang));
    }

    private Header header(Lang lang) {
        H1 title = new H1(UiText.APP_TITLE.in(lang));
        Span subtitle = new Span(UiText.APP_SUBTITLE.in(lang));
        subtitle.addClassName("subtitle");
        Lang other = lang == Lang.EN ? Lang.AR : Lang.EN;
        Anchor switcher = new Anchor(new Location("", query.withLang(other).toQueryParameters()).getPathWithQueryParameters(),
                UiText.SWITCH_LANGUAGE.in(lang));
        switcher.addClassName("language-switch");
        switcher.getElement().setAttribute("lang", other.code());
        switcher.getElement().setAttribute("aria-label", UiText.SWITCH_LANGUAGE_LABEL.in(lang));
        switcher.getElement().setAttribute("router-ignore", true);
        Div titles = new Div(title, subtitle);
        titles.addClassName("titles");
        Anchor lessonsLink = new Anchor("lessons?lang=" + lang.code(), UiText.LESSONS.in(lang));
        lessonsLink.addClassName("lessons-link");
        Div links = new Div(lessonsLink, switcher);
        links.addClassName("header-links");
        Header header = new Header(titles, links);
        header.addClassName("atlas-header");
        return header;
    }

    /** Two years side by side instead of the map and panel (?compare=first,second). */
    private void showComparison(YearComparison.Years years) {
        YearRange between = years.earlier() == years.later() ? null
                : new YearRange(years.earlier() + 1, years.later());
        List<AtlasEvent> inBetween = between == null ? List.of() : events.eventsFor(query.eventFilter().withRange(between));
        YearComparison comparison = new YearComparison(years, query,
                layerService.changesBetween(query.layers(), years.first(), years.second()), inBetween,
                (first, second) -> UI.getCurrent().navigate("", comparisonAddress(first, second)));
        removeAll();
        add(header(query.lang()), notices, comparison);
    }

    private QueryParameters comparisonAddress(int first, int second) {
        java.util.Map<String, List<String>> parameters = new java.util.LinkedHashMap<>(query.toQueryParameters().getParameters());
        parameters.put("compare", List.of(first + "," + second));
        return new QueryParameters(parameters);
    }

    /** Save the map as a PNG, print a handout, compare the range's two ends. */
    private Div viewActions(Lang lang) {
        Button png = new Button(UiText.EXPORT_PNG.in(lang), click -> map.exportPng(exportTexts()));
        png.addClassName("export-png");
        Button print = new Button(UiText.PRINT_HANDOUT.in(lang));
        print.addClassName("print-handout");
        // The print dialog is the browser's: opened in the page, from the click itself.
        print.getElement().executeJs("this.addEventListener('click', () => window.print())");
        Button compare = new Button(UiText.COMPARE_YEARS.in(lang), click -> UI.getCurrent().navigate("",
                comparisonAddress(query.range().from(), query.range().to())));
        compare.addClassName("compare-years");
        Div actions = new Div(png, print, compare);
        actions.addClassName("view-actions");
        actions.getElement().setAttribute("role", "toolbar");
        actions.getElement().setAttribute("aria-label", UiText.VIEW_ACTIONS.in(lang));
        return actions;
    }

    private ExportTexts exportTexts() {
        Lang lang = query.lang();
        YearRange range = query.range();
        String years = lang.digits(range.from() + "–" + range.to());
        String region = query.regionId() == null ? "" : regions.region(query.regionId())
                .map(found -> " · " + (lang == Lang.AR ? found.nameAr() : found.nameEn())).orElse("");
        List<ExportTexts.LegendItem> legendItems = query.layers().stream()
                .map(layer -> new ExportTexts.LegendItem(layer.id(), Categories.label(layer, lang))).toList();
        return new ExportTexts(UiText.APP_TITLE.in(lang), years + region, UiText.DATA_CREDIT.in(lang),
                "china-russia-atlas-" + range.from() + "-" + range.to() + ".png", lang.code(), legendItems);
    }

    private static Span labelled(String text) {
        Span label = new Span(text);
        label.addClassName("filter-label");
        return label;
    }

    /** Shows events and map layers for the current range and layers, in one map update. */
    private void refresh() {
        Lang lang = query.lang();
        YearRange range = query.range();
        slider.setValue(range);
        legend.setVisibleLayers(query.layers());
        onlyDisagreements.setValue(query.onlyDisagreements());
        regionPicker.setRegion(query.regionId());
        // One read of the events serves the panel, the total and the timeline's counts.
        List<AtlasEvent> all = events.allEvents();
        EventFilter filter = query.eventFilter();
        List<AtlasEvent> shown = all.stream().filter(filter::accepts).toList();
        int total = all.size();
        panel.show(shown, total, range);
        map.setLanguage(lang.code(), new MapTexts(UiText.MAP_LABEL.in(lang, range.from(), range.to()), Categories.statusLabels(lang), UiText.ZOOM_IN.in(lang),
                UiText.ZOOM_OUT.in(lang)));
        map.setRange(range);
        tradeChart.setRange(range, timeline.isPlaying() ? range.to() : null);
        EventFilter everyYear = filter.withRange(YearRange.ALL);
        timeline.show(range, all.stream().filter(everyYear::accepts).toList());
        map.setVisibleLayers(query.layers());
        String selectedId = query.eventId();
        if (selectedId != null && shown.stream().noneMatch(e -> e.id().equals(selectedId))) {
            query = query.withEvent(null);
            map.select(List.of(), false);
        } else if (selectedId != null) {
            panel.select(List.of(selectedId));
        }
    }

    /**
     * A search result was chosen: if the filters hide it, widen them just enough (its years, its
     * layer, no region or disagreement filter), then select it.
     */
    private void showFound(AtlasEvent found) {
        if (!query.eventFilter().accepts(found)) {
            YearRange range = query.range();
            int year = found.date().year();
            Set<Layer> layers = EnumSet.noneOf(Layer.class);
            layers.addAll(query.layers());
            found.category().layer().ifPresent(layers::add);
            query = query.withRange(new YearRange(Math.min(range.from(), year), Math.max(range.to(), year)))
                    .withLayers(layers).withRegion(null).withOnlyDisagreements(false);
            map.showRegion(null, false);
            refresh();
        }
        select(found);
    }

    /** Years chosen on the slider or the timeline. */
    private void chooseRange(YearRange range) {
        query = query.withRange(range);
        refresh();
        updateUrl();
    }

    /** A region was picked or clicked (null: all): outline it, move the map there, list its events. */
    private void chooseRegion(String regionId) {
        query = query.withRegion(regionId);
        map.showRegion(regionId, regionId != null);
        refresh();
        updateUrl();
    }

    /** A card was chosen: select it, highlight its features and move the map to them. */
    private void select(AtlasEvent event) {
        query = query.withEvent(event.id());
        panel.select(List.of(event.id()));
        map.select(event.featureIds(), true);
        updateUrl();
    }

    /** A feature was clicked: select the events about it that are shown, and highlight it. */
    private void selectFeature(String featureId) {
        List<AtlasEvent> about = events.eventsAbout(featureId, query.eventFilter());
        map.select(List.of(featureId), false);
        panel.select(about.stream().map(AtlasEvent::id).toList());
        query = query.withEvent(about.isEmpty() ? null : about.getFirst().id());
        updateUrl();
    }

    private void showNotices(List<String> messages) {
        for (String message : messages) {
            Notice notice = new Notice(message);
            com.vaadin.flow.component.button.Button dismiss = new com.vaadin.flow.component.button.Button("×",
                    click -> notices.remove(notice));
            dismiss.getElement().setAttribute("aria-label", UiText.DISMISS.in(query.lang()));
            dismiss.addClassName("dismiss");
            notice.add(dismiss);
            notices.add(notice);
        }
    }

    /**
     * Keeps the address bar equal to the view, so a copied link reopens it. A fixed script with the
     * address as a parameter, run in order with the rest of this response (Vaadin's History API defers
     * its update, which made the address lag behind the view).
     */
    private void updateUrl() {
        String address = new Location("", query.toQueryParameters()).getPathWithQueryParameters();
        UI.getCurrent().getPage().executeJs("window.history.replaceState(window.history.state, '', $0)",
                address.isEmpty() ? "." : address);
    }
}
