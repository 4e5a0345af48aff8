// Run after the package phase (pom.xml, frontend-source-checks): it reads world-atlas's file from
// node_modules, which a fresh clone has only once the build has installed the frontend's packages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { extentBoxes, VIEW_EXTENT, type Topology } from '../base-map-extent';
// @ts-ignore: a plain Node script, without types
import { countriesJson } from '../base-map/make-countries.mjs';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const sourceText = read('node_modules/world-atlas/countries-50m.json');
const shippedText = read('frontend/base-map/countries.json');
const source: Topology = JSON.parse(sourceText);
const shipped: Topology = JSON.parse(shippedText);

test('the shipped countries are what the script makes from the pinned world-atlas, byte for byte', () => {
  assert.equal(JSON.parse(read('node_modules/world-atlas/package.json')).version, '2.0.2');
  assert.match(read('src/main/java/org/relationsatlas/map/AtlasMap.java'), /@NpmPackage\(value = "world-atlas", version = "2\.0\.2"\)/);
  assert.equal(shippedText, countriesJson(sourceText));
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
