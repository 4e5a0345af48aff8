import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { labelFromZoom, labelPoints, midpointAlong, riverWidth, waterLabel, zoomOfResolution, type Water } from '../water-words';

const amur: Water = { kind: 'river', rank: 1, name_en: 'Amur', name_ar: 'نهر آمور' };
const tumen: Water = { kind: 'river', rank: 2, name_en: 'Tumen', name_ar: 'نهر تومين' };
const unnamedInArabic: Water = { kind: 'river', rank: 2, name_en: 'Somewhere', name_ar: null };
const baikal: Water = { kind: 'lake', rank: 1, name_en: 'Lake Baikal', name_ar: 'بحيرة بايكال' };
const context: Water = { kind: 'river', rank: 3, name_en: null, name_ar: null };

test('the big rivers are named from zoom 4, the smaller ones from zoom 5, Baikal a little earlier', () => {
  assert.equal(waterLabel(amur, 3.9, 'en'), null);
  assert.equal(waterLabel(amur, 4, 'en'), 'Amur');
  assert.equal(waterLabel(tumen, 4.5, 'en'), null);
  assert.equal(waterLabel(tumen, 5, 'en'), 'Tumen');
  assert.equal(waterLabel(baikal, 3.5, 'en'), 'Lake Baikal');
  assert.equal(labelFromZoom(context), null);
});

test('names are in the map’s language, and a water without a sourced Arabic name has no Arabic label', () => {
  assert.equal(waterLabel(amur, 7, 'ar'), 'نهر آمور');
  assert.equal(waterLabel(baikal, 7, 'ar'), 'بحيرة بايكال');
  assert.equal(waterLabel(tumen, 7, 'ar'), 'نهر تومين');
  assert.equal(waterLabel(unnamedInArabic, 7, 'ar'), null);
  assert.equal(waterLabel(unnamedInArabic, 7, 'en'), 'Somewhere');
  assert.equal(waterLabel(context, 9, 'en'), null);
});

test('the big rivers are drawn wider, wider as the map zooms in, but at most 3 px so the islands stay visible', () => {
  assert.ok(riverWidth(1, 5) > riverWidth(2, 5));
  assert.ok(riverWidth(2, 5) > riverWidth(3, 5));
  assert.ok(riverWidth(1, 7) > riverWidth(1, 3));
  for (const zoom of [9, 10, 12]) assert.ok(riverWidth(1, zoom) <= 3);
});

test('a resolution is turned into the zoom level OpenLayers shows', () => {
  assert.equal(Math.round(zoomOfResolution(156543.03392804097 / 2 ** 9) * 1000) / 1000, 9);
});

test('the shipped water names the border rivers and lakes, each with a sourced Arabic name', () => {
  const collection = JSON.parse(readFileSync(new URL('../water/water.json', import.meta.url), 'utf-8'));
  const named = new Map<string, Water>(collection.features.map((f: { id: string; properties: Water }) => [f.id, f.properties]));
  for (const id of ['argun', 'amur', 'ussuri', 'songhua', 'tumen', 'irtysh', 'ili', 'baikal', 'khanka']) {
    assert.match(named.get(id)?.name_ar ?? '', /^(نهر|بحيرة) /, id);
  }
  assert.equal(named.get('tumen')?.name_en, 'Tumen');
  for (const feature of collection.features) {
    const text = JSON.stringify(feature.geometry.coordinates);
    assert.doesNotMatch(text, /\.\d{5,}/, `${feature.id}: at most 4 decimals`);
  }
});

test('a river is named halfway along each of its long parts, not on its short ones', () => {
  const long = [[0, 0], [4, 0]];
  const short = [[10, 0], [10, 0.5]];
  assert.deepEqual(labelPoints([long, short]), [[2, 0]]);
  assert.deepEqual(midpointAlong([[0, 0], [1, 0], [1, 3]]), [1, 1]);
});

test('the border rivers’ names are written well away from the disputed islands', () => {
  const water = JSON.parse(readFileSync(new URL('../water/water.json', import.meta.url), 'utf-8'));
  const borders = JSON.parse(readFileSync(new URL('../../data/layers/borders.geojson', import.meta.url), 'utf-8'));
  const islands = borders.features.filter((f: { id: string }) => /island/.test(f.id))
    .map((f: { id: string; geometry: { coordinates: unknown } }) => {
      const points = JSON.stringify(f.geometry.coordinates).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!.map((p) => p.split(',').map(Number));
      return { id: f.id, lon: points.reduce((s, p) => s + p[0]!, 0) / points.length, lat: points.reduce((s, p) => s + p[1]!, 0) / points.length };
    });
  assert.ok(islands.some((i: { id: string }) => i.id === 'zhenbao-island'));
  assert.ok(islands.some((i: { id: string }) => i.id === 'bolshoy-ussuriysky-island'));
  for (const river of water.features.filter((f: { properties: Water }) => f.properties.kind === 'river' && f.properties.name_en)) {
    for (const [lon, lat] of labelPoints(river.geometry.coordinates)) {
      for (const island of islands) {
        // 0.3° is over 100 px at zoom 9, the lessons' zoom on the islands; a label is about 60 px wide.
        assert.ok(Math.hypot(lon! - island.lon, lat! - island.lat) > 0.3, `${river.id} label near ${island.id}`);
      }
    }
  }
});
