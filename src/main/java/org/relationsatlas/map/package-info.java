/**
 * The map component: AtlasMap, the Java side of the OpenLayers web component in frontend/atlas-map.ts,
 * and its contract with it: the state it shows (MapState), one-time commands (MapCommand, MapCamera),
 * its labels (MapTexts), the PNG export's texts (ExportTexts), and the click events back (FeatureClickEvent,
 * RegionClickEvent). The browser's types for the same shapes are in frontend/atlas-map-contract.ts.
 */
package org.relationsatlas.map;
