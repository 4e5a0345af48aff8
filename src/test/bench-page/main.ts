/*
 * The benchmark's yardstick: the atlas's base map and layers drawn by a plain OpenLayers page, with the
 * project's own OpenLayers and topojson-client. It draws the same countries TopoJSON
 * (frontend/base-map/countries.json) and water (frontend/water/water.json) as the atlas, the four layers as the atlas's
 * server sends them (the bench saves /api/layers/{id}.geojson beside this page, byte for byte), and
 * fits the atlas's first view. Like <atlas-map>, #map says data-ready="true" once everything is drawn.
 */
import OlMap from 'ol/Map';
import View from 'ol/View';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import GeoJSON from 'ol/format/GeoJSON';
import { transformExtent } from 'ol/proj';
import { Fill, Stroke, Style, Circle } from 'ol/style';
import 'ol/ol.css';
import { feature as topoFeature } from 'topojson-client';

import countriesUrl from '../../../frontend/base-map/countries.json?url';
import waterUrl from '../../../frontend/water/water.json?url';
import { shiftAcrossAntimeridian } from '../../../frontend/antimeridian';
import { INITIAL_EXTENT } from '../../../frontend/map-camera';

const LAYERS: Record<string, string> = { borders: '#c0392b', pipelines: '#8e44ad', railways: '#2c3e50', exercises: '#d35400' };

function vectorLayer(style: Style): { layer: VectorLayer<VectorSource>; source: VectorSource } {
  const source = new VectorSource();
  return { layer: new VectorLayer({ source, style }), source };
}

async function json(url: string): Promise<any> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function read(collection: unknown) {
  return new GeoJSON().readFeatures(shiftAcrossAntimeridian(collection), { featureProjection: 'EPSG:3857' });
}

const countries = vectorLayer(new Style({ fill: new Fill({ color: '#f3efe6' }), stroke: new Stroke({ color: '#9a9488', width: 0.7 }) }));
const water = vectorLayer(new Style({ fill: new Fill({ color: '#b9d3e6' }), stroke: new Stroke({ color: '#3f88c5', width: 1.2 }) }));
const overlays = Object.entries(LAYERS).map(([id, colour]) => ({
  id,
  ...vectorLayer(new Style({
    stroke: new Stroke({ color: colour, width: 3 }),
    fill: new Fill({ color: `${colour}4d` }),
    image: new Circle({ radius: 7, fill: new Fill({ color: colour }) }),
  })),
}));

const target = document.getElementById('map')!;
const map = new OlMap({
  target,
  layers: [countries.layer, water.layer, ...overlays.map((overlay) => overlay.layer)],
  view: new View(),
});
map.getView().fit(transformExtent(INITIAL_EXTENT, 'EPSG:4326', 'EPSG:3857'));

Promise.all([
  json(countriesUrl).then((topology) => countries.source.addFeatures(read(topoFeature(topology, topology.objects.countries)))),
  json(waterUrl).then((collection) => water.source.addFeatures(read(collection))),
  ...overlays.map(({ id, source }) => json(`layers/${id}.geojson`).then((collection) => source.addFeatures(read(collection)))),
]).then(() => {
  map.once('rendercomplete', () => target.setAttribute('data-ready', 'true'));
  map.render();
}).catch((error: unknown) => target.setAttribute('data-error', String(error)));
