package org.relationsatlas.atlas;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.EventService;
import org.relationsatlas.events.SearchHit;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;

/**
 * Search over event titles and summaries in both languages. Results show the matched words marked;
 * choosing one hands the event to the view. Text goes in as text, the mark as an element: never HTML.
 */
class SearchBox extends Div {

    static final int MAX_RESULTS = 8;

    private final EventService events;
    private final Lang lang;
    private final Consumer<AtlasEvent> onChoose;
    private final TextField field = new TextField();
    private final Div results = new Div();

    SearchBox(EventService events, Lang lang, Consumer<AtlasEvent> onChoose) {
        this.events = events;
        this.lang = lang;
        this.onChoose = onChoose;
        addClassName("search-box");
        field.setPlaceholder(UiText.SEARCH_PLACEHOLDER.in(lang));
        field.setAriaLabel(UiText.SEARCH_PLACEHOLDER.in(lang));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(EventService.MAX_QUERY);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        field.addValueChangeListener(change -> showResults(change.getValue()));
        field.addKeyDownListener(Key.ESCAPE, escape -> field.clear());
        results.addClassName("search-results");
        results.getElement().setAttribute("role", "list");
        add(field, results);
    }

    private void showResults(String query) {
        results.removeAll();
        if (query.isBlank()) {
            return;
        }
        List<SearchHit> hits = events.search(query, lang, MAX_RESULTS);
        if (hits.isEmpty()) {
            Span none = new Span(UiText.SEARCH_NOTHING.in(lang, query.strip()));
            none.addClassName("search-empty");
            results.add(none);
            return;
        }
        for (SearchHit hit : hits) {
            results.add(result(hit));
        }
    }

    private Div result(SearchHit hit) {
        AtlasEvent event = hit.event();
        Div result = new Div();
        result.addClassName("search-result");
        result.getElement().setAttribute("role", "listitem");
        result.getElement().setAttribute("tabindex", "0");
        result.getElement().setAttribute("data-event-id", event.id());
        Span date = new Span(lang.digits(event.date().format(lang)));
        date.addClassName("search-date");
        // The hit's text in the digits of its language (same length, so the match stays in place).
        Lang textLang = hit.language();
        Div title = new Div();
        title.addClassName("search-title");
        Div snippet = new Div();
        snippet.addClassName("search-snippet");
        if (hit.inTitle()) {
            marked(title.getElement(), textLang.digits(hit.matchedText()), hit.start(), hit.end());
        } else {
            title.setText(textLang.digits(event.title().in(textLang)));
            String summary = textLang.digits(hit.matchedText());
            int from = Math.max(0, hit.start() - 40);
            int to = Math.min(summary.length(), hit.end() + 60);
            marked(snippet.getElement(), (from > 0 ? "…" : "") + summary.substring(from, to) + (to < summary.length() ? "…" : ""),
                    hit.start() - from + (from > 0 ? 1 : 0), hit.end() - from + (from > 0 ? 1 : 0));
        }
        title.getElement().setAttribute("dir", "auto");
        snippet.getElement().setAttribute("dir", "auto");
        result.add(date, title);
        if (!hit.inTitle()) {
            result.add(snippet);
        }
        result.addClickListener(click -> choose(event));
        result.getElement().addEventListener("keydown", key -> choose(event))
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return result;
    }

    private void choose(AtlasEvent event) {
        field.clear();
        onChoose.accept(event);
    }

    /** Text with [start, end) wrapped in a mark element; all parts as text nodes. */
    private static void marked(Element into, String text, int start, int end) {
        into.appendChild(Element.createText(text.substring(0, start)));
        into.appendChild(new Element("mark").setText(text.substring(start, end)));
        into.appendChild(Element.createText(text.substring(end)));
    }
}
