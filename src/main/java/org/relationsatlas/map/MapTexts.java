package org.relationsatlas.map;

import java.util.Map;

/**
 * The map's own words in the UI's language: its accessible label, feature statuses
 * ("under-construction" → "under construction") and its zoom buttons.
 */
public record MapTexts(String ariaLabel, Map<String, String> statusLabels, String zoomIn, String zoomOut) {
}
