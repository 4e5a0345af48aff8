package org.relationsatlas.atlas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.ui.EventCard;
import org.relationsatlas.years.YearRange;

/** The side panel: how many events are shown, the cards in date order, or an empty state. */
class EventPanel extends Div {

    private final Lang lang;
    private final Paragraph count = new Paragraph();
    private final Div list = new Div();
    private final List<EventCard> cards = new ArrayList<>();
    private final Consumer<AtlasEvent> onSelect;

    EventPanel(Lang lang, Consumer<AtlasEvent> onSelect) {
        this.lang = lang;
        this.onSelect = onSelect;
        addClassName("event-panel");
        H2 heading = new H2(UiText.EVENTS.in(lang));
        heading.setId("events-heading");
        count.addClassName("event-count");
        count.getElement().setAttribute("role", "status");
        list.addClassName("event-list");
        list.getElement().setAttribute("role", "grid");
        list.getElement().setAttribute("aria-labelledby", "events-heading");
        add(heading, count, list);
    }

    void show(List<AtlasEvent> events, int total, YearRange range) {
        list.removeAll();
        cards.clear();
        count.setText(UiText.EVENT_COUNT.in(lang, events.size(), total, range.from(), range.to()));
        if (events.isEmpty()) {
            Paragraph empty = new Paragraph(UiText.NO_EVENTS.in(lang, range.from(), range.to()));
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        for (AtlasEvent event : events) {
            EventCard card = new EventCard(event, lang).asGridRow();
            card.addSelectListener(() -> onSelect.accept(event));
            cards.add(card);
            list.add(card);
        }
    }

    /** Marks these events selected and scrolls the first into view. */
    void select(Collection<String> eventIds) {
        EventCard first = null;
        for (EventCard card : cards) {
            boolean selected = eventIds.contains(card.eventId());
            card.setSelected(selected);
            if (selected && first == null) {
                first = card;
            }
        }
        if (first != null) {
            first.scrollIntoView();
        }
    }

    List<String> shownEventIds() {
        return cards.stream().map(EventCard::eventId).toList();
    }
}
