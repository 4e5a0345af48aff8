/*
 * The map's data files read into OpenLayers features once per page: the decoding (TopoJSON, the
 * antimeridian shift, the projection) is the costly part of showing a map, and it can run while Flow's
 * first round trip is still on its way (index.ts calls prepareMapFeatures on the pages that show a map).
 * Each map takes copies, since a map marks its features (hidden, shown, status) for its own years.
 */
import type Feature from 'ol/Feature';
import { feature as topoFeature } from 'topojson-client';

import { LAYER_IDS } from './atlas-map-data';
import { KeptPromises } from './kept-promises';
import { readFeatures } from './map-read';
import { downloadJson, MAP_DATA } from './map-downloads';

const decoded = new KeptPromises<string, Feature[]>();

/** The file's features, read once; a failed download or read is tried again on the next call. */
function featuresOf(path: string, read: (json: any) => Feature[]): Promise<Feature[]> {
  return decoded.get(path, () => downloadJson(path).then(read));
}

/** Copies of the features, ids and properties included, for one map. */
async function copies(features: Promise<Feature[]>): Promise<Feature[]> {
  return (await features).map((feature) => {
    const copy = feature.clone();
    copy.setId(feature.getId());
    return copy;
  });
}

const readCountries = (topology: any) => readFeatures(topoFeature(topology, topology.objects.countries));
/** Rivers and lakes: nothing of theirs crosses the antimeridian. */
const readWater = (collection: unknown) => readFeatures(collection, false);

/** Today's countries, as the topology's features. */
export function countryFeatures(): Promise<Feature[]> {
  return copies(featuresOf(MAP_DATA.countries, readCountries));
}

export function regionFeatures(): Promise<Feature[]> {
  return copies(featuresOf(MAP_DATA.regions, readFeatures));
}

export function layerFeatures(path: string): Promise<Feature[]> {
  return copies(featuresOf(path, readFeatures));
}

export function waterFeatures(): Promise<Feature[]> {
  return copies(featuresOf(MAP_DATA.water, readWater));
}

/** Reads every file the first map will draw, so that it only has to copy them. */
export function prepareMapFeatures(): void {
  const reads = [featuresOf(MAP_DATA.countries, readCountries), featuresOf(MAP_DATA.regions, readFeatures),
    featuresOf(MAP_DATA.water, readWater), ...LAYER_IDS.map((id) => featuresOf(MAP_DATA.layer(id), readFeatures))];
  // Errors are reported by the map that waits for them.
  for (const read of reads) read.catch(() => undefined);
}
