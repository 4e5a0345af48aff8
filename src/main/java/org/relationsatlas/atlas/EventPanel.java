package org.relationsatlas.atlas;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.ui.EventList;
import org.relationsatlas.years.YearRange;

/**
 * The side panel: how many events are shown, what a click on the map selected (a place and how many of its
 * events the list marks), the cards in date order ({@link EventList}), or an empty state.
 */
class EventPanel extends Div {

    private final Lang lang;
    private final Paragraph count = new Paragraph();
    private final Paragraph selection = new Paragraph();
    private final EventList list;

    EventPanel(Lang lang, Consumer<String> onSelect) {
        this.lang = lang;
        addClassName("event-panel");
        H2 heading = new H2(UiText.EVENTS.in(lang));
        heading.setId("events-heading");
        count.addClassName("event-count");
        count.getElement().setAttribute("role", "status");
        selection.addClassName("selection-summary");
        selection.getElement().setAttribute("role", "status");
        list = EventList.grid(lang, "events-heading");
        list.addSelectListener(onSelect);
        add(heading, count, selection, list);
    }

    void show(List<AtlasEvent> events, int total, YearRange range) {
        count.setText(UiText.EVENT_COUNT.in(lang, events.size(), total, range.from(), range.to()));
        list.show(events.stream().map(AtlasEvent::id).toList(), UiText.NO_EVENTS.in(lang, range.from(), range.to()));
        selection.setText("");
    }

    /** Marks these events selected and scrolls the first into view. */
    void select(Collection<String> eventIds) {
        selection.setText("");
        list.select(eventIds);
    }

    /** Marks the shown events about a feature clicked on the map, and says above the list which and how many. */
    void selectAbout(String featureName, Collection<String> eventIds) {
        list.select(eventIds);
        selection.setText(eventIds.isEmpty() ? UiText.FEATURE_NO_EVENTS.in(lang, featureName)
                : UiText.FEATURE_EVENTS_SELECTED.in(lang, featureName, eventIds.size()));
    }

    List<String> shownEventIds() {
        return list.eventIds();
    }
}
