package org.relationsatlas.atlas;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.layers.FeatureChange;
import org.relationsatlas.map.AtlasMap;
import org.relationsatlas.map.MapTexts;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.Labels;
import org.relationsatlas.years.YearRange;

/**
 * Two years side by side (/compare?years=1969,2008): the same layers on two maps that share one camera,
 * and what changed between them: features that appeared, changed status or disappeared, and the
 * events dated after the first year up to the second.
 */
class YearComparison extends Div {

    /** The two years, in the order given. */
    record Years(int first, int second) {

        /** "1969,2008" → the years; empty when the text is not two years of the atlas's period. */
        static Optional<Years> parse(String text) {
            String[] parts = text == null ? new String[0] : text.split(",");
            if (parts.length != 2) {
                return Optional.empty();
            }
            var first = YearRange.parseYear(parts[0].strip());
            var second = YearRange.parseYear(parts[1].strip());
            return first.isPresent() && second.isPresent()
                    ? Optional.of(new Years(first.getAsInt(), second.getAsInt()))
                    : Optional.empty();
        }

        int earlier() {
            return Math.min(first, second);
        }

        int later() {
            return Math.max(first, second);
        }
    }

    YearComparison(Years years, AtlasQuery query, List<FeatureChange> changes, List<AtlasEvent> between,
            BiConsumer<Integer, Integer> chooseYears) {
        Lang lang = query.lang();
        addClassName("year-comparison");
        Select<Integer> first = yearSelect(UiText.FIRST_YEAR.in(lang), years.first(), lang);
        Select<Integer> second = yearSelect(UiText.SECOND_YEAR.in(lang), years.second(), lang);
        first.addValueChangeListener(change -> chooseYears.accept(change.getValue(), second.getValue()));
        second.addValueChangeListener(change -> chooseYears.accept(first.getValue(), change.getValue()));
        first.addClassName("compare-first");
        second.addClassName("compare-second");
        AtlasQuery back = query.withRange(new YearRange(years.earlier(), years.later()));
        Anchor close = new Anchor(Addresses.atlas(back.toQueryParameters()),
                UiText.CLOSE_COMPARISON.in(lang));
        close.addClassName("close-comparison");
        H2 title = new H2(UiText.COMPARING.in(lang, years.first(), years.second()));
        Div controls = new Div(title, first, second, close);
        controls.addClassName("compare-controls");

        Div maps = new Div(yearMap(years.first(), query), yearMap(years.second(), query));
        maps.addClassName("compare-maps");
        add(controls, maps, changeList(changes, lang), eventList(years, between, lang));
    }

    private static Select<Integer> yearSelect(String label, int value, Lang lang) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(IntStream.rangeClosed(YearRange.EARLIEST, YearRange.LATEST).boxed().toList());
        select.setItemLabelGenerator(year -> lang.digits(String.valueOf(year)));
        select.setValue(value);
        return select;
    }

    private static Div yearMap(int year, AtlasQuery query) {
        Lang lang = query.lang();
        AtlasMap map = new AtlasMap();
        map.addClassName("atlas-map");
        map.getElement().setAttribute("view-group", "compare");
        map.getElement().setAttribute("data-year", String.valueOf(year));
        map.getElement().setAttribute("data-loading-label", UiText.MAP_LOADING.in(lang));
        map.setLanguage(lang.code(), MapTexts.in(lang, new YearRange(year, year)));
        map.setRange(new YearRange(year, year));
        map.setVisibleLayers(query.layers());
        map.showRegion(query.regionId(), query.regionId() != null);
        Span label = new Span(lang.digits(String.valueOf(year)));
        label.addClassName("compare-year");
        Div box = new Div(label, map);
        box.addClassName("compare-map");
        return box;
    }

    private static Div changeList(List<FeatureChange> changes, Lang lang) {
        Div box = new Div();
        box.addClassName("compare-changes");
        if (changes.isEmpty()) {
            box.add(new Paragraph(UiText.NOTHING_CHANGED.in(lang)));
            return box;
        }
        Map<String, String> statuses = Labels.statusLabels(lang);
        for (FeatureChange.Kind kind : FeatureChange.Kind.values()) {
            List<FeatureChange> ofKind = changes.stream().filter(change -> change.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            UiText heading = switch (kind) {
                case APPEARED -> UiText.APPEARED;
                case CHANGED -> UiText.CHANGED_STATUS;
                case DISAPPEARED -> UiText.DISAPPEARED;
            };
            UnorderedList list = new UnorderedList();
            list.addClassName("changes-" + kind.name().toLowerCase());
            for (FeatureChange change : ofKind) {
                String name = change.feature().names().in(lang);
                String status = switch (kind) {
                    case APPEARED -> statuses.get(change.after().id());
                    case DISAPPEARED -> statuses.get(change.before().id());
                    case CHANGED -> statuses.get(change.before().id()) + " → " + statuses.get(change.after().id());
                };
                ListItem item = new ListItem(lang.digits(name) + " · " + status);
                item.getElement().setAttribute("data-feature-id", change.feature().id());
                list.add(item);
            }
            box.add(new H3(heading.in(lang) + " (" + lang.digits(String.valueOf(ofKind.size())) + ")"), list);
        }
        return box;
    }

    private static Div eventList(Years years, List<AtlasEvent> between, Lang lang) {
        Div box = new Div(new H3(UiText.EVENTS_BETWEEN.in(lang, years.earlier(), years.later())));
        box.addClassName("compare-events");
        if (between.isEmpty()) {
            box.add(new Paragraph(UiText.NO_EVENTS_BETWEEN.in(lang)));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (AtlasEvent event : between) {
            ListItem item = new ListItem(lang.digits(event.date().format(lang)) + " · "
                    + lang.digits(event.title().in(lang)));
            item.getElement().setAttribute("data-event-id", event.id());
            list.add(item);
        }
        box.add(list);
        return box;
    }
}
