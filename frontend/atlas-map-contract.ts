/*
 * The contract between <atlas-map> and its Java side (org.relationsatlas.map.AtlasMap), written once:
 * every object Java sends the element has its type here, and the Java records name this file.
 * MapContractTest (src/test/java/org/relationsatlas/map) encodes the Java records as Vaadin sends
 * them and checks their keys against the interfaces below, so the two cannot drift apart.
 *
 * In one server round trip Java calls, in this order: setLabels (only when they changed, and on
 * attach), applyState (always), then the commands of that round trip, each once.
 */
import type { LayerId, Lang } from './atlas-map-data';

/** What the map shows, sent whole; org.relationsatlas.map.MapState. */
export interface MapState {
  from: number;
  to: number;
  /** Ids of the visible overlay layers. */
  layers: LayerId[];
  /** Ids of the highlighted features. */
  selected: string[];
  lang: Lang;
  /** The chosen region's id, outlined on the map, or null. */
  region: string | null;
}

/** The map's own words in the page's language; org.relationsatlas.map.MapTexts. */
export interface MapLabels {
  ariaLabel: string;
  /** Feature statuses ("under-construction") in the map's language, for tooltips and the text alternative. */
  statusLabels: Record<string, string>;
  zoomIn: string;
  zoomOut: string;
}

/** A place to look at; org.relationsatlas.map.MapCamera. */
export interface MapCamera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Move the map to these features (those drawn in the years shown); MapCommand.FitToFeatures. */
export interface FitToFeatures {
  featureIds: string[];
}

/** Move the map to a region's outline; MapCommand.FitToRegion. */
export interface FitToRegion {
  regionId: string;
}

/** Move the map to a camera, flying there when animate is set; MapCommand.FlyTo. */
export interface FlyTo {
  camera: MapCamera;
  animate: boolean;
}

/** One function per command (MapCommand.function()); each acts once, after the state sent before it is drawn. */
export interface MapCommands {
  fitToFeatures(command: FitToFeatures): void;
  fitToRegion(command: FitToRegion): void;
  flyTo(command: FlyTo): void;
}

/** What the exported PNG says besides the map; org.relationsatlas.map.ExportTexts. */
export interface ExportTexts {
  title: string;
  years: string;
  credit: string;
  fileName: string;
  lang: string;
  /** The visible layers with their names in the page's language. */
  legend: LegendItem[];
}

/** ExportTexts.LegendItem. */
export interface LegendItem {
  layer: LayerId;
  label: string;
}

/** Where the map looks now: zoom and centre [lon, lat]. AtlasMap.readCamera reads it, and so do tests. */
export interface ViewState {
  zoom: number;
  center: number[];
}

/** The functions Java calls on the element (commands included). */
export interface MapElement extends MapCommands {
  setLabels(labels: MapLabels): void;
  applyState(state: MapState): void;
  viewState(): ViewState;
  exportPng(texts: ExportTexts): void;
}
