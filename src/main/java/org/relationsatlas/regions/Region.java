package org.relationsatlas.regions;

/**
 * A region to explore by (Amur–Ussuri, Xinjiang and Central Asia, the Arctic…): a rough box drawn by
 * the atlas team to group places, not a border.
 *
 * @param geometryJson its GeoJSON geometry (WGS 84 lon/lat)
 */
public record Region(String id, String nameEn, String nameAr, String geometryJson) {

    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameEn;
    }
}
