import { test } from 'node:test';
import assert from 'node:assert/strict';

import { shiftAcrossAntimeridian } from '../antimeridian';

const feature = (geometry: any) => ({ type: 'Feature', properties: {}, geometry });
const collection = (...geometries: any[]) => ({ type: 'FeatureCollection', features: geometries.map(feature) });

test('a ring of Chukotka that crosses 180° is moved east of it, whole', () => {
  // Natural Earth's Chukotka coast around Cape Dezhnev: from 177°E across the antimeridian to 169.7°W.
  const ring = [[177.0, 64.7], [179.9, 65.0], [-178.3, 65.4], [-172.5, 64.4], [-169.7, 66.0], [177.0, 64.7]];
  const shifted = shiftAcrossAntimeridian(collection({ type: 'Polygon', coordinates: [ring] }));

  assert.deepEqual(shifted.features[0].geometry.coordinates[0].map((p: number[]) => p[0]), [177.0, 179.9, 181.7, 187.5, 190.3, 177.0]);
});

test('an island wholly west of 168°W (Big Diomede) moves past 180°; Wrangel Island’s eastern cut at -180 too', () => {
  const bigDiomede = [[-169.1, 65.8], [-168.95, 65.75], [-169.05, 65.7], [-169.1, 65.8]];
  const wrangelEast = [[-180, 71.5], [-179.0, 71.6], [-177.5, 71.2], [-180, 71.0], [-180, 71.5]];
  const shifted = shiftAcrossAntimeridian(collection({ type: 'MultiPolygon', coordinates: [[bigDiomede], [wrangelEast]] }));
  const [diomede, wrangel] = shifted.features[0].geometry.coordinates;

  assert.deepEqual(diomede[0].map((p: number[]) => Number(p[0].toFixed(2))), [190.9, 191.05, 190.95, 190.9]);
  assert.deepEqual(wrangel[0].map((p: number[]) => p[0]), [180, 181, 182.5, 180, 180]);
});

test('Vladivostok, Moscow and the Alaskan mainland stay where they are', () => {
  const vladivostok = { type: 'Point', coordinates: [131.89, 43.12] };
  const moscow = { type: 'Point', coordinates: [37.62, 55.76] };
  const anchorage = { type: 'Point', coordinates: [-149.9, 61.2] };
  const shifted = shiftAcrossAntimeridian(collection(vladivostok, moscow, anchorage));

  assert.deepEqual(shifted.features.map((f: any) => f.geometry.coordinates), [[131.89, 43.12], [37.62, 55.76], [-149.9, 61.2]]);
});

test('a point in the far east (Lavrentiya, 171°W) moves past 180°', () => {
  const shifted = shiftAcrossAntimeridian(collection({ type: 'Point', coordinates: [-171.0, 65.58] }));
  assert.deepEqual(shifted.features[0].geometry.coordinates, [189.0, 65.58]);
});

test('the collection given is not changed', () => {
  const ring = [[177.0, 64.7], [-178.3, 65.4], [177.0, 64.7]];
  const original = collection({ type: 'LineString', coordinates: ring });
  shiftAcrossAntimeridian(original);
  assert.equal(original.features[0].geometry.coordinates[1][0], -178.3);
});
