package org.relationsatlas.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.sources.Source;

/**
 * Everything one event card says, in one language, as the browser's event list draws it
 * (frontend/event-cards.ts mirrors these records): its dates with kind and precision, layer tag,
 * title, summary, a mark where sources disagree (opening it shows both versions), the seed's words,
 * and the source links. The texts are formatted here, once, in the page's digits; the browser only
 * puts them into elements as text.
 *
 * @param datetime the main date, ISO, for {@code <time datetime>}
 * @param when     every dated moment, formatted, joined by " · "
 * @param noPlace  that the event has no single place on the map, or null when it has one
 */
public record EventCardText(
        String id,
        String category,
        String datetime,
        String when,
        String tag,
        String title,
        String summary,
        String noPlace,
        DisagreementText disagreement,
        SeedLine seed,
        String sourcesLabel,
        List<SourceLine> sources) {

    /** Languages written right to left among those a source title may be in. */
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of("ar", "fa", "he", "ur");

    /**
     * Two versions of a fact, folded under {@code toggle}. The other version is {@code quoteAr} (a seed's
     * Arabic words, with an English {@code gloss} on the English page) or, between sources, {@code claim}.
     */
    public record DisagreementText(String mark, String toggle, String otherLabel, String quoteAr, String gloss,
                                   String claim, String sourcesSay, String atlasShows) {
    }

    /** Where a seed text mentions the event: "In the 1950 treaty article «…»". */
    public record SeedLine(String label, String quoteAr) {
    }

    /**
     * A source link. {@code titleLang}/{@code titleDir} are set only when the title is in another
     * language than the page (WCAG 3.1.2), so a screen reader pronounces it right and bidi keeps it whole.
     */
    public record SourceLine(String url, String title, String titleLang, String titleDir, String publisher) {
    }

    public static EventCardText of(AtlasEvent event, Lang lang) {
        String when = event.moments().stream().map(moment -> lang.digits(moment.format(lang)))
                .collect(Collectors.joining(" · "));
        AtlasEvent.Disagreement disagreement = event.disagreementIfAny().orElse(null);
        // Where sources disagree the card shows both versions; the seed's words are then in them already.
        SeedLine seed = disagreement != null ? null : event.seedMention().map(mention -> new SeedLine(
                ("000".equals(mention.text()) ? UiText.IN_SEED_000 : UiText.IN_SEED_001).in(lang), mention.quoteAr()))
                .orElse(null);
        // Dataset text in the language's digits too (Lang.digits); quotations from the seeds stay verbatim.
        return new EventCardText(event.id(), event.category().id(), event.date().iso(), when,
                Labels.label(event.category(), lang), lang.digits(event.title().in(lang)),
                lang.digits(event.summary().in(lang)), event.noPlace() ? UiText.NO_PLACE_ON_MAP.in(lang) : null,
                disagreement == null ? null : disagreementText(disagreement, lang), seed,
                UiText.SOURCES.in(lang), event.sources().stream().map(source -> sourceLine(source, lang)).toList());
    }

    private static DisagreementText disagreementText(AtlasEvent.Disagreement disagreement, Lang lang) {
        boolean seed = disagreement.isWithASeed();
        return new DisagreementText("⚠ " + UiText.DISAGREEMENT.in(lang), UiText.SHOW_BOTH_VERSIONS.in(lang),
                otherVersionLabel(disagreement, lang),
                seed ? disagreement.claim().ar() : null,
                seed && lang == Lang.EN ? disagreement.claim().en() : null,
                seed ? null : lang.digits(disagreement.claim().in(lang)),
                UiText.SOURCES_SAY.in(lang) + " " + lang.digits(disagreement.sourcesSay().in(lang)),
                UiText.ATLAS_SHOWS.in(lang) + " " + lang.digits(disagreement.note().in(lang)));
    }

    private static String otherVersionLabel(AtlasEvent.Disagreement disagreement, Lang lang) {
        return switch (disagreement.source()) {
            case "seed-000" -> UiText.SEED_000_SAYS.in(lang);
            case "seed-001" -> UiText.SEED_001_SAYS.in(lang);
            default -> UiText.OTHER_SOURCES_SAY.in(lang);
        };
    }

    private static SourceLine sourceLine(Source source, Lang page) {
        String titleLang = source.titleLang() == null || source.titleLang().equals(page.code()) ? null : source.titleLang();
        String titleDir = titleLang == null ? null : RIGHT_TO_LEFT_LANGUAGES.contains(titleLang) ? "rtl" : "ltr";
        String publisher = " — " + source.publisher() + (source.published() == null ? "" : ", " + source.published());
        return new SourceLine(source.url(), source.title(), titleLang, titleDir, publisher);
    }
}
