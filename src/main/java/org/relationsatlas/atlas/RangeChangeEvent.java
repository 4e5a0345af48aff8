package org.relationsatlas.atlas;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

import org.relationsatlas.years.YearRange;

/**
 * A "range-change" from the browser (detail: {from, to}), fired by the year slider and the timeline
 * alike; each has its own {@code @DomEvent} subclass, since Vaadin binds an event to one component type.
 * The years come from the browser, so they make a range only when it is real and inside the atlas's period.
 */
public abstract class RangeChangeEvent<C extends Component> extends ComponentEvent<C> {

    private final int from;
    private final int to;

    protected RangeChangeEvent(C source, boolean fromClient, int from, int to) {
        super(source, fromClient);
        this.from = from;
        this.to = to;
    }

    /** The range chosen, or empty when the years sent are not a range inside the period. */
    public Optional<YearRange> range() {
        return YearRange.isInPeriod(from) && YearRange.isInPeriod(to) && from <= to
                ? Optional.of(new YearRange(from, to)) : Optional.empty();
    }
}
