package org.relationsatlas.map;

import java.io.Serializable;
import java.util.Map;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.ui.Labels;
import org.relationsatlas.years.YearRange;

/**
 * The map's own words in the UI's language: its accessible label, feature statuses
 * ("under-construction" → "under construction", for tooltips and the text alternative) and its
 * zoom buttons. Sent apart from the state, through the element's {@code setLabels}, when they
 * change and on every attach; the browser's type for it is {@code MapLabels} in
 * frontend/atlas-map-contract.ts.
 */
public record MapTexts(String ariaLabel, Map<String, String> statusLabels, String zoomIn, String zoomOut)
        implements Serializable {

    public MapTexts {
        statusLabels = Map.copyOf(statusLabels);
    }

    /** The map's words in this language, its label naming these years. */
    public static MapTexts in(Lang lang, YearRange years) {
        return new MapTexts(UiText.MAP_LABEL.in(lang, years.from(), years.to()), Labels.statusLabels(lang),
                UiText.ZOOM_IN.in(lang), UiText.ZOOM_OUT.in(lang));
    }
}
