package org.relationsatlas.atlas;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.ui.OncePerRoundTrip;
import org.relationsatlas.years.YearRange;

/**
 * The timeline under the map (frontend/atlas-timeline.ts): events per year as a histogram, with the
 * selected years shaded, a mark at the year of each change of the base map (e.g. the USSR dissolved
 * in 1991, titled in the view's language), and a player. Brushing across it, stepping it with the arrow keys, or playing
 * it sets the same range as the year slider. The player runs in the browser and asks for one year at
 * a time, so each step is an ordinary range change here ({@link TimelineRangeChangeEvent}; pausing:
 * {@link TimelinePauseEvent}).
 */
@Tag("atlas-timeline")
@JsModule("./atlas-timeline.ts")
public class TimelineStrip extends Component {

    /**
     * Mirrors TimelineState in frontend/atlas-timeline.ts; counts[i] is the number of events in first + i;
     * marks are the base map's changes, each at its year.
     */
    public record TimelineState(int first, int from, int to, List<Integer> counts, List<TimelineMark> marks,
            String lang, TimelineTexts texts) implements Serializable {
    }

    /** A change of the base map at its year, titled in the view's language; mirrors TimelineMark in TypeScript. */
    public record TimelineMark(String id, int year, String title) implements Serializable {
    }

    /** The strip's words in the view's language; mirrors TimelineTexts in frontend/atlas-timeline.ts. */
    public record TimelineTexts(String group, String strip, String play, String pause, String speed, String slow,
            String normal, String fast, String loop, String playingYear) implements Serializable {

        static TimelineTexts in(Lang lang) {
            return new TimelineTexts(UiText.TIMELINE.in(lang), UiText.TIMELINE_LABEL.in(lang), UiText.PLAY.in(lang),
                    UiText.PAUSE.in(lang), UiText.SPEED.in(lang), UiText.SPEED_SLOW.in(lang),
                    UiText.SPEED_NORMAL.in(lang), UiText.SPEED_FAST.in(lang), UiText.LOOP.in(lang),
                    UiText.PLAYING_YEAR.in(lang, "{0}"));
        }
    }

    private TimelineState state;
    private boolean playing;
    private final OncePerRoundTrip update =
            new OncePerRoundTrip(this, () -> getElement().callJsFunction("applyState", state));

    public TimelineStrip(Lang lang, List<TimelineMark> marks) {
        state = new TimelineState(YearRange.EARLIEST, YearRange.EARLIEST, YearRange.LATEST, List.of(), List.copyOf(marks),
                lang.code(), TimelineTexts.in(lang));
        // Registered first, so that the view's listeners already know whether the change is a play step.
        addListener(TimelineRangeChangeEvent.class, event -> playing = event.isPlaying());
        addListener(TimelinePauseEvent.class, event -> playing = false);
    }

    /** Shows the selected years over the events per year (counted by their main date). */
    public void show(YearRange range, List<AtlasEvent> events) {
        Integer[] counts = new Integer[YearRange.LATEST - YearRange.EARLIEST + 1];
        Arrays.fill(counts, 0);
        for (AtlasEvent event : events) {
            counts[event.date().year() - YearRange.EARLIEST]++;
        }
        state = new TimelineState(YearRange.EARLIEST, range.from(), range.to(), List.of(counts), state.marks(),
                state.lang(), state.texts());
        update.schedule();
    }

    public TimelineState state() {
        return state;
    }

    /** Whether the last range came from the player running (a pause ends it). */
    public boolean isPlaying() {
        return playing;
    }

    /** Called when the user brushes a range, steps it by keyboard, or the player moves it (inside the period). */
    public Registration addRangeChangeListener(Consumer<YearRange> listener) {
        return addListener(TimelineRangeChangeEvent.class, event -> event.range().ifPresent(listener));
    }

    /** Called when the player is paused or stops at the end. */
    public Registration addPauseListener(Runnable listener) {
        return addListener(TimelinePauseEvent.class, event -> listener.run());
    }
}
