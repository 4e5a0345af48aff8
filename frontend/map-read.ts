/* Reading GeoJSON into OpenLayers features on the map's projection. */
import GeoJSON from 'ol/format/GeoJSON';
import type Feature from 'ol/Feature';

import { shiftAcrossAntimeridian } from './antimeridian';

/** GeoJSON on the map's projection, with far-east longitudes kept beside the rest of Russia (unless told not to). */
export function readFeatures(collection: unknown, acrossAntimeridian = true): Feature[] {
  const shifted = acrossAntimeridian ? shiftAcrossAntimeridian(collection) : collection;
  return new GeoJSON().readFeatures(shifted, { featureProjection: 'EPSG:3857' }) as Feature[];
}
