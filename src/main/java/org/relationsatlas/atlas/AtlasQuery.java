package org.relationsatlas.atlas;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;

import org.relationsatlas.events.EventFilter;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;

/**
 * The view's state as it appears in the URL:
 * {@code ?from=1949&to=1951&layers=borders,railways&event=<id>&region=<id>&lang=ar&disagreements=only}.
 * Parsing is forgiving: a bad parameter falls back to its default and leaves a notice for the user.
 */
public record AtlasQuery(YearRange range, Set<Layer> layers, String eventId, Lang lang, boolean onlyDisagreements,
        String regionId) {

    static final String ONLY_DISAGREEMENTS = "only";

    /** The result of reading a URL: the state to show and what was ignored, in the user's language. */
    public record Parsed(AtlasQuery query, List<String> notices) {
    }

    public AtlasQuery {
        layers = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    }

    public static AtlasQuery defaults(Lang lang) {
        return new AtlasQuery(YearRange.ALL, EnumSet.allOf(Layer.class), null, lang, false, null);
    }

    public static Parsed parse(QueryParameters parameters, Lang lang, Predicate<String> eventExists,
            Predicate<String> regionExists) {
        Map<String, String> values = parameters.getParameters().entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getFirst()));
        List<String> notices = new ArrayList<>();
        int from = year(values, "from", YearRange.EARLIEST, lang, notices);
        int to = year(values, "to", YearRange.LATEST, lang, notices);
        if (from > to) {
            notices.add(UiText.NOTICE_SWAPPED.in(lang));
            int swap = from;
            from = to;
            to = swap;
        }
        Set<Layer> layers = EnumSet.allOf(Layer.class);
        if (values.containsKey("layers")) {
            layers = EnumSet.noneOf(Layer.class);
            for (String id : values.get("layers").split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                Layer layer = Layer.byId(id.strip()).orElse(null);
                if (layer == null) {
                    notices.add(UiText.NOTICE_UNKNOWN_LAYER.in(lang, id.strip()));
                } else {
                    layers.add(layer);
                }
            }
        }
        String eventId = values.get("event");
        if (eventId != null && !eventExists.test(eventId)) {
            notices.add(UiText.NOTICE_UNKNOWN_EVENT.in(lang, eventId));
            eventId = null;
        }
        boolean onlyDisagreements = ONLY_DISAGREEMENTS.equals(values.get("disagreements"));
        String regionId = values.get("region");
        if (regionId != null && !regionExists.test(regionId)) {
            notices.add(UiText.NOTICE_UNKNOWN_REGION.in(lang, regionId));
            regionId = null;
        }
        return new Parsed(new AtlasQuery(new YearRange(from, to), layers, eventId, lang, onlyDisagreements, regionId),
                notices);
    }

    private static int year(Map<String, String> values, String name, int fallback, Lang lang, List<String> notices) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        OptionalInt year = YearRange.parseYear(text);
        if (year.isEmpty() || !YearRange.isInPeriod(year.getAsInt())) {
            notices.add(UiText.NOTICE_BAD_YEAR.in(lang, name, text, YearRange.EARLIEST, YearRange.LATEST));
            return fallback;
        }
        return year.getAsInt();
    }

    public AtlasQuery withRange(YearRange newRange) {
        return new AtlasQuery(newRange, layers, eventId, lang, onlyDisagreements, regionId);
    }

    public AtlasQuery withLayers(Set<Layer> newLayers) {
        return new AtlasQuery(range, newLayers, eventId, lang, onlyDisagreements, regionId);
    }

    public AtlasQuery withEvent(String newEventId) {
        return new AtlasQuery(range, layers, newEventId, lang, onlyDisagreements, regionId);
    }

    public AtlasQuery withLang(Lang newLang) {
        return new AtlasQuery(range, layers, eventId, newLang, onlyDisagreements, regionId);
    }

    public AtlasQuery withOnlyDisagreements(boolean only) {
        return new AtlasQuery(range, layers, eventId, lang, only, regionId);
    }

    public AtlasQuery withRegion(String newRegionId) {
        return new AtlasQuery(range, layers, eventId, lang, onlyDisagreements, newRegionId);
    }

    /** The events this state lists. */
    public EventFilter eventFilter() {
        return new EventFilter(range, layers, regionId, onlyDisagreements);
    }

    /** The URL parameters for this state; defaults are left out to keep links short. */
    public QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (range.from() != YearRange.EARLIEST) {
            values.put("from", String.valueOf(range.from()));
        }
        if (range.to() != YearRange.LATEST) {
            values.put("to", String.valueOf(range.to()));
        }
        if (!layers.equals(EnumSet.allOf(Layer.class))) {
            values.put("layers", layers.stream().map(Layer::id).collect(Collectors.joining(",")));
        }
        if (eventId != null) {
            values.put("event", eventId);
        }
        if (regionId != null) {
            values.put("region", regionId);
        }
        if (onlyDisagreements) {
            values.put("disagreements", ONLY_DISAGREEMENTS);
        }
        values.put("lang", lang.code());
        return QueryParameters.simple(values);
    }
}
