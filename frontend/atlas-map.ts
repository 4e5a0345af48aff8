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
  cities: VectorLayer<VectorSource>;
  water: WaterLayer;
  camera: MapCameraControl;
  scale: ScaleLineWords;
  featureList: HTMLUListElement;
  baseReady: Promise<void>;
  regionsReady: Promise<void>;
  connection: AbortController;
  resizeObserver: ResizeObserver;
  /** The element the map is drawn in: its creator, or the element that took the first map over. */
  host: { element: AtlasMapElement };
}

/**
 * The atlas's first map, drawn in the page's first response (AtlasShell writes the element and its
 * state; index.ts calls drawFirstMap) before Flow has built the view: Flow's element takes it over.
 */
let firstMap: AtlasMapElement | undefined;

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
  /** The state and words of the latest drawing, as JSON: the same again is not drawn again. */
  private drawnKey?: string;
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
      this.resizeWhenLaidOut();
      return;
    }
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    this.setAttribute('role', 'application');
    this.addEventListener('keydown', this.forwardKey);
    this.addEventListener('keypress', this.forwardKey);
    const first = this.firstMapToTakeOver();
    if (first) {
      this.takeOver(first);
      return;
    }
    this.setAttribute('data-ready', 'false');
    this.connected = this.createMap();
    if (this.labels) this.setLabels(this.labels);
    if (this.state) this.applyState(this.state);
  }

  /**
   * The keys pressed on the element (it is the map's tab stop) go to OpenLayers' keyboard pan and zoom.
   * OpenLayers itself listens on its canvas's container, which moves with the map when another element
   * takes it over; keys pressed inside it (its zoom buttons) reach it there.
   */
  private forwardKey = (event: KeyboardEvent) => {
    const connected = this.connected;
    if (connected && !connected.map.getTargetElement()?.contains(event.target as Node)) {
      connected.map.handleBrowserEvent(event);
    }
  };

  /** The first map, when this is the view's map (Flow's element on the atlas) and the first map is still there. */
  private firstMapToTakeOver(): AtlasMapElement | undefined {
    const first = firstMap;
    if (!first || first === this || !first.connected || this.hasAttribute('view-group') || this.connected) return undefined;
    firstMap = undefined;
    return first;
  }

  /**
   * Takes the first map over, as drawn: its OpenLayers map, features and camera move into this element, so
   * nothing is downloaded or decoded again. This element's own state (Flow sends it on attach) is then drawn.
   */
  private takeOver(first: AtlasMapElement): void {
    const connected = first.connected!;
    this.drawn = first.drawn;
    this.drawnKey = first.drawnKey;
    first.connected = undefined;
    first.drawn = false;
    this.connected = connected;
    connected.host.element = this;
    for (const name of ['data-ready', 'data-base-year', 'data-base-states', 'data-outlined-regions']) {
      const value = first.getAttribute(name);
      if (value !== null) this.setAttribute(name, value);
    }
    this.append(...first.childNodes);
    this.labels ??= first.labels;
    if (this.labels) this.setLabels(this.labels);
    // Carried over as drawn: drawn again only if the view's state or words differ from the first map's.
    this.applyState(this.state ?? first.state!);
    this.resizeWhenLaidOut();
  }

  /**
   * Measures the map again once the page is laid out, not now: in the middle of Flow building the view the
   * element may not have its size yet, and a size of 0 read now would hold back the fits asked for meanwhile
   * (MapCameraControl waits for room) while the ResizeObserver, seeing the same size before and after, stays silent.
   */
  private resizeWhenLaidOut(): void {
    requestAnimationFrame(() => {
      const connected = this.connected;
      if (!connected) return;
      connected.map.updateSize();
      connected.camera.sized();
    });
  }

  /** Draws this element as the page's first map with the state and labels its first response wrote (AtlasShell). */
  drawFirst(state: MapState, labels: MapLabels): void {
    firstMap = this;
    this.setLabels(labels);
    this.applyState(state);
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
    if (firstMap === this) firstMap = undefined;
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
    const connected = this.connected;
    // The same state and words as drawn and rendered (the view taking the first map over sends what it
    // shows): nothing to draw.
    const key = JSON.stringify([state, this.labels]);
    if (connected && this.drawn && key === this.drawnKey && this.getAttribute('data-ready') === 'true') {
      this.runCommands(connected);
      return;
    }
    this.drawn = false;
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
        // The places shown decide which cities the base map names itself.
        connected.cities.changed();
        this.applyBaseYear(connected.base, state);
        this.redrawOutlines();
        this.drawn = true;
        this.drawnKey = key;
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
    // Everything drawn asks the element that shows the map now: another element may take it over.
    const host = { element: this as AtlasMapElement };
    // A feature chosen from the list with the keyboard is chosen as a click on it would (map-pointer.ts).
    const featureList = createFeatureList((featureId) =>
      host.element.dispatchEvent(new CustomEvent('atlas-feature-click', { detail: { featureId } })));
    this.append(target, tooltip, featureList);

    const lang = () => host.element.state?.lang ?? 'en';
    const connection = new AbortController();
    const base = new BaseMap(connection.signal, lang);
    const overlays = new OverlayLayers(connection.signal,
      (id, feature, resolution) => overlayStyle(id, feature, resolution, host.element.isSelected(feature),
        id === 'places' ? host.element.nameOf(feature as Feature) : undefined, lang()));
    const regions = new VectorLayer({
      source: new VectorSource(),
      style: (feature) => regionStyle(host.element.outlines.outlineOf(String(feature.getId()))),
      properties: { regions: true },
    });
    const cities = new VectorLayer({
      source: new VectorSource({ features: CITIES.map((city) => {
        const feature = new Feature(new Point(fromLonLat([city.lon, city.lat])));
        feature.setProperties({ name_en: city.name_en, name_ar: city.name_ar, capital: city.capital });
        return feature;
      }) }),
      // A city drawn as a place of events is named by its place marker instead (atlas-map-styles.ts).
      style: (feature) => (overlays.placeShown(feature.get('name_en')) ? undefined : cityStyle(feature, lang())),
      declutter: true,
      properties: { base: true },
    });
    const water = new WaterLayer(lang);
    const map = new OlMap({
      target,
      controls: defaultControls({ rotate: false }).extend([new ScaleLine()]),
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
    const scale = new ScaleLineWords(target, () => host.element.state?.lang);
    // Canvas labels do not redraw by themselves when the shipped Arabic font arrives.
    document.fonts.ready.then(() => { cities.changed(); water.layer.changed(); base.labels.changed(); });
    new MapPointer(map, regions, tooltip, (event) => host.element.dispatchEvent(event), {
      feature: (feature) => host.element.describe(feature),
      region: (region) => host.element.nameOf(region),
    }, (regionId) => {
      host.element.outlines.hovered = regionId;
      host.element.redrawOutlines();
    });
    const camera = new MapCameraControl(map);
    // The element only has its size once laid out: frame China and Russia then, not before.
    const resizeObserver = new ResizeObserver(() => {
      if (host.element.connected?.map !== map || target.clientWidth === 0) return;
      map.updateSize();
      camera.sized();
    });
    resizeObserver.observe(target);
    return {
      map, base, overlays, regions, cities, water, camera, scale, featureList, connection, resizeObserver, host,
      baseReady: Promise.all([base.load(), water.ready]).then(() => undefined),
      regionsReady: loadRegions(regions.getSource()!),
    };
  }
}

customElements.define('atlas-map', AtlasMapElement);

/**
 * Draws the map the page's first response wrote into its shell (AtlasShell), with the state and labels
 * written beside it, while Flow's round trips are still on their way. Nothing to do on other pages, or
 * when the view has already arrived.
 */
export function drawFirstMap(): void {
  const element = document.querySelector('#page-shell atlas-map') as AtlasMapElement | null;
  const data = document.getElementById('atlas-first-map')?.textContent;
  if (!element || !data) return;
  const { state, labels } = JSON.parse(data) as { state: MapState; labels: MapLabels };
  element.drawFirst(state, labels);
}

// index.ts reads the map's data into features before Flow creates the first map.
export { prepareMapFeatures } from './map-features';
