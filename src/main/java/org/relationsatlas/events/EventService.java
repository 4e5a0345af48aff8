package org.relationsatlas.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.relationsatlas.api.KeptUntilReload;
import org.relationsatlas.api.ServedDataChanged;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Which events to show for a year range and a set of visible layers. The events are read from the
 * database once and kept until the dataset is reloaded ({@link ServedDataChanged}): every filter change,
 * selection and search of every session reads them, and they change only with a load.
 */
@Service
public class EventService {

    /** The events as read, by date and by id. */
    private record Snapshot(List<AtlasEvent> events, Map<String, AtlasEvent> byId) {
        static Snapshot of(List<AtlasEvent> events) {
            Map<String, AtlasEvent> byId = new LinkedHashMap<>();
            events.forEach(event -> byId.put(event.id(), event));
            return new Snapshot(List.copyOf(events), Collections.unmodifiableMap(byId));
        }
    }

    private final EventRepository repository;
    private final KeptUntilReload<Snapshot> snapshot;

    public EventService(EventRepository repository) {
        this.repository = repository;
        this.snapshot = new KeptUntilReload<>(() -> Snapshot.of(repository.findAll()));
    }

    @EventListener(ServedDataChanged.class)
    public void forgetEvents() {
        snapshot.forget();
    }

    /** Events in the range whose layer (if they have one) is visible, sorted by date. */
    public List<AtlasEvent> eventsFor(YearRange range, Set<Layer> visibleLayers) {
        return eventsFor(EventFilter.of(range, visibleLayers));
    }

    /** Every event, sorted by date (the view filters one read several ways). */
    public List<AtlasEvent> allEvents() {
        return snapshot.get().events();
    }

    /** Events the filter accepts, sorted by date. */
    public List<AtlasEvent> eventsFor(EventFilter filter) {
        return allEvents().stream().filter(filter::accepts).toList();
    }

    /** The longest query searched for, so a pasted page cannot make the search slow. */
    public static final int MAX_QUERY = 100;

    /**
     * Events whose title or summary contains the query, in either language, ignoring case, accents and
     * Arabic diacritics and hamza spellings; title matches first, then by date. Matches are reported in
     * {@code language}'s text where it matches there, else in the other language's.
     */
    public List<SearchHit> search(String query, Lang language, int limit) {
        String folded = SearchText.foldQuery(query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query);
        if (folded.length() < 2) {
            return List.of();
        }
        Lang other = language.other();
        List<SearchHit> titleHits = new java.util.ArrayList<>();
        List<SearchHit> summaryHits = new java.util.ArrayList<>();
        for (AtlasEvent event : allEvents()) {
            SearchHit hit = match(event, folded, language);
            if (hit == null) {
                hit = match(event, folded, other);
            }
            if (hit != null) {
                (hit.inTitle() ? titleHits : summaryHits).add(hit);
            }
        }
        titleHits.addAll(summaryHits);
        return titleHits.stream().limit(limit).toList();
    }

    private static SearchHit match(AtlasEvent event, String folded, Lang language) {
        int[] inTitle = SearchText.of(event.title().in(language)).find(folded);
        if (inTitle != null) {
            return new SearchHit(event, language, true, inTitle[0], inTitle[1]);
        }
        int[] inSummary = SearchText.of(event.summary().in(language)).find(folded);
        return inSummary == null ? null : new SearchHit(event, language, false, inSummary[0], inSummary[1]);
    }

    public Optional<AtlasEvent> event(String id) {
        return Optional.ofNullable(snapshot.get().byId().get(id));
    }

    /** Events about a map feature, among those the filter shows. */
    public List<AtlasEvent> eventsAbout(String featureId, EventFilter filter) {
        return eventsFor(filter).stream()
                .filter(event -> event.featureIds().contains(featureId))
                .toList();
    }
}
