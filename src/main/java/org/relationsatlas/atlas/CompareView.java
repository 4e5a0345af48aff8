package org.relationsatlas.atlas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.EventService;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.layers.LayerService;
import org.relationsatlas.regions.RegionService;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.NoticeArea;
import org.relationsatlas.ui.PageLanguage;
import org.relationsatlas.years.YearRange;

/**
 * Two years side by side: {@code /compare?years=1969,2008}, with the atlas's layers, region and lang
 * parameters. The old address {@code /?compare=1969,2008} forwards here.
 */
@Route(Addresses.COMPARE_ROUTE)
@AnonymousAllowed
public class CompareView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The two years, as in {@code years=1969,2008}. */
    static final String YEARS = "years";
    /** The parameter the atlas took before the comparison had its own page. */
    static final String OLD_PARAMETER = "compare";

    private final EventService events;
    private final RegionService regions;
    private final LayerService layers;
    private Lang lang = Lang.EN;

    public CompareView(EventService events, RegionService regions, LayerService layers) {
        this.events = events;
        this.regions = regions;
        this.layers = layers;
        addClassName("atlas");
    }

    /** This page's parameters for an old atlas address that asked for a comparison. */
    static QueryParameters parametersFrom(QueryParameters atlas, YearComparison.Years years) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(atlas.getParameters());
        parameters.remove(OLD_PARAMETER);
        return Addresses.compareParameters(years.first(), years.second(), new QueryParameters(parameters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        lang = PageLanguage.of(event);
        removeAll();
        PageLanguage.apply(this, lang);
        AtlasQuery.Parsed parsed = AtlasQuery.parse(parameters, lang, id -> true, id -> regions.region(id).isPresent());
        AtlasQuery query = parsed.query();
        NoticeArea notices = new NoticeArea(lang);
        notices.show(parsed.notices());
        String text = parameters.getSingleParameter(YEARS).orElse("");
        YearComparison.Years years = YearComparison.Years.parse(text).orElseGet(() -> {
            notices.show(List.of(UiText.NOTICE_BAD_COMPARE.in(lang, text, YearRange.EARLIEST, YearRange.LATEST)));
            return new YearComparison.Years(YearRange.EARLIEST, YearRange.LATEST);
        });
        YearRange between = years.earlier() == years.later() ? null : new YearRange(years.earlier() + 1, years.later());
        List<AtlasEvent> inBetween = between == null ? List.of() : events.eventsFor(query.eventFilter().withRange(between));
        YearComparison comparison = new YearComparison(years, query,
                layers.changesBetween(query.layers(), years.first(), years.second()), inBetween,
                (first, second) -> UI.getCurrent().navigate(Addresses.COMPARE_ROUTE,
                        Addresses.compareParameters(first, second, query.toQueryParameters())));
        QueryParameters otherLanguage = Addresses.compareParameters(years.first(), years.second(),
                query.withLang(lang.other()).toQueryParameters());
        add(AtlasHeader.of(lang, Addresses.compare(otherLanguage)), notices, comparison);
    }

    @Override
    public String getPageTitle() {
        return UiText.COMPARE_YEARS.in(lang) + " · " + UiText.APP_TITLE.in(lang);
    }
}
