package org.relationsatlas.map;

import java.io.Serializable;
import java.util.List;

/**
 * What the exported PNG says besides the map, in the page's language; sent through the element's
 * {@code exportPng}. The browser's type for it is {@code ExportTexts} in frontend/atlas-map-contract.ts.
 *
 * @param legend the visible layers, each with its name
 */
public record ExportTexts(String title, String years, String credit, String fileName, String lang,
        List<LegendItem> legend) implements Serializable {

    /** A layer id ("borders") and its name in the page's language. */
    public record LegendItem(String layer, String label) implements Serializable {
    }

    public ExportTexts {
        legend = List.copyOf(legend);
    }
}
