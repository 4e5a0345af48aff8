package org.relationsatlas.atlas;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.sources.Source;

/**
 * One event in the panel: date at its precision, layer tag, title, summary, where sources
 * disagree with the seed text, and source links. All text goes in as text, never as HTML.
 */
class EventCard extends Div {

    private final AtlasEvent event;

    EventCard(AtlasEvent event, Lang lang) {
        this.event = event;
        addClassName("event-card");
        getElement().setAttribute("data-event-id", event.id());
        getElement().setAttribute("role", "row");
        getElement().setAttribute("tabindex", "0");
        setSelected(false);

        Div cell = new Div();
        cell.getElement().setAttribute("role", "gridcell");
        Element time = new Element("time");
        time.setAttribute("datetime", event.date().iso());
        time.setText(event.date().format(lang.locale()));
        Span tag = new Span(Categories.label(event.category(), lang));
        tag.addClassNames("layer-tag", "tag-" + event.category().id());
        Div meta = new Div(tag);
        meta.addClassName("event-meta");
        meta.getElement().insertChild(0, time);

        H3 title = new H3(event.title().in(lang.code()));
        Paragraph summary = new Paragraph(event.summary().in(lang.code()));
        cell.add(meta, title, summary);
        event.seedConflict().ifPresent(conflict -> cell.add(conflictBox(conflict, lang)));
        cell.add(sources(lang));
        add(cell);
    }

    String eventId() {
        return event.id();
    }

    AtlasEvent event() {
        return event;
    }

    void setSelected(boolean selected) {
        getElement().setAttribute("aria-selected", String.valueOf(selected));
        setClassName("selected", selected);
    }

    void addSelectListener(Runnable listener) {
        addClickListener((ComponentEventListener<ClickEvent<Div>>) click -> listener.run());
        getElement().addEventListener("keydown", keydown -> listener.run())
                .setFilter("(event.key === 'Enter' || event.key === ' ') && event.target === element")
                .preventDefault();
    }

    private static Div conflictBox(AtlasEvent.SeedConflict conflict, Lang lang) {
        Div box = new Div();
        box.addClassName("seed-conflict");
        Span badge = new Span(UiText.DISAGREEMENT.in(lang));
        badge.addClassName("conflict-badge");
        box.add(badge);
        if (conflict.seedClaimAr() != null) {
            Paragraph seed = new Paragraph(UiText.SEED_SAYS.in(lang) + " ");
            Span quote = new Span("«" + conflict.seedClaimAr() + "»");
            quote.getElement().setAttribute("lang", "ar");
            quote.getElement().setAttribute("dir", "rtl");
            seed.add(quote);
            box.add(seed);
        }
        box.add(new Paragraph(UiText.SOURCES_SAY.in(lang) + " " + conflict.note().in(lang.code())));
        return box;
    }

    private Div sources(Lang lang) {
        UnorderedList list = new UnorderedList();
        for (Source source : event.sources()) {
            Anchor link = new Anchor(source.url(), source.title(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            String publisher = " — " + source.publisher() + (source.published() == null ? "" : ", " + source.published());
            ListItem item = new ListItem(link, new Span(publisher));
            // Sources are mostly English pages: let each line take the direction of its own text.
            item.getElement().setAttribute("dir", "auto");
            list.add(item);
        }
        Div box = new Div(new Span(UiText.SOURCES.in(lang)), list);
        box.addClassName("event-sources");
        return box;
    }
}
