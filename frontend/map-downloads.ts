/*
 * The map's data files, each downloaded once per page and shared by every map on it: the base map's
 * countries and dated changes, the water, the region outlines and the four layers.
 *
 * index.ts starts them while the page boots, on the pages that show a map, so they arrive while Flow's
 * first round trip is on its way instead of after it. A map created later takes the same downloads.
 */
import countriesUrl from './base-map/countries.json?url';
import waterUrl from './water/water.json?url';

import { LAYER_IDS, type LayerId } from './atlas-map-data';
import { KeptPromises } from './kept-promises';

/** Where each file is, relative to the page. */
export const MAP_DATA = {
  countries: countriesUrl,
  water: waterUrl,
  baseMap: 'api/base-map.json',
  regions: 'api/regions.geojson',
  layer: (id: LayerId) => `api/layers/${id}.geojson`,
};

const downloads = new KeptPromises<string, any>();

/** The file's JSON, downloaded on the first call; a failed download is tried again on the next call. */
export function downloadJson(path: string): Promise<any> {
  const url = new URL(path, document.baseURI).href;
  return downloads.get(url, () => fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${new URL(url).pathname}: HTTP ${response.status}`);
    return response.json();
  }));
}

/** Starts every download the first map will need; errors are reported by the map that waits for them. */
export function startMapDownloads(): void {
  const paths = [MAP_DATA.countries, MAP_DATA.water, MAP_DATA.baseMap, MAP_DATA.regions, ...LAYER_IDS.map(MAP_DATA.layer)];
  for (const path of paths) downloadJson(path).catch(() => undefined);
}
