import { test } from 'node:test';
import assert from 'node:assert/strict';

import { RegionOutlines } from '../region-outlines';

const REGIONS = ['amur-ussuri', 'xinjiang-central-asia', 'mongolia'];

test('no region is outlined until one is picked, hovered or chosen', () => {
  const outlines = new RegionOutlines();
  assert.deepEqual(outlines.drawn(REGIONS), []);
  assert.equal(outlines.outlineOf('amur-ussuri'), 'hidden');
});

test('while the picker is open every region is outlined, the chosen one bold', () => {
  const outlines = new RegionOutlines();
  outlines.picking = true;
  outlines.chosen = 'mongolia';
  assert.deepEqual(outlines.drawn(REGIONS), REGIONS);
  assert.equal(outlines.outlineOf('mongolia'), 'chosen');
  assert.equal(outlines.outlineOf('amur-ussuri'), 'outlined');
});

test('the region under the pointer and the chosen one are outlined, the others not', () => {
  const outlines = new RegionOutlines();
  outlines.hovered = 'xinjiang-central-asia';
  outlines.chosen = 'amur-ussuri';
  assert.deepEqual(outlines.drawn(REGIONS), ['amur-ussuri', 'xinjiang-central-asia']);
  outlines.hovered = null;
  assert.deepEqual(outlines.drawn(REGIONS), ['amur-ussuri']);
});
