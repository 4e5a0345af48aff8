/*
 * The base map as it was in the selected year. Today's countries come from frontend/base-map (map-layers.ts);
 * the dated changes from /api/base-map.json (data/base-map.json) say which of them were one state until
 * when, e.g. the fifteen Soviet republics up to 1991. Each such state is merged once from the
 * countries' shared arcs (topojson-client's merge, so no seam is left inside it) and labelled with its
 * name in the map's language; a year then only hides or shows features (base-map-years.ts says which).
 */
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Feature from 'ol/Feature';
import type { FeatureLike } from 'ol/Feature';
import MultiPolygon from 'ol/geom/MultiPolygon';
import type Point from 'ol/geom/Point';
import { Fill, Stroke, Style, Text } from 'ol/style';
import { merge } from 'topojson-client';

import type { Lang } from './atlas-map-data';
import { baseCountryStyle } from './atlas-map-styles';
import { baseFor, type BaseMapChange } from './base-map-years';
import { downloadJson, MAP_DATA } from './map-downloads';
import { loadCountries } from './map-layers';
import { readFeatures } from './map-read';

/** The base map's two layers: countries (and merged states) at the bottom, state names above the overlays. */
export class BaseMap {
  readonly countries: VectorLayer<VectorSource>;
  readonly labels: VectorLayer<VectorSource>;
  private changes: BaseMapChange[] = [];
  private year?: number;

  constructor(private readonly signal: AbortSignal, private readonly lang: () => Lang) {
    // A country inside a state of the year, or a state not of the year, has no style: neither drawn nor hit.
    this.countries = new VectorLayer({
      source: new VectorSource(),
      style: (feature) => (feature.get('hidden') ? undefined : baseCountryStyle(feature)),
      properties: { base: true },
    });
    this.labels = new VectorLayer({
      source: new VectorSource(),
      style: (feature) => (feature.get('hidden') ? undefined : stateLabelStyle(feature, this.lang())),
      declutter: true,
      properties: { base: true },
    });
  }

  /** Downloads today's countries and the dated changes, and merges each change's countries into its state. */
  async load(): Promise<void> {
    const [topology, changes] = await Promise.all([
      loadCountries(this.countries.getSource()!),
      downloadJson(MAP_DATA.baseMap) as Promise<BaseMapChange[]>,
    ]);
    if (this.signal.aborted) return;
    this.changes = changes;
    const geometries = topology.objects.countries.geometries as { id?: string }[];
    for (const change of this.changes) {
      const members = geometries.filter((geometry) => geometry.id !== undefined && change.countries.includes(geometry.id));
      const [state] = readFeatures({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', id: change.id, geometry: merge(topology, members), properties: {} }],
      });
      state!.setProperties({ emphasis: change.emphasis, name_en: change.state.en, name_ar: change.state.ar, state: true });
      this.countries.getSource()!.addFeature(state!);
      const label = new Feature(labelPoint(state!.getGeometry() as MultiPolygon));
      label.setId(change.id);
      label.setProperties({ name_en: change.state.en, name_ar: change.state.ar });
      this.labels.getSource()!.addFeature(label);
    }
  }

  /** Draws the states of this year: merged states up to their last year, today's countries otherwise. */
  applyYear(year: number): void {
    this.year = year;
    const { unions, merged } = baseFor(this.changes, year);
    const drawnStates = new Set(unions.map((union) => union.id));
    for (const feature of this.countries.getSource()!.getFeatures()) {
      const id = String(feature.getId());
      feature.set('hidden', feature.get('state') ? !drawnStates.has(id) : merged.has(id), true);
    }
    for (const label of this.labels.getSource()!.getFeatures()) {
      label.set('hidden', !drawnStates.has(String(label.getId())), true);
    }
    this.countries.changed();
    this.labels.changed();
  }

  /** The names of the merged states drawn now, in the map's language (for the element's data attributes). */
  statesDrawn(lang: Lang): string[] {
    if (this.year === undefined) return [];
    return baseFor(this.changes, this.year).unions.map((union) => union.state[lang]);
  }

  /** Ids of the base features drawn now: today's countries and the merged states (for scripts and tests). */
  featureIdsDrawn(): string[] {
    return this.countries.getSource()!.getFeatures()
      .filter((feature) => !feature.get('hidden') && feature.getId() !== undefined)
      .map((feature) => String(feature.getId()));
  }
}

/** The name goes inside the state's largest part (for the USSR, Russia's mainland). */
function labelPoint(state: MultiPolygon): Point {
  const largest = state.getPolygons().reduce((a, b) => (b.getArea() > a.getArea() ? b : a));
  return largest.getInteriorPoint();
}

function stateLabelStyle(feature: FeatureLike, lang: Lang): Style {
  return new Style({
    text: new Text({
      text: lang === 'ar' ? feature.get('name_ar') : feature.get('name_en'),
      font: `600 ${lang === 'ar' ? '22px "Noto Sans Arabic", system-ui' : '20px system-ui, "Noto Sans Arabic"'}, sans-serif`,
      fill: new Fill({ color: 'rgba(33, 37, 41, 0.75)' }),
      stroke: new Stroke({ color: 'rgba(255, 255, 255, 0.9)', width: 4 }),
      overflow: true,
    }),
  });
}
