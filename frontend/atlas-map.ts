/*
 * <atlas-map>: the atlas's OpenLayers map as a web component; its Java side is
 * org.relationsatlas.map.AtlasMap, and what the two send each other is typed in atlas-map-contract.ts.
 *
 * - Java sends structured objects through callJsFunction, never a script built from strings: the
 *   labels (setLabels), the whole state (applyState), then one-time commands (fitToFeatures,
 *   fitToRegion, flyTo), which act once the state sent before them is drawn.
 * - Big geometry never travels through Vaadin's round trips: each layer is downloaded once
 *   (map-layers.ts) and follows the years in the browser.
 * - Events to the server carry ids only (map-pointer.ts).
 * - OpenLayers is created on connect and disposed on disconnect; Java sends labels and state again
 *   on every attach, and the element keeps the last ones, so it can be moved or attached again.
 * - data-ready="true" once the base map and the visible layers have rendered, and again after each
 *   state has been fetched and rendered (for tests and scripts).
 *
 * The concerns live apart: map-base.ts (the base map of the selected year), map-layers.ts (data and years), map-pointer.ts (hover, click, hit-testing),
 * map-text-alternative.ts (screen readers), map-camera.ts (where the map looks), map-export.ts (PNG).
 */
import OlMap from 'ol/Map';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import { fromLonLat } from 'ol/proj';
import { defaults as defaultControls, ScaleLine } from 'ol/control';
import 'ol/ol.css';

import type { ExportTexts, FitToFeatures, FitToRegion, FlyTo, MapElement, MapLabels, MapState, ViewState } from './atlas-map-contract';
import { CITIES } from './atlas-map-data';
import { cityStyle, overlayStyle, regionStyle } from './atlas-map-styles';
import { MapCameraControl, releaseView, viewFor } from './map-camera';
import { download, mapImage } from './map-export';
import { BaseMap } from './map-base';
import { loadRegions, OverlayLayers } from './map-layers';
import { featurePixel, MapPointer, regionPixel } from './map-pointer';
import { WaterLayer } from './map-water';
import { applyLabels, createFeatureList, listFeatures, ScaleLineWords } from './map-text-alternative';
import { describe, nameIn, type Names } from './map-words';
import { RegionOutlines } from './region-outlines';

/** What exists only while the element is connected. */
interface Connected {
  map: OlMap;
  base: BaseMap;
  overlays: OverlayLayers;
  regions: VectorLayer<VectorSource>;
  water: WaterLayer;
  camera: MapCameraControl;
  scale: ScaleLineWords;
  featureList: HTMLUListElement;
  baseReady: Promise<void>;
  regionsReady: Promise<void>;
  connection: AbortController;
  resizeObserver: ResizeObserver;
}

class AtlasMapElement extends HTMLElement implements MapElement {
  private state?: MapState;
  private labels?: MapLabels;
  private connected?: Connected;
  /** Commands waiting for their state to be drawn, in the order Java sent them. */
  private commands: ((connected: Connected) => void)[] = [];
  /** Counts states: a state's drawing is dropped when a newer one has arrived. */
  private generation = 0;
  /** Which region outlines are drawn (only while picking, hovering, or the chosen one). */
  private readonly outlines = new RegionOutlines();
  /** The region picker (RegionPicker.java) says when it opens, is focused, or is left. */
  private onRegionPicking = (event: Event) => {
    this.outlines.picking = (event as CustomEvent<{ picking: boolean }>).detail.picking;
    this.redrawOutlines();
  };
  /** Whether the latest state is drawn, so a command can act at once. */
  private drawn = false;
  /** The clean-up of a disconnected map, waiting to see whether the element was only moved. */
  private pendingTeardown?: number;
  /** Printing gives the map another size, and ending it the old one back: draw it at the size it has. */
  private redrawAtItsSize = (event: Event) => {
    const connected = this.connected;
    if (!connected) return;
    // The printed map is narrower than the screen's: it shows the same area, and the screen's view comes back after.
    connected.camera.resizeForPrint(event.type === 'beforeprint', () => connected.map.updateSize());
    connected.map.renderSync();
  };

  connectedCallback(): void {
    window.addEventListener('beforeprint', this.redrawAtItsSize);
    window.addEventListener('afterprint', this.redrawAtItsSize);
    window.addEventListener('atlas-region-picking', this.onRegionPicking);
    if (this.pendingTeardown !== undefined) {
      // Moved, not removed: the map, its downloads and its drawing carry on where they are.
      clearTimeout(this.pendingTeardown);
      this.pendingTeardown = undefined;
      this.connected?.map.updateSize();
      return;
    }
    this.setAttribute('data-ready', 'false');
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    this.setAttribute('role', 'application');
    this.connected = this.createMap();
    if (this.labels) this.setLabels(this.labels);
    if (this.state) this.applyState(this.state);
  }

  disconnectedCallback(): void {
    window.removeEventListener('beforeprint', this.redrawAtItsSize);
    window.removeEventListener('afterprint', this.redrawAtItsSize);
    window.removeEventListener('atlas-region-picking', this.onRegionPicking);
    // Flow's client attaches a new view's elements and then moves them once while it builds the page:
    // tearing the map down at once would create OpenLayers twice and download every layer twice.
    // So the map is cleaned up only if the element is still detached once this task is over.
    this.pendingTeardown = window.setTimeout(() => {
      this.pendingTeardown = undefined;
      if (!this.isConnected) this.tearDown();
    });
  }

  private tearDown(): void {
    const connected = this.connected;
    this.connected = undefined;
    this.drawn = false;
    if (!connected) return;
    connected.connection.abort();
    connected.resizeObserver.disconnect();
    connected.map.setTarget(undefined);
    connected.map.dispose();
    releaseView(this.getAttribute('view-group'));
    this.replaceChildren();
  }

  /** The map's own words; Java sends them when they change, always followed by a state. */
  setLabels(labels: MapLabels): void {
    this.labels = labels;
    if (this.connected) applyLabels(this, labels);
  }

  /** The complete state; one call per server round trip. */
  applyState(state: MapState): void {
    const previous = this.state;
    this.state = state;
    this.drawn = false;
    const connected = this.connected;
    if (!connected) return;
    connected.scale.rewrite();
    this.setAttribute('data-ready', 'false');
    const generation = ++this.generation;
    const langChanged = previous?.lang !== state.lang;
    const loads = connected.overlays.show(state.layers);

    Promise.all([connected.baseReady, connected.regionsReady, loads])
      .then(() => {
        if (generation !== this.generation || this.connected !== connected) return;
        const { map } = connected;
        if (langChanged) map.getAllLayers().forEach((layer) => layer.changed());
        connected.overlays.applyYears(state.from, state.to);
        this.applyBaseYear(connected.base, state);
        this.redrawOutlines();
        this.drawn = true;
        this.runCommands(connected);
        listFeatures(connected.featureList, connected.overlays.visibleFeatures(), (feature) => this.describe(feature));
        map.once('rendercomplete', () => {
          if (generation === this.generation) this.setAttribute('data-ready', 'true');
        });
        map.render();
      })
      .catch((error: unknown) => {
        if (generation !== this.generation || this.connected !== connected) return;
        console.warn('atlas-map: could not load a layer', error);
        this.setAttribute('data-error', String(error));
      });
  }

  fitToFeatures({ featureIds }: FitToFeatures): void {
    this.command(({ overlays, camera }) =>
      camera.fitToFeatures(overlays.visibleFeatures().filter((feature) => featureIds.includes(String(feature.getId())))));
  }

  fitToRegion({ regionId }: FitToRegion): void {
    this.command(({ regions, camera }) => camera.fitToRegion(regions.getSource()!.getFeatureById(regionId) as Feature | null));
  }

  flyTo(command: FlyTo): void {
    this.command(({ camera }) => camera.flyTo(command));
  }

  /** Ids of the features drawn now, in layer order (for scripts and tests; the text alternative lists the same). */
  visibleFeatureIds(): string[] {
    return this.connected?.overlays.visibleFeatures().map((feature) => String(feature.getId())) ?? [];
  }

  /** Ids of the base map's features drawn now: today's countries and the states of the year (e.g. the USSR's row id). */
  baseFeatureIds(): string[] {
    return this.connected?.base.featureIdsDrawn() ?? [];
  }

  /** Where a visible feature is drawn, in CSS pixels relative to the element; null when not drawn. */
  featurePixel(featureId: string): number[] | null {
    const feature = this.connected?.overlays.visibleFeatures().find((f) => String(f.getId()) === featureId);
    return feature ? featurePixel(this.connected!.map, feature) : null;
  }

  /** Where a region's outline is drawn, as a pixel inside it (for scripts and tests); null when unknown. */
  regionPixel(regionId: string): number[] | null {
    const region = this.connected?.regions.getSource()?.getFeatureById(regionId);
    return region ? regionPixel(this.connected!.map, region as Feature) : null;
  }

  /** Saves the map as drawn now as a PNG with title, years, legend and credit (map-export.ts). */
  exportPng(texts: ExportTexts): void {
    if (!this.connected) return;
    this.setAttribute('data-exporting', 'true');
    mapImage(this.connected.map, texts)
      .then((blob) => download(blob, texts.fileName))
      .catch((error: unknown) => console.warn('atlas-map: could not export', error))
      .finally(() => this.removeAttribute('data-exporting'));
  }

  /** The rivers and lakes in view and the water names written at this zoom (for scripts and tests). */
  waterDrawn(): { rivers: string[]; lakes: string[]; labels: string[] } {
    return this.connected ? this.connected.water.drawn(this.connected.map) : { rivers: [], lakes: [], labels: [] };
  }

  /** Where the map looks now: zoom level and centre (lon, lat); AtlasMap.readCamera and tests read it. */
  viewState(): ViewState {
    return this.connected!.camera.viewState();
  }

  /**
   * The base map of the range's last year, as the overlays' status (data-base-year), and the states it
   * draws that are no longer on today's map, by name in the map's language (data-base-states, e.g. "USSR").
   */
  private applyBaseYear(base: BaseMap, state: MapState): void {
    base.applyYear(state.to);
    this.setAttribute('data-base-year', String(state.to));
    this.setAttribute('data-base-states', base.statesDrawn(state.lang).join(', '));
  }

  /**
   * Redraws the region outlines and names the outlined regions in data-outlined-regions (space-separated
   * ids, empty when none), for scripts and tests.
   */
  private redrawOutlines(): void {
    this.outlines.chosen = this.state?.region ?? null;
    const regions = this.connected?.regions;
    if (!regions) return;
    const ids = regions.getSource()!.getFeatures().map((region) => String(region.getId()));
    this.setAttribute('data-outlined-regions', this.outlines.drawn(ids).join(' '));
    regions.changed();
  }

  /** A command acts once its state is drawn: now if it is, else right after. */
  private command(action: (connected: Connected) => void): void {
    this.commands.push(action);
    if (this.drawn && this.connected) this.runCommands(this.connected);
  }

  private runCommands(connected: Connected): void {
    this.commands.splice(0).forEach((action) => action(connected));
  }

  /** "Power of Siberia · under construction": the name and the status in the selected years. */
  private describe(feature: Feature): string {
    return describe(this.nameOf(feature), feature.get('status'), this.labels?.statusLabels);
  }

  private nameOf(feature: Feature): string {
    return nameIn(feature.getProperties() as Names, this.state?.lang ?? 'en');
  }

  private isSelected(feature: { getId(): string | number | undefined }): boolean {
    return this.state?.selected.includes(String(feature.getId())) ?? false;
  }

  private createMap(): Connected {
    const target = document.createElement('div');
    target.className = 'atlas-map-canvas';
    const tooltip = document.createElement('div');
    tooltip.className = 'atlas-map-tooltip';
    tooltip.hidden = true;
    const featureList = createFeatureList();
    this.append(target, tooltip, featureList);

    const connection = new AbortController();
    const base = new BaseMap(connection.signal, () => this.state?.lang ?? 'en');
    const overlays = new OverlayLayers(connection.signal,
      (id, feature, resolution) => overlayStyle(id, feature, resolution, this.isSelected(feature),
        id === 'places' ? this.nameOf(feature as Feature) : undefined, this.state?.lang ?? 'en'));
    const regions = new VectorLayer({
      source: new VectorSource(),
      style: (feature) => regionStyle(this.outlines.outlineOf(String(feature.getId()))),
      properties: { regions: true },
    });
    const cities = new VectorLayer({
      source: new VectorSource({ features: CITIES.map((city) => {
        const feature = new Feature(new Point(fromLonLat([city.lon, city.lat])));
        feature.setProperties({ name_en: city.name_en, name_ar: city.name_ar, capital: city.capital });
        return feature;
      }) }),
      style: (feature) => cityStyle(feature, this.state?.lang ?? 'en'),
      declutter: true,
      properties: { base: true },
    });
    const water = new WaterLayer(() => this.state?.lang ?? 'en');
    const map = new OlMap({
      target,
      controls: defaultControls({ rotate: false }).extend([new ScaleLine()]),
      keyboardEventTarget: this,
      layers: [
        base.countries,
        water.layer,
        regions,
        ...overlays.all(),
        base.labels,
        cities,
      ],
      view: viewFor(this.getAttribute('view-group')),
    });
    const scale = new ScaleLineWords(this, () => this.state?.lang);
    // Canvas labels do not redraw by themselves when the shipped Arabic font arrives.
    document.fonts.ready.then(() => { cities.changed(); water.layer.changed(); base.labels.changed(); });
    new MapPointer(map, regions, tooltip, this, {
      feature: (feature) => this.describe(feature),
      region: (region) => this.nameOf(region),
    }, (regionId) => {
      this.outlines.hovered = regionId;
      this.redrawOutlines();
    });
    const camera = new MapCameraControl(map);
    // The element only has its size once laid out: frame China and Russia then, not before.
    const resizeObserver = new ResizeObserver(() => {
      if (this.connected?.map !== map || target.clientWidth === 0) return;
      map.updateSize();
      camera.frameOnce();
    });
    resizeObserver.observe(target);
    return {
      map, base, overlays, regions, water, camera, scale, featureList, connection, resizeObserver,
      baseReady: Promise.all([base.load(), water.ready]).then(() => undefined),
      regionsReady: loadRegions(regions.getSource()!),
    };
  }
}

customElements.define('atlas-map', AtlasMapElement);

// index.ts reads the map's data into features before Flow creates the first map.
export { prepareMapFeatures } from './map-features';
