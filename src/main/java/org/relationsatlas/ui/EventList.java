package org.relationsatlas.ui;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;

/**
 * The Java side of {@code <atlas-event-list>} (frontend/atlas-event-list.ts): a list of event cards
 * drawn in the browser from /api/event-cards ({@link EventCardsController}), only as far as the
 * reader has scrolled (and all of them for printing). The server keeps and sends which events are
 * shown and which are selected, never the cards themselves: that kept the page's first response at
 * over a megabyte and thousands of elements.
 * <p>
 * As a {@link #grid grid}, the atlas's panel: each card a selectable row. As a single card, a lesson
 * step's event.
 */
@Tag("atlas-event-list")
@JsModule("./atlas-event-list.ts")
public class EventList extends Component implements HasStyle {

    /**
     * What the list shows; mirrors EventListState in frontend/atlas-event-list.ts.
     *
     * @param eventIds  the events shown, in order
     * @param selected  those marked selected
     * @param emptyText shown when there are none
     */
    public record State(String lang, boolean grid, List<String> eventIds, List<String> selected, String emptyText,
                        String loadingText, String failedText, String retryText) {
    }

    private final Lang lang;
    private final boolean grid;
    private List<String> eventIds = List.of();
    private List<String> selected = List.of();
    private String emptyText = "";
    private boolean revealSelected;
    private final OncePerRoundTrip update = new OncePerRoundTrip(this, this::send);

    private EventList(Lang lang, boolean grid) {
        this.lang = lang;
        this.grid = grid;
        if (grid) {
            addClassName("event-list");
            getElement().setAttribute("role", "grid");
        }
    }

    /** The atlas's list: selectable rows, one keyboard stop each. */
    public static EventList grid(Lang lang, String labelledBy) {
        EventList list = new EventList(lang, true);
        list.getElement().setAttribute("aria-labelledby", labelledBy);
        return list;
    }

    /** One event's card, to read. */
    public static EventList single(Lang lang, String eventId) {
        EventList list = new EventList(lang, false);
        list.show(List.of(eventId), "");
        return list;
    }

    /** Shows these events in this order (none: the empty text); the selection is cleared. */
    public void show(List<String> eventIds, String emptyText) {
        this.eventIds = List.copyOf(eventIds);
        this.emptyText = emptyText;
        this.selected = List.of();
        update.schedule();
    }

    /** Marks these events selected and scrolls the first into view. */
    public void select(Collection<String> eventIds) {
        this.selected = this.eventIds.stream().filter(eventIds::contains).toList();
        this.revealSelected = !selected.isEmpty();
        update.schedule();
    }

    public List<String> eventIds() {
        return eventIds;
    }

    public State state() {
        return new State(lang.code(), grid, eventIds, selected, emptyText, UiText.EVENTS_LOADING.in(lang),
                UiText.EVENTS_FAILED.in(lang), UiText.RETRY.in(lang));
    }

    /** A card was chosen (click, Enter or Space); only events the list shows are passed on. */
    public Registration addSelectListener(Consumer<String> listener) {
        return addListener(SelectEvent.class, select -> {
            if (eventIds.contains(select.eventId)) {
                listener.accept(select.eventId);
            }
        });
    }

    private void send() {
        getElement().callJsFunction("applyState", state());
        if (revealSelected) {
            // Once: a later update or re-attach must not pull the reader back.
            getElement().callJsFunction("revealSelected");
            revealSelected = false;
        }
    }

    /** The browser's "a card was chosen", with the event's id. */
    @DomEvent("atlas-event-select")
    public static class SelectEvent extends ComponentEvent<EventList> {

        private final String eventId;

        public SelectEvent(EventList source, boolean fromClient, @EventData("event.detail.eventId") String eventId) {
            super(source, fromClient);
            this.eventId = eventId;
        }
    }
}
