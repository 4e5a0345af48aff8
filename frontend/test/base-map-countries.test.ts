import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { extentBoxes, keepCountries, lonInView, simplifyArc, VIEW_EXTENT, type Topology } from '../base-map-extent';
// @ts-ignore: a plain Node script, without types
import { countriesJson } from '../base-map/make-countries.mjs';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const sourceText = read('node_modules/world-atlas/countries-50m.json');
const shippedText = read('frontend/base-map/countries.json');
const source: Topology = JSON.parse(sourceText);
const shipped: Topology = JSON.parse(shippedText);
const shippedIds = new Set(shipped.objects.countries.geometries.map((geometry) => geometry.id));

test('the shipped countries are what the script makes from the pinned world-atlas, byte for byte', () => {
  assert.equal(JSON.parse(read('node_modules/world-atlas/package.json')).version, '2.0.2');
  assert.match(read('src/main/java/org/relationsatlas/map/AtlasMap.java'), /@NpmPackage\(value = "world-atlas", version = "2\.0\.2"\)/);
  assert.equal(shippedText, countriesJson(sourceText));
});

test('the fifteen Soviet republics the USSR is merged from are all there', () => {
  const [ussr] = JSON.parse(read('data/base-map.json')) as { id: string; countries: string[] }[];
  assert.equal(ussr.countries.length, 15);
  assert.deepEqual(ussr.countries.filter((id) => !shippedIds.has(id)), []);
});

test('China, Mongolia, Japan, both Koreas and the neighbours the atlas names are there; the Americas but Alaska are not', () => {
  // China, Mongolia, Japan, North and South Korea, Vietnam, India, Afghanistan, Pakistan, Iran, Turkey, the United States (Alaska).
  for (const id of ['156', '496', '392', '408', '410', '704', '356', '004', '586', '364', '792', '840']) {
    assert.ok(shippedIds.has(id), `country ${id}`);
  }
  // Canada, Brazil, Australia, Antarctica, South Africa, Argentina.
  for (const id of ['124', '076', '036', '010', '710', '032']) assert.ok(!shippedIds.has(id), `country ${id} left out`);
});

test('every polygon of the source that reaches into the view is kept whole, on the source\'s grid', () => {
  const boxes = extentBoxes(VIEW_EXTENT);
  const sourceFeatures = polygonsByCountry(source);
  const shippedFeatures = polygonsByCountry(shipped);
  let kept = 0;
  for (const [name, polygons] of sourceFeatures) {
    const reaching = polygons.filter((outer) => boxes.some((box) => overlaps(boxOf(outer), box)));
    assert.equal(shippedFeatures.get(name)?.length ?? 0, reaching.length, name);
    kept += reaching.length;
  }
  assert.ok(kept > 500, `${kept} polygons`);
  assert.deepEqual(shipped.transform, source.transform);
});

test('simplifying keeps an arc\'s ends and every position it drops lies within the tolerance of what is left', () => {
  const wavy = [[0, 0], [5, 1], [10, 0], [15, -1], [20, 0]];
  assert.deepEqual(simplifyArc(wavy, 1.5), [[0, 0], [20, 0]]);
  assert.deepEqual(simplifyArc(wavy, 0.5), [[0, 0], [5, 1], [15, -1], [20, 0]]);
  // A small island of one arc keeps a ring, not a line.
  const island = [[0, 0], [2, 0], [2, 1], [0, 0]];
  assert.deepEqual(simplifyArc(island, 5), island);
});

test('keepCountries drops a country wholly outside the extent and keeps one inside', () => {
  const topology: Topology = {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    objects: { countries: { type: 'GeometryCollection', geometries: [
      { type: 'Polygon', arcs: [[0]], id: '001' },
      { type: 'Polygon', arcs: [[1]], id: '002' },
    ] } },
    arcs: [[[10, 10], [1, 0], [0, 1], [-1, -1]], [[100, 10], [1, 0], [0, 1], [-1, -1]]],
  };
  const result = keepCountries(topology, [0, 0, 50, 50]);
  assert.deepEqual(result.objects.countries.geometries.map((geometry) => geometry.id), ['001']);
  assert.deepEqual(result.arcs, [[[10, 10], [1, 0], [0, 1], [-1, -1]]]);
});

type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

function boxOf(ring: number[][]): Box {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Each country's polygons as outer rings in degrees, decoded independently of base-map-extent.ts. */
function polygonsByCountry(topology: Topology): Map<string, number[][][]> {
  const { scale, translate } = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx) * scale[0] + translate[0], (y += dy) * scale[1] + translate[1]]);
  });
  const ring = (indexes: number[]) => indexes.flatMap((i) => (i < 0 ? [...arcs[~i]].reverse() : arcs[i]));
  const byCountry = new Map<string, number[][][]>();
  for (const geometry of topology.objects.countries.geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs as number[][]] : (geometry.arcs as number[][][]);
    byCountry.set(String(geometry.id ?? geometry.properties?.name), polygons.map((polygon) => ring(polygon[0])));
  }
  return byCountry;
}

test('a saved camera by the Bering Strait is looked at past 180°, inside the view; Moscow and Vladivostok stay', () => {
  assert.equal(lonInView(-175), 185);
  assert.equal(lonInView(-150), 210);
  assert.equal(lonInView(37.6), 37.6);
  assert.equal(lonInView(131.9), 131.9);
  assert.equal(lonInView(-9.1), -9.1);
});
