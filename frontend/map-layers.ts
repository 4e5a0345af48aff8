/*
 * The map's data: the base map (frontend/base-map/countries.json, world-atlas's countries cut to the
 * view's extent, shipped with the app), the region outlines, and the overlay layers. Each overlay is
 * downloaded once from /api/layers/{layer}.geojson, whatever the years; a new year range only changes
 * which features are shown and in what status (feature-years.ts), so playing the timeline never
 * downloads a layer again.
 */
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import type Feature from 'ol/Feature';
import type { FeatureLike } from 'ol/Feature';
import type { Style } from 'ol/style';

import { LAYER_IDS, type LayerId } from './atlas-map-data';
import { KeptPromises } from './kept-promises';
import { downloadJson, MAP_DATA } from './map-downloads';
import { countryFeatures, layerFeatures, regionFeatures } from './map-features';
import { existsDuring, statusDuring, type FeatureYears } from './feature-years';

const CHINA = '156';
const RUSSIA = '643';

/** Today's countries, China and Russia marked for their own colours; returns their topology (map-base.ts merges from it). */
export async function loadCountries(source: VectorSource): Promise<any> {
  const [topology, features] = await Promise.all([downloadJson(MAP_DATA.countries), countryFeatures()]);
  for (const feature of features) {
    const id = String(feature.getId());
    feature.set('emphasis', id === CHINA ? 'china' : id === RUSSIA ? 'russia' : 'other');
  }
  source.addFeatures(features);
  return topology;
}

export async function loadRegions(source: VectorSource): Promise<void> {
  source.addFeatures(await regionFeatures());
}

type OverlayStyle = (id: LayerId, feature: FeatureLike, resolution: number) => Style[];

/** The overlay layers of one map: their downloads, and which of their features the years show. */
export class OverlayLayers {
  private readonly layers = new Map<LayerId, VectorLayer<VectorSource>>();
  /** Each layer is downloaded once; a failed download is tried again on the next state. */
  private readonly loads = new KeptPromises<LayerId, void>();

  constructor(private readonly signal: AbortSignal, style: OverlayStyle) {
    for (const id of LAYER_IDS) {
      this.layers.set(id, new VectorLayer({
        source: new VectorSource(),
        // A feature outside the year range has no style: it is neither drawn nor clickable.
        style: (feature, resolution) => (feature.get('shown') ? style(id, feature, resolution) : undefined),
        properties: { layerId: id },
        // Place names give way to each other and to the base map's labels; the markers always show.
        declutter: id === 'places',
      }));
    }
  }

  /** The OpenLayers layers, in legend order (drawn in that order). */
  all(): VectorLayer<VectorSource>[] {
    return [...this.layers.values()];
  }

  /** Shows these layers and hides the others; resolves once all of them are downloaded. */
  show(visible: LayerId[]): Promise<void[]> {
    for (const [id, layer] of this.layers) layer.setVisible(visible.includes(id));
    return Promise.all(visible.map((id) => this.load(id)));
  }

  /** Shows the features that existed in from..to, each in its status then, and restyles every overlay. */
  applyYears(from: number, to: number): void {
    this.layers.forEach((layer) => {
      for (const feature of layer.getSource()!.getFeatures()) {
        const years = feature.getProperties() as FeatureYears;
        const shown = existsDuring(years, from, to);
        feature.set('shown', shown, true);
        if (shown) feature.set('status', statusDuring(years, to), true);
      }
      layer.changed();
    });
  }

  /** The features drawn now, in layer order. */
  visibleFeatures(): Feature[] {
    const features: Feature[] = [];
    this.layers.forEach((layer) => {
      if (!layer.getVisible()) return;
      layer.getSource()!.getFeatures().forEach((feature) => {
        if (feature.get('shown')) features.push(feature as Feature);
      });
    });
    return features;
  }

  private load(id: LayerId): Promise<void> {
    return this.loads.get(id, () => this.download(id));
  }

  /** Every feature the layer ever had; applyYears then shows those of the chosen years. */
  private async download(id: LayerId): Promise<void> {
    const features = await layerFeatures(MAP_DATA.layer(id));
    if (this.signal.aborted) return;
    const source = this.layers.get(id)!.getSource()!;
    source.clear(true);
    source.addFeatures(features);
  }
}
