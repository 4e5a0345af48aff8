package org.relationsatlas.regions;

import org.relationsatlas.i18n.Bilingual;

/**
 * A region to explore by (Amur–Ussuri, Xinjiang and Central Asia, the Arctic…): a rough box drawn by
 * the atlas team to group places, not a border.
 *
 * @param geometryJson its GeoJSON geometry (WGS 84 lon/lat)
 */
public record Region(String id, Bilingual name, String geometryJson) {
}
