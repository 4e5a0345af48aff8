package org.relationsatlas.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.details.Details;
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
 * One event in the panel: its dates with kind and precision, layer tag, title, summary, a mark
 * where sources disagree (opening it shows both versions), and source links that open in a new
 * tab. All text goes in as text, never as HTML.
 */
public class EventCard extends Div {

    /** Languages written right to left among those a source title may be in. */
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of("ar", "fa", "he", "ur");

    private final AtlasEvent event;
    private final Div cell = new Div();

    /** A card on its own (a lesson step's event); the event list makes its cards rows with {@link #asGridRow()}. */
    public EventCard(AtlasEvent event, Lang lang) {
        this.event = event;
        addClassName("event-card");
        getElement().setAttribute("data-event-id", event.id());

        Element time = new Element("time");
        time.setAttribute("datetime", event.date().iso());
        time.setText(event.moments().stream().map(moment -> lang.digits(moment.format(lang)))
                .collect(Collectors.joining(" · ")));
        Span tag = new Span(Labels.label(event.category(), lang));
        tag.addClassNames("layer-tag", "tag-" + event.category().id());
        Div meta = new Div(tag);
        meta.addClassName("event-meta");
        meta.getElement().insertChild(0, time);
        event.disagreementIfAny().ifPresent(disagreement -> {
            Span mark = new Span("⚠ " + UiText.DISAGREEMENT.in(lang));
            mark.addClassName("disagreement-mark");
            meta.add(mark);
            addClassName("has-disagreement");
        });

        // Dataset text in the language's digits too (Lang.digits); quotations from the seeds stay verbatim.
        H3 title = new H3(lang.digits(event.title().in(lang)));
        Paragraph summary = new Paragraph(lang.digits(event.summary().in(lang)));
        cell.add(meta, title, summary);
        event.disagreementIfAny().ifPresentOrElse(
                disagreement -> cell.add(disagreementDetails(disagreement, lang)),
                () -> event.seedMention().ifPresent(seed -> cell.add(seedLine(seed, lang))));
        cell.add(sources(lang));
        add(cell);
    }

    /** A row of the event list's grid: selectable, and a stop of its own for the keyboard. */
    public EventCard asGridRow() {
        getElement().setAttribute("role", "row");
        getElement().setAttribute("tabindex", "0");
        cell.getElement().setAttribute("role", "gridcell");
        setSelected(false);
        return this;
    }

    public String eventId() {
        return event.id();
    }

    AtlasEvent event() {
        return event;
    }

    public void setSelected(boolean selected) {
        getElement().setAttribute("aria-selected", String.valueOf(selected));
        setClassName("selected", selected);
    }

    public void addSelectListener(Runnable listener) {
        addClickListener((ComponentEventListener<ClickEvent<Div>>) click -> listener.run());
        getElement().addEventListener("keydown", keydown -> listener.run())
                .setFilter("(event.key === 'Enter' || event.key === ' ') && event.target === element")
                .preventDefault();
    }

    /** Both versions, folded: the mark on the card says there is a disagreement, opening it shows them. */
    private static Details disagreementDetails(AtlasEvent.Disagreement disagreement, Lang lang) {
        Div body = new Div();
        body.addClassName("seed-conflict");
        Paragraph other = new Paragraph(new Span(otherVersionLabel(disagreement, lang) + " "));
        if (disagreement.isWithASeed()) {
            other.add(new Span("«"), arabicQuote(disagreement.claim().ar()), new Span("»"));
            if (lang == Lang.EN) {
                other.add(new Span(" (" + disagreement.claim().en() + ")"));
            }
        } else {
            other.add(new Span(lang.digits(disagreement.claim().in(lang))));
        }
        other.addClassName("other-version");
        Paragraph sourcesSay = new Paragraph(UiText.SOURCES_SAY.in(lang) + " " + lang.digits(disagreement.sourcesSay().in(lang)));
        sourcesSay.addClassName("sources-version");
        Paragraph note = new Paragraph(UiText.ATLAS_SHOWS.in(lang) + " " + lang.digits(disagreement.note().in(lang)));
        note.addClassName("disagreement-note");
        body.add(other, sourcesSay, note);
        Details details = new Details(UiText.SHOW_BOTH_VERSIONS.in(lang), body);
        details.addClassName("disagreement");
        return details;
    }

    private static String otherVersionLabel(AtlasEvent.Disagreement disagreement, Lang lang) {
        return switch (disagreement.source()) {
            case "seed-000" -> UiText.SEED_000_SAYS.in(lang);
            case "seed-001" -> UiText.SEED_001_SAYS.in(lang);
            default -> UiText.OTHER_SOURCES_SAY.in(lang);
        };
    }

    private static Paragraph seedLine(AtlasEvent.SeedMention seed, Lang lang) {
        Paragraph line = new Paragraph(new Span(("000".equals(seed.text()) ? UiText.IN_SEED_000 : UiText.IN_SEED_001)
                .in(lang) + " «"), arabicQuote(seed.quoteAr()), new Span("»"));
        line.addClassName("seed-mention");
        return line;
    }

    /** The seed's Arabic words, isolated right-to-left so they read correctly inside English text too. */
    private static Span arabicQuote(String text) {
        Span quote = new Span(text);
        quote.getElement().setAttribute("lang", "ar");
        quote.getElement().setAttribute("dir", "rtl");
        quote.addClassName("seed-quote");
        return quote;
    }

    /**
     * A title in another language than the page's carries its own lang and direction (WCAG 3.1.2), so a
     * screen reader pronounces it right and the bidi algorithm keeps it whole.
     */
    static void markTitleLanguage(Anchor link, String titleLang, Lang page) {
        if (titleLang == null || titleLang.equals(page.code())) {
            return;
        }
        link.getElement().setAttribute("lang", titleLang);
        link.getElement().setAttribute("dir", RIGHT_TO_LEFT_LANGUAGES.contains(titleLang) ? "rtl" : "ltr");
    }

    private Div sources(Lang lang) {
        UnorderedList list = new UnorderedList();
        for (Source source : event.sources()) {
            Anchor link = new Anchor(source.url(), source.title(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            markTitleLanguage(link, source.titleLang(), lang);
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
