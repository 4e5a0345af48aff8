package org.relationsatlas.atlas;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.map.OncePerRoundTrip;
import org.relationsatlas.years.YearRange;

/**
 * The timeline under the map (frontend/atlas-timeline.ts): events per year as a histogram, with the
 * selected years shaded. Brushing across it, or stepping it with the arrow keys, sets the same range
 * as the year slider.
 */
@Tag("atlas-timeline")
@JsModule("./atlas-timeline.ts")
public class TimelineStrip extends Component {

    /** Mirrors TimelineState in frontend/atlas-timeline.ts; counts[i] is the number of events in first + i. */
    public record TimelineState(int first, int from, int to, List<Integer> counts, String lang, String label)
            implements Serializable {
    }

    private TimelineState state;
    private final OncePerRoundTrip update =
            new OncePerRoundTrip(this, () -> getElement().callJsFunction("applyState", state));

    public TimelineStrip(Lang lang) {
        state = new TimelineState(YearRange.EARLIEST, YearRange.EARLIEST, YearRange.LATEST, List.of(), lang.code(),
                UiText.TIMELINE_LABEL.in(lang));
    }

    /** Shows the selected years over the events per year (counted by their main date). */
    public void show(YearRange range, List<AtlasEvent> events) {
        Integer[] counts = new Integer[YearRange.LATEST - YearRange.EARLIEST + 1];
        java.util.Arrays.fill(counts, 0);
        for (AtlasEvent event : events) {
            counts[event.date().year() - YearRange.EARLIEST]++;
        }
        state = new TimelineState(YearRange.EARLIEST, range.from(), range.to(), List.of(counts), state.lang(),
                state.label());
        update.schedule();
    }

    public TimelineState state() {
        return state;
    }

    /** Called when the user brushes a range or steps it by keyboard. */
    public void addRangeChangeListener(Consumer<YearRange> listener) {
        RangeChange.listen(this, listener);
    }
}
