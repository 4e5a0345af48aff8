package org.relationsatlas.atlas;

import java.io.Serializable;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.ui.OncePerRoundTrip;
import org.relationsatlas.years.YearRange;

/**
 * The yearly trade chart (frontend/atlas-trade-chart.ts). It fetches the series from /api/trade
 * itself; the server sends only the selected years and the labels, in one call per round trip.
 */
@Tag("atlas-trade-chart")
@JsModule("./atlas-trade-chart.ts")
public class TradeChart extends Component {

    /**
     * Mirrors ChartState in frontend/atlas-trade-chart.ts.
     *
     * @param current     the year the timeline is playing, marked on the chart; null when not playing
     * @param partialNote said under the chart when the last year is not over: its {year} and the {months} its
     *                    figure covers ("January–April") are filled in by the chart
     * @param monthNames  January to December in the page's language, for {months}
     */
    public record ChartState(int from, int to, Integer current, String lang, String title, String sourceLabel,
            String noData, String partialNote, List<String> monthNames) implements Serializable {
    }

    private ChartState state;
    private final OncePerRoundTrip update =
            new OncePerRoundTrip(this, () -> getElement().callJsFunction("applyState", state));

    public TradeChart(Lang lang) {
        state = new ChartState(YearRange.EARLIEST, YearRange.LATEST, null, lang.code(), UiText.TRADE_TITLE.in(lang),
                UiText.TRADE_SOURCE.in(lang), UiText.TRADE_NO_DATA.in(lang), UiText.TRADE_PARTIAL_YEAR.in(lang),
                monthNames(lang));
    }

    private static List<String> monthNames(Lang lang) {
        return Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, lang.locale()))
                .toList();
    }

    /** Draws the selected years strong and, while the timeline plays, marks {@code current} (else null). */
    public void setRange(YearRange range, Integer current) {
        state = new ChartState(range.from(), range.to(), current, state.lang(), state.title(), state.sourceLabel(),
                state.noData(), state.partialNote(), state.monthNames());
        update.schedule();
    }

    public ChartState state() {
        return state;
    }
}
