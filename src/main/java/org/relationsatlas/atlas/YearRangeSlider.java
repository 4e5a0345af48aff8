package org.relationsatlas.atlas;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import org.relationsatlas.years.YearRange;

/** The two-handle year slider (frontend/atlas-year-range.ts), limited to the atlas's period. */
@Tag("atlas-year-range")
@JsModule("./atlas-year-range.ts")
public class YearRangeSlider extends Component {

    private YearRange value = YearRange.ALL;

    public YearRangeSlider(String fromLabel, String toLabel) {
        getElement().setAttribute("min", String.valueOf(YearRange.EARLIEST));
        getElement().setAttribute("max", String.valueOf(YearRange.LATEST));
        getElement().setAttribute("from-label", fromLabel);
        getElement().setAttribute("to-label", toLabel);
        setValue(YearRange.ALL);
    }

    public YearRange getValue() {
        return value;
    }

    public void setValue(YearRange range) {
        value = range;
        getElement().setAttribute("from", String.valueOf(range.from()));
        getElement().setAttribute("to", String.valueOf(range.to()));
    }

    /** Called when the user releases a handle (or steps one by keyboard) on a range inside the period. */
    public Registration addRangeChangeListener(Consumer<YearRange> listener) {
        return addListener(SliderRangeChangeEvent.class, event -> event.range().ifPresent(range -> {
            value = range;
            listener.accept(range);
        }));
    }
}
