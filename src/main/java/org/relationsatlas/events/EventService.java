package org.relationsatlas.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;
import org.springframework.stereotype.Service;

/** Which events to show for a year range and a set of visible layers. */
@Service
public class EventService {

    private final EventRepository repository;

    public EventService(EventRepository repository) {
        this.repository = repository;
    }

    /** Events in the range whose layer (if they have one) is visible, sorted by date. */
    public List<AtlasEvent> eventsFor(YearRange range, Set<Layer> visibleLayers) {
        return eventsFor(EventFilter.of(range, visibleLayers));
    }

    /** Events the filter accepts, sorted by date. */
    public List<AtlasEvent> eventsFor(EventFilter filter) {
        return repository.findAll().stream().filter(filter::accepts).toList();
    }

    public Optional<AtlasEvent> event(String id) {
        return repository.findById(id);
    }

    /** Events about a map feature, among those shown for the range and layers. */
    public List<AtlasEvent> eventsAbout(String featureId, YearRange range, Set<Layer> visibleLayers) {
        return eventsFor(range, visibleLayers).stream()
                .filter(event -> event.featureIds().contains(featureId))
                .toList();
    }
}
