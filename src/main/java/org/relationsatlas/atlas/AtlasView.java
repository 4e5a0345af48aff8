package org.relationsatlas.atlas;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.beans.factory.ObjectProvider;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.EventFilter;
import org.relationsatlas.events.EventService;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.layers.BaseMapService;
import org.relationsatlas.layers.LayerService;
import org.relationsatlas.map.AtlasMap;
import org.relationsatlas.map.MapTexts;
import org.relationsatlas.regions.RegionService;
import org.relationsatlas.ui.AddressBar;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.NoticeArea;
import org.relationsatlas.ui.PageLanguage;
import org.relationsatlas.years.YearRange;

/**
 * The atlas: the map first, with its toolbar and panels ({@link MapToolbar}), beside the event panel.
 * Everything shown follows one {@link AtlasQuery}, which is also the URL, so a link reopens the same
 * view. Other features add controls through {@link AtlasExtension}s.
 */
@Route(Addresses.ATLAS_ROUTE)
@AnonymousAllowed
public class AtlasView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final RegionService regions;
    private final BaseMapService baseMap;
    private final LayerService layers;
    private final ObjectProvider<AtlasExtension> extensions;
    private AtlasQuery query = AtlasQuery.defaults(Lang.EN);
    private AtlasMap map;
    private EventPanel panel;
    private AtlasFilters filters;
    private TradeChart tradeChart;
    private TimelineStrip timeline;
    private NoticeArea notices;

    public AtlasView(EventService events, RegionService regions, BaseMapService baseMap, LayerService layers,
            ObjectProvider<AtlasExtension> extensions) {
        this.events = events;
        this.regions = regions;
        this.baseMap = baseMap;
        this.layers = layers;
        this.extensions = extensions;
        addClassName("atlas");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Lang lang = PageLanguage.of(event);
        // The comparison has its own page; the old address (?compare=1969,2008) still opens it.
        Optional<String> compare = parameters.getSingleParameter(CompareView.OLD_PARAMETER);
        Optional<YearComparison.Years> years = compare.flatMap(YearComparison.Years::parse);
        if (years.isPresent()) {
            event.forwardTo(Addresses.COMPARE_ROUTE, CompareView.parametersFrom(parameters, years.get()));
            return;
        }
        AtlasQuery.Parsed parsed = AtlasQuery.parse(parameters, lang, id -> events.event(id).isPresent(),
                id -> regions.region(id).isPresent());
        query = parsed.query();
        build(lang, parameters);
        notices.show(parsed.notices());
        compare.ifPresent(text -> notices.show(List.of(UiText.NOTICE_BAD_COMPARE.in(lang, text, YearRange.EARLIEST, YearRange.LATEST))));
        refresh();
        if (query.eventId() != null) {
            events.event(query.eventId()).ifPresent(this::selectIfShown);
        }
        // The address just opened already reproduces this view: it is rewritten only when the view changes.
    }

    @Override
    public String getPageTitle() {
        return UiText.APP_TITLE.in(query.lang());
    }

    private void build(Lang lang, QueryParameters opened) {
        removeAll();
        PageLanguage.apply(this, lang);
        map = new AtlasMap();
        map.addClassName("atlas-map");
        map.getElement().setAttribute("data-loading-label", UiText.MAP_LOADING.in(lang));
        map.addFeatureClickListener(click -> selectFeature(click.featureId()));
        map.addRegionClickListener(click -> chooseRegion(click.regionId()));
        map.showRegion(query.regionId(), query.regionId() != null);

        filters = new AtlasFilters(lang, regions.regions(), this::chooseRange, this::chooseRegion, this::change);
        notices = new NoticeArea(lang);
        AtlasViewContext context = new AtlasViewContext(lang, opened, () -> query, map);
        extensions.orderedStream().map(extension -> extension.controlsFor(context))
                .flatMap(Optional::stream).forEach(notices::add);
        panel = new EventPanel(lang, id -> events.event(id).ifPresent(this::select));
        panel.addComponentAsFirst(new SearchBox(events, lang, this::showFound));
        timeline = new TimelineStrip(lang, baseMap.changes().stream()
                .map(change -> new TimelineStrip.TimelineMark(change.id(), change.lastYearTogether(), change.title().in(lang)))
                .toList());
        timeline.addClassName("timeline");
        timeline.addRangeChangeListener(this::chooseRange);
        timeline.addPauseListener(() -> tradeChart.setRange(query.range(), null));
        tradeChart = new TradeChart(lang);
        tradeChart.addClassName("trade-chart");
        Paragraph credit = new Paragraph(UiText.DATA_CREDIT.in(lang));
        credit.addClassName("credit");
        Div charts = new Div(timeline, tradeChart);
        charts.addClassName("charts-panel");
        MapToolbar toolbar = new MapToolbar(lang, filters, new ViewActions(lang, map, () -> query, regions), charts);
        Div mapColumn = new Div(toolbar, notices, map, charts, credit);
        mapColumn.addClassName("map-column");
        Main main = new Main(mapColumn, panel);
        main.addClassName("atlas-main");
        add(AtlasHeader.of(lang, Addresses.atlas(query.withLang(lang.other()).toQueryParameters())), main);
    }

    /** Shows events and map layers for the current state, in one map update. */
    private void refresh() {
        Lang lang = query.lang();
        YearRange range = query.range();
        filters.show(query);
        // One read of the events serves the panel, the total and the timeline's counts.
        List<AtlasEvent> all = events.allEvents();
        EventFilter filter = query.eventFilter();
        List<AtlasEvent> shown = all.stream().filter(filter::accepts).toList();
        panel.show(shown, all.size(), range);
        map.setLanguage(lang.code(), MapTexts.in(lang, range));
        map.setRange(range);
        map.setVisibleLayers(query.layers());
        tradeChart.setRange(range, timeline.isPlaying() ? range.to() : null);
        EventFilter everyYear = filter.withRange(YearRange.ALL);
        timeline.show(range, all.stream().filter(everyYear::accepts).toList());
        String selectedId = query.eventId();
        if (selectedId != null && shown.stream().noneMatch(e -> e.id().equals(selectedId))) {
            query = query.withEvent(null);
            map.select(List.of(), false);
        } else if (selectedId != null) {
            panel.select(List.of(selectedId));
        }
    }

    /** The state changed by a filter: show it and put it in the address. */
    private void change(UnaryOperator<AtlasQuery> how) {
        query = how.apply(query);
        refresh();
        AddressBar.show(Addresses.atlas(query.toQueryParameters()));
    }

    private void chooseRange(YearRange range) {
        change(current -> current.withRange(range));
    }

    /** A region was picked or clicked (null: all): outline it, move the map there, list its events. */
    private void chooseRegion(String regionId) {
        map.showRegion(regionId, regionId != null);
        change(current -> current.withRegion(regionId));
    }

    /** A search result was chosen: widen the filters if they hide it (FilterWidening), then select it. */
    private void showFound(AtlasEvent found) {
        AtlasQuery widened = FilterWidening.toShow(found, query);
        if (!widened.equals(query)) {
            query = widened;
            map.showRegion(query.regionId(), false);
            refresh();
        }
        select(found);
    }

    /** An event named in the address: selected when the filters show it, else a notice says why not. */
    private void selectIfShown(AtlasEvent named) {
        if (panel.shownEventIds().contains(named.id())) {
            select(named);
        } else {
            notices.show(List.of(UiText.NOTICE_HIDDEN_EVENT.in(query.lang(), named.id())));
            query = query.withEvent(null);
        }
    }

    /** A card was chosen: select it, highlight its features and move the map to them. */
    private void select(AtlasEvent event) {
        query = query.withEvent(event.id());
        panel.select(List.of(event.id()));
        map.select(event.featureIds(), true);
        AddressBar.show(Addresses.atlas(query.toQueryParameters()));
    }

    /**
     * A feature was clicked (a place, a route, a border): select every shown event about it, highlight it,
     * and say above the list what was clicked and how many events it selected (Moscow has dozens).
     */
    private void selectFeature(String featureId) {
        List<AtlasEvent> about = events.eventsAbout(featureId, query.eventFilter());
        map.select(List.of(featureId), false);
        String name = layers.names(featureId).map(names -> names.in(query.lang())).orElse(featureId);
        panel.selectAbout(query.lang().digits(name), about.stream().map(AtlasEvent::id).toList());
        query = query.withEvent(about.isEmpty() ? null : about.getFirst().id());
        AddressBar.show(Addresses.atlas(query.toQueryParameters()));
    }
}
