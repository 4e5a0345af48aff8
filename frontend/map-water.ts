/*
 * Rivers and lakes under the overlays: the Argun, Amur and Ussuri carry much of the eastern border and
 * its disputed islands. The data (frontend/water/water.json, from Natural Earth, see
 * data/water/README.md) ships with the app like the countries, so it costs no request to the server
 * and is cached with the build. Names follow the map's language (water-words.ts).
 */
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import type Feature from 'ol/Feature';
import type { FeatureLike } from 'ol/Feature';
import type OlMap from 'ol/Map';
import { intersects } from 'ol/extent';
import MultiPoint from 'ol/geom/MultiPoint';
import type MultiLineString from 'ol/geom/MultiLineString';
import { toLonLat, fromLonLat } from 'ol/proj';
import { Fill, Stroke, Style, Text } from 'ol/style';

import { waterFeatures } from './map-features';
import { labelPoints, riverWidth, waterLabel, zoomOfResolution, type Water } from './water-words';

const RIVER = '#3f88c5';
const LAKE_FILL = new Fill({ color: '#b9d3e6' });
const LAKE_STROKE = new Stroke({ color: '#6f9fc8', width: 0.8 });
const LABEL_FILL = new Fill({ color: '#1b5a8e' });
const LABEL_HALO = new Stroke({ color: 'rgba(255,255,255,0.9)', width: 3 });

function font(lang: string): string {
  return lang === 'ar' ? 'italic 14px "Noto Sans Arabic", system-ui, sans-serif' : 'italic 13px system-ui, "Noto Sans Arabic", sans-serif';
}

function style(feature: FeatureLike, resolution: number, lang: string): Style[] {
  const water = feature.getProperties() as Water;
  const zoom = zoomOfResolution(resolution);
  const label = waterLabel(water, zoom, lang);
  const shape = water.kind === 'lake'
    ? new Style({ fill: LAKE_FILL, stroke: LAKE_STROKE })
    : new Style({ stroke: new Stroke({ color: RIVER, width: riverWidth(water.rank, zoom), lineCap: 'round', lineJoin: 'round' }) });
  if (!label) return [shape];
  // Level text at chosen points (labelPoints): OpenLayers' text along a line is drawn glyph by glyph,
  // which breaks Arabic letters apart, and its place along the line could not be checked.
  return [shape, new Style({
    geometry: water.kind === 'river' ? (feature.get('labelAt') as MultiPoint) : undefined,
    text: new Text({ text: label, font: font(lang), fill: LABEL_FILL, stroke: LABEL_HALO, overflow: true }),
  })];
}

/** Where each river's name goes, worked out once from its lines. */
function placeLabels(features: Feature[]): void {
  for (const feature of features) {
    if (feature.get('kind') !== 'river') continue;
    const lines = (feature.getGeometry() as MultiLineString).getCoordinates().map((line) => line.map((p) => toLonLat(p)));
    feature.set('labelAt', new MultiPoint(labelPoints(lines).map((p) => fromLonLat(p))), true);
  }
}

/** The water layer of one map; its labels follow lang(). */
export class WaterLayer {
  readonly layer: VectorLayer<VectorSource>;
  /** Resolves once the rivers and lakes are read (the map is data-ready only after). */
  readonly ready: Promise<void>;

  constructor(private readonly lang: () => string) {
    const source = new VectorSource();
    this.layer = new VectorLayer({
      source,
      style: (feature, resolution) => style(feature, resolution, this.lang()),
      declutter: true,
      properties: { base: true, water: true },
    });
    this.ready = waterFeatures()
      .then((features) => {
        placeLabels(features);
        source.addFeatures(features);
      });
  }

  /** What the map shows of the water now: rivers and lakes in view, and the labels placed in view at this zoom. */
  drawn(map: OlMap): { rivers: string[]; lakes: string[]; labels: string[] } {
    const view = map.getView();
    const extent = view.calculateExtent(map.getSize());
    const zoom = view.getZoom() ?? 0;
    const shown = { rivers: [] as string[], lakes: [] as string[], labels: [] as string[] };
    for (const feature of this.layer.getSource()!.getFeatures()) {
      if (!intersects(feature.getGeometry()!.getExtent(), extent)) continue;
      const water = feature.getProperties() as Water;
      (water.kind === 'river' ? shown.rivers : shown.lakes).push(String(feature.getId()));
      const label = waterLabel(water, zoom, this.lang());
      const at = water.kind === 'river' ? (feature.get('labelAt') as MultiPoint).getPoints() : [];
      if (label && (water.kind === 'lake' || at.some((point) => intersects(point.getExtent(), extent)))) shown.labels.push(label);
    }
    return shown;
  }
}
