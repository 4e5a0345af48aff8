package org.relationsatlas.atlas;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

import org.relationsatlas.years.YearRange;

/**
 * The "range-change" event that the year slider and the timeline both fire (detail: {from, to}).
 * A range from the browser is only passed on when it is a real range inside the atlas's period.
 */
final class RangeChange {

    private RangeChange() {
    }

    static Registration listen(Component component, Consumer<YearRange> listener) {
        return component.getElement().addEventListener("range-change", event -> {
            int from = event.getEventData().get("event.detail.from").asInt();
            int to = event.getEventData().get("event.detail.to").asInt();
            if (YearRange.isInPeriod(from) && YearRange.isInPeriod(to) && from <= to) {
                listener.accept(new YearRange(from, to));
            }
        }).addEventData("event.detail.from").addEventData("event.detail.to");
    }
}
