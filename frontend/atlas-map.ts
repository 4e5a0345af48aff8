/*
 * <atlas-map>: the atlas's OpenLayers map as a web component.
 *
 * Contract with the Java side (org.relationsatlas.map.AtlasMap), modelled on Vaadin's own Map:
 * - Java sends the whole map state as one structured object through applyState(state);
 *   never a script built from strings.
 * - The component fetches each visible layer's GeoJSON once from /api/layers/{layer}.geojson,
 *   so big geometry never travels through Vaadin's round trips; each feature carries its years
 *   and phases, so a new year range only restyles what was downloaded (feature-years.ts).
 * - Events to the server carry ids only (atlas-feature-click: detail.featureId).
 * - OpenLayers is created on connect and disposed on disconnect; Java re-sends the state
 *   on every attach, so the element can be moved or re-attached.
 * - data-ready="true" once the base map and the visible layers have rendered, and again
 *   after each state change has been fetched and rendered (for tests and scripts).
 */
import OlMap from 'ol/Map';
import View from 'ol/View';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import GeoJSON from 'ol/format/GeoJSON';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import Polygon from 'ol/geom/Polygon';
import MultiPolygon from 'ol/geom/MultiPolygon';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj';
import { createEmpty, extend, getCenter, isEmpty } from 'ol/extent';
import { defaults as defaultControls, ScaleLine } from 'ol/control';
import { feature as topoFeature } from 'topojson-client';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import 'ol/ol.css';

import { CITIES, LAYER_IDS, type LayerId, type Lang } from './atlas-map-data';
import { baseCountryStyle, cityStyle, overlayStyle, regionStyle } from './atlas-map-styles';
import { shiftAcrossAntimeridian } from './antimeridian';
import { existsDuring, statusDuring, type FeatureYears } from './feature-years';
import { digits } from './numerals';
import { download, mapImage, type ExportTexts } from './map-export';

/** The state Java sends; mirrors org.relationsatlas.map.MapState. */
export interface MapState {
  from: number;
  to: number;
  layers: LayerId[];
  selected: string[];
  fitSelection: boolean;
  lang: Lang;
  ariaLabel: string;
  statusLabels: Record<string, string>;
  zoomInLabel: string;
  zoomOutLabel: string;
  region: string | null;
  fitRegion: boolean;
  /** Where to move in this update (a lesson step), or null. */
  camera: { lon: number; lat: number; zoom: number; animate: boolean } | null;
}

/** China, Russia and their neighbours, lon/lat: the first view. */
const INITIAL_EXTENT = [28, 18, 182, 76];
const CHINA = '156';
const RUSSIA = '643';

/**
 * Maps with the same view-group attribute share one OpenLayers View (the compare view): panning or
 * zooming one moves the other, exactly. Counted, so the view lives as long as one map uses it.
 */
const sharedViews = new Map<string, { view: View; users: number }>();

function viewFor(group: string | null): View {
  const create = () => new View({ center: fromLonLat([100, 50]), zoom: 3, minZoom: 2, maxZoom: 12 });
  if (!group) return create();
  const shared = sharedViews.get(group) ?? { view: create(), users: 0 };
  shared.users++;
  sharedViews.set(group, shared);
  return shared.view;
}

function releaseView(group: string | null): void {
  const shared = group ? sharedViews.get(group) : undefined;
  if (shared && --shared.users <= 0) sharedViews.delete(group!);
}

class AtlasMapElement extends HTMLElement {
  private map?: OlMap;
  private state?: MapState;
  /** Each layer is downloaded once, whatever the years; a failed download is tried again on the next state. */
  private layerLoads = new Map<LayerId, Promise<void>>();
  private overlays = new Map<LayerId, VectorLayer<VectorSource>>();
  private regions?: VectorLayer<VectorSource>;
  private tooltip?: HTMLDivElement;
  private featureList?: HTMLUListElement;
  private generation = 0;
  private connection?: AbortController;
  private baseReady?: Promise<void>;
  private regionsReady?: Promise<void>;
  private resizeObserver?: ResizeObserver;
  /** Printing gives the map another size, and ending it the old one back: draw it at the size it has. */
  private redrawAtItsSize = () => {
    this.map?.updateSize();
    this.map?.renderSync();
  };
  /** Whether the view has been placed yet (initial frame or a fit to the selection). */
  private framed = false;

  connectedCallback(): void {
    this.setAttribute('data-ready', 'false');
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    this.setAttribute('role', 'application');
    this.connection = new AbortController();
    window.addEventListener('beforeprint', this.redrawAtItsSize);
    window.addEventListener('afterprint', this.redrawAtItsSize);
    this.createMap();
    if (this.state) this.applyState(this.state);
  }

  disconnectedCallback(): void {
    this.connection?.abort();
    window.removeEventListener('beforeprint', this.redrawAtItsSize);
    window.removeEventListener('afterprint', this.redrawAtItsSize);
    this.resizeObserver?.disconnect();
    this.map?.setTarget(undefined);
    this.map?.dispose();
    releaseView(this.getAttribute('view-group'));
    this.map = undefined;
    this.overlays.clear();
    this.layerLoads.clear();
    this.replaceChildren();
  }

  /** Called from Java with the complete state; one call per server round trip. */
  applyState(state: MapState): void {
    const previous = this.state;
    this.state = state;
    if (!this.map) return;
    this.setAttribute('aria-label', state.ariaLabel);
    this.labelZoomButtons(state);
    this.rewriteScale();
    this.setAttribute('data-ready', 'false');
    const generation = ++this.generation;
    const langChanged = previous?.lang !== state.lang;

    for (const id of LAYER_IDS) {
      this.overlays.get(id)!.setVisible(state.layers.includes(id));
    }
    const loads = state.layers.map((id) => this.loadLayer(id));

    Promise.all([this.baseReady, this.regionsReady, ...loads])
      .then(() => {
        if (generation !== this.generation || !this.map) return;
        if (langChanged) this.map.getAllLayers().forEach((layer) => layer.changed());
        this.applyYears(state);
        this.regions?.changed();
        if (state.fitRegion) this.fitToRegion(state.region);
        if (state.fitSelection) this.fitToSelection();
        if (state.camera) this.moveCamera(state.camera);
        this.updateFeatureList();
        this.map.once('rendercomplete', () => {
          if (generation === this.generation) this.setAttribute('data-ready', 'true');
        });
        this.map.render();
      })
      .catch((error: unknown) => {
        if (generation !== this.generation || !this.map) return;
        console.warn('atlas-map: could not load a layer', error);
        this.setAttribute('data-error', String(error));
      });
  }

  /** Ids of the features drawn now, in layer order (for scripts and tests; the text alternative lists the same). */
  visibleFeatureIds(): string[] {
    const ids: string[] = [];
    this.forEachVisibleFeature((feature) => ids.push(String(feature.getId())));
    return ids;
  }

  /** Where a visible feature is drawn, in CSS pixels relative to the element; null when not drawn or off view. */
  featurePixel(featureId: string): number[] | null {
    let pixel: number[] | null = null;
    this.forEachVisibleFeature((feature) => {
      if (pixel || String(feature.getId()) !== featureId) return;
      const geometry = feature.getGeometry()!;
      const centre = getCenter(geometry.getExtent());
      // An area's centre is inside it (or is where a small area's marker is drawn); a line's closest point is on it.
      const onFeature = geometry.getType().endsWith('Polygon') ? centre : geometry.getClosestPoint(centre);
      pixel = this.map!.getPixelFromCoordinate(onFeature);
    });
    return pixel;
  }

  /** Saves the map as drawn now as a PNG with title, years, legend and credit (map-export.ts). */
  exportPng(texts: ExportTexts): void {
    if (!this.map) return;
    this.setAttribute('data-exporting', 'true');
    mapImage(this.map, texts)
      .then((blob) => download(blob, texts.fileName))
      .catch((error: unknown) => console.warn('atlas-map: could not export', error))
      .finally(() => this.removeAttribute('data-exporting'));
  }

  /** The current view, for scripts and tests: zoom level and centre (lon, lat). */
  viewState(): { zoom: number; center: number[] } {
    const view = this.map!.getView();
    return { zoom: view.getZoom() ?? 0, center: toLonLat(view.getCenter()!) };
  }

  private forEachVisibleFeature(action: (feature: Feature) => void): void {
    this.overlays.forEach((layer) => {
      if (!layer.getVisible()) return;
      layer.getSource()!.getFeatures().forEach((feature) => {
        if (feature.get('shown')) action(feature as Feature);
      });
    });
  }

  /** Shows the features that existed in the range, each in its status then, and restyles every overlay. */
  private applyYears(state: MapState): void {
    this.overlays.forEach((layer) => {
      for (const feature of layer.getSource()!.getFeatures()) {
        const years = feature.getProperties() as FeatureYears;
        const shown = existsDuring(years, state.from, state.to);
        feature.set('shown', shown, true);
        if (shown) feature.set('status', statusDuring(years, state.to), true);
      }
      layer.changed();
    });
  }

  /** OpenLayers names its zoom buttons in English; name them in the map's language. */
  private labelZoomButtons(state: MapState): void {
    for (const [selector, label] of [['.ol-zoom-in', state.zoomInLabel], ['.ol-zoom-out', state.zoomOutLabel]]) {
      const button = this.querySelector(selector);
      button?.setAttribute('title', label);
      button?.setAttribute('aria-label', label);
    }
  }

  private createMap(): void {
    const target = document.createElement('div');
    target.className = 'atlas-map-canvas';
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'atlas-map-tooltip';
    this.tooltip.hidden = true;
    this.featureList = document.createElement('ul');
    this.featureList.className = 'atlas-sr-only';
    this.featureList.setAttribute('aria-live', 'polite');
    this.append(target, this.tooltip, this.featureList);

    const countries = new VectorSource();
    const cities = new VectorSource({
      features: CITIES.map((city) => {
        const feature = new Feature(new Point(fromLonLat([city.lon, city.lat])));
        feature.setProperties({ name_en: city.name_en, name_ar: city.name_ar, capital: city.capital });
        return feature;
      }),
    });
    let cityLayer: VectorLayer<VectorSource> | undefined;
    this.map = new OlMap({
      target,
      controls: defaultControls({ rotate: false }).extend([new ScaleLine()]),
      keyboardEventTarget: this,
      layers: [
        new VectorLayer({ source: countries, style: baseCountryStyle, properties: { base: true } }),
        (this.regions = new VectorLayer({
          source: new VectorSource(),
          style: (feature) => regionStyle(feature.getId() === this.state?.region),
          properties: { regions: true },
        })),
        ...LAYER_IDS.map((id) => {
          const layer = new VectorLayer({
            source: new VectorSource(),
            // A feature outside the year range has no style: it is neither drawn nor clickable.
            style: (feature, resolution) =>
              feature.get('shown') ? overlayStyle(id, feature, resolution, this.isSelected(feature)) : undefined,
            properties: { layerId: id },
          });
          this.overlays.set(id, layer);
          return layer;
        }),
        (cityLayer = new VectorLayer({
          source: cities,
          style: (feature) => cityStyle(feature, this.state?.lang ?? 'en'),
          declutter: true,
          properties: { base: true },
        })),
      ],
      view: viewFor(this.getAttribute('view-group')),
    });
    this.localizeScaleLine();
    // Canvas labels do not redraw by themselves when the shipped Arabic font arrives.
    document.fonts.ready.then(() => cityLayer?.changed());
    this.baseReady = this.loadCountries(countries);
    this.regionsReady = this.loadRegions(this.regions!.getSource()!);
    this.map.on('pointermove', (event) => this.showTooltip(event.pixel, event.dragging));
    this.map.on('click', (event) => this.clickAt(event.pixel));
    this.framed = false;
    // The element only has its size once laid out: frame China and Russia then, not before.
    this.resizeObserver = new ResizeObserver(() => {
      if (!this.map || target.clientWidth === 0) return;
      this.map.updateSize();
      if (!this.framed) {
        this.framed = true;
        this.map.getView().fit(transformExtent(INITIAL_EXTENT, 'EPSG:4326', 'EPSG:3857'));
      }
    });
    this.resizeObserver.observe(target);
  }

  /**
   * OpenLayers writes the scale in English ("2000 km"); in Arabic, rewrite it ("٢٠٠٠ كم"). OpenLayers
   * only rewrites the scale when it changes, so this runs once per change.
   */
  private localizeScaleLine(): void {
    const inner = this.querySelector('.ol-scale-line-inner');
    if (inner) new MutationObserver(() => this.rewriteScale()).observe(inner, { childList: true, characterData: true, subtree: true });
  }

  private rewriteScale(): void {
    const inner = this.querySelector('.ol-scale-line-inner');
    if (!inner || this.state?.lang !== 'ar') return;
    const units: Record<string, string> = { km: 'كم', m: 'م', mm: 'مم' };
    const match = /^([\d.]+)\s*(km|m|mm)$/.exec(inner.textContent?.trim() ?? '');
    if (match) inner.textContent = `${digits(match[1], 'ar')} ${units[match[2]]}`;
  }

  private async loadCountries(source: VectorSource): Promise<void> {
    const topology = await (await fetch(countriesUrl)).json();
    const collection = shiftAcrossAntimeridian(topoFeature(topology, topology.objects.countries));
    const features = new GeoJSON().readFeatures(collection, { featureProjection: 'EPSG:3857' });
    for (const feature of features) {
      const id = String(feature.getId());
      feature.set('emphasis', id === CHINA ? 'china' : id === RUSSIA ? 'russia' : 'other');
    }
    source.addFeatures(features);
  }

  private async loadRegions(source: VectorSource): Promise<void> {
    const response = await fetch(new URL('api/regions.geojson', document.baseURI));
    if (!response.ok) throw new Error(`regions: HTTP ${response.status}`);
    const collection = shiftAcrossAntimeridian(await response.json());
    source.addFeatures(new GeoJSON().readFeatures(collection, { featureProjection: 'EPSG:3857' }));
  }

  /** The smallest region under a pixel: regions overlap, and the smallest is what the user pointed at. */
  private regionAt(pixel: number[]): Feature | undefined {
    const found: Feature[] = [];
    this.map?.forEachFeatureAtPixel(pixel, (feature) => {
      found.push(feature as Feature);
    }, { layerFilter: (layer) => layer === this.regions });
    const area = (feature: Feature) => (feature.getGeometry() as Polygon | MultiPolygon).getArea();
    return found.sort((a, b) => area(a) - area(b))[0];
  }

  private fitToRegion(regionId: string | null): void {
    const region = regionId ? this.regions?.getSource()?.getFeatureById(regionId) : null;
    if (!region) return;
    this.framed = true;
    this.map!.getView().fit(region.getGeometry()!.getExtent(), { padding: [30, 30, 30, 30], duration: 0 });
  }

  /** Every feature the layer ever had; applyYears then shows those of the chosen years. */
  private loadLayer(id: LayerId): Promise<void> {
    let load = this.layerLoads.get(id);
    if (!load) {
      load = this.downloadLayer(id, this.connection!.signal);
      const started = load;
      // Only forget this download, not one a re-attached map has started since.
      load.catch(() => {
        if (this.layerLoads.get(id) === started) this.layerLoads.delete(id);
      });
      this.layerLoads.set(id, load);
    }
    return load;
  }

  private async downloadLayer(id: LayerId, signal: AbortSignal): Promise<void> {
    const url = new URL(`api/layers/${id}.geojson`, document.baseURI);
    const response = await fetch(url, { signal });
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    const collection = shiftAcrossAntimeridian(await response.json());
    const features = new GeoJSON().readFeatures(collection, { featureProjection: 'EPSG:3857' });
    if (signal.aborted) return;
    const source = this.overlays.get(id)!.getSource()!;
    source.clear(true);
    source.addFeatures(features);
  }

  private overlayFeaturesAt(pixel: number[]): Feature[] {
    const found: Feature[] = [];
    this.map?.forEachFeatureAtPixel(
      pixel,
      (feature) => {
        found.push(feature as Feature);
      },
      { layerFilter: (layer) => layer.get('layerId') !== undefined, hitTolerance: 5 },
    );
    return found;
  }

  private showTooltip(pixel: number[], dragging: boolean): void {
    const tooltip = this.tooltip!;
    const feature = dragging ? undefined : this.overlayFeaturesAt(pixel)[0];
    const region = dragging || feature ? undefined : this.regionAt(pixel);
    (this.map!.getTargetElement() as HTMLElement).style.cursor = feature || region ? 'pointer' : '';
    if (!feature && !region) {
      tooltip.hidden = true;
      return;
    }
    // textContent, never innerHTML: names come from the dataset.
    tooltip.textContent = feature ? this.describe(feature) : this.nameOf(region!);
    tooltip.style.insetInlineStart = '';
    tooltip.style.left = `${pixel[0] + 12}px`;
    tooltip.style.top = `${pixel[1] + 12}px`;
    tooltip.hidden = false;
  }

  private clickAt(pixel: number[]): void {
    const feature = this.overlayFeaturesAt(pixel)[0];
    if (feature) {
      this.dispatchEvent(
        new CustomEvent('atlas-feature-click', { detail: { featureId: String(feature.getId()) } }),
      );
      return;
    }
    const region = this.regionAt(pixel);
    if (region) {
      this.dispatchEvent(new CustomEvent('atlas-region-click', { detail: { regionId: String(region.getId()) } }));
    }
  }

  /** Where a region's outline is drawn, as a pixel inside it (for scripts and tests); null when off view. */
  regionPixel(regionId: string): number[] | null {
    const region = this.regions?.getSource()?.getFeatureById(regionId);
    if (!region) return null;
    const geometry = region.getGeometry() as Polygon | MultiPolygon;
    const point = geometry instanceof MultiPolygon ? geometry.getInteriorPoints().getCoordinates()[0] : geometry.getInteriorPoint().getCoordinates();
    return this.map!.getPixelFromCoordinate(point);
  }

  /** "Power of Siberia · under construction": the name and the status in the selected years. */
  private describe(feature: Feature): string {
    const status = this.state?.statusLabels[feature.get('status')];
    return status ? `${this.nameOf(feature)} · ${status}` : this.nameOf(feature);
  }

  private nameOf(feature: Feature): string {
    return this.state?.lang === 'ar' ? digits(feature.get('name_ar'), 'ar') : feature.get('name_en');
  }

  private isSelected(feature: { getId(): string | number | undefined }): boolean {
    return this.state?.selected.includes(String(feature.getId())) ?? false;
  }

  private fitToSelection(): void {
    const extent = createEmpty();
    this.forEachVisibleFeature((feature) => {
      if (this.isSelected(feature)) extend(extent, feature.getGeometry()!.getExtent());
    });
    if (isEmpty(extent)) return;
    this.framed = true;
    this.map!.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 7, duration: 0 });
  }

  /** Flies (or jumps, when motion is reduced or not asked for) to a saved camera. */
  private moveCamera(camera: NonNullable<MapState['camera']>): void {
    this.framed = true;
    const view = this.map!.getView();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    view.cancelAnimations();
    const target = { center: fromLonLat([camera.lon, camera.lat]), zoom: camera.zoom };
    if (camera.animate && !reduced) view.animate({ ...target, duration: 900 });
    else view.animate({ ...target, duration: 0 });
  }

  /** A text alternative to the picture: the visible features, in the chosen language. */
  private updateFeatureList(): void {
    const items: HTMLLIElement[] = [];
    this.forEachVisibleFeature((feature) => {
      const item = document.createElement('li');
      item.dataset.featureId = String(feature.getId());
      item.dataset.status = feature.get('status');
      item.textContent = this.describe(feature);
      items.push(item);
    });
    this.featureList!.replaceChildren(...items);
  }
}

customElements.define('atlas-map', AtlasMapElement);
