import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { keepCountries, lonInView, simplifyArc, type Topology } from '../base-map-extent';

// The checks against the source file (world-atlas in node_modules, there only after the build's npm install)
// are in base-map-source.check.ts, run after the package phase (pom.xml: frontend-source-checks).

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const shippedText = read('frontend/base-map/countries.json');
const shipped: Topology = JSON.parse(shippedText);
const shippedIds = new Set(shipped.objects.countries.geometries.map((geometry) => geometry.id));

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


test('a saved camera by the Bering Strait is looked at past 180°, inside the view; Moscow and Vladivostok stay', () => {
  assert.equal(lonInView(-175), 185);
  assert.equal(lonInView(-150), 210);
  assert.equal(lonInView(37.6), 37.6);
  assert.equal(lonInView(131.9), 131.9);
  assert.equal(lonInView(-9.1), -9.1);
});
