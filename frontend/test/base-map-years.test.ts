import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { baseFor, type BaseMapChange } from '../base-map-years';

/** The shipped row, shaped as /api/base-map.json sends it (the year from its date). */
const shipped: BaseMapChange[] = JSON.parse(readFileSync(new URL('../../data/base-map.json', import.meta.url), 'utf8'))
  .map((row: any) => ({
    id: row.id, date: row.date, lastYearTogether: Number(row.date.slice(0, 4)), change: row.change,
    state: { en: row.state_en, ar: row.state_ar }, emphasis: row.emphasis, countries: row.countries,
    title: { en: row.title_en, ar: row.title_ar },
  }));

const RUSSIA = '643';
const KAZAKHSTAN = '398';

test('in 1969 the USSR is one state and Kazakhstan is inside it', () => {
  const base = baseFor(shipped, 1969);
  assert.deepEqual(base.unions.map((union) => union.state.en), ['USSR']);
  assert.equal(base.unions[0]!.countries.length, 15);
  assert.ok(base.merged.has(KAZAKHSTAN));
  assert.ok(base.merged.has(RUSSIA));
});

test('the USSR is still drawn in 1991, the year it was dissolved', () => {
  assert.equal(baseFor(shipped, 1991).unions.length, 1);
});

test('from 1992 on Russia and Kazakhstan are drawn on their own', () => {
  for (const year of [1992, 2008]) {
    const base = baseFor(shipped, year);
    assert.deepEqual(base.unions, []);
    assert.ok(!base.merged.has(RUSSIA) && !base.merged.has(KAZAKHSTAN));
  }
});

test('the year comes from the rows, not from the code', () => {
  const moved = shipped.map((change) => ({ ...change, lastYearTogether: 1960 }));
  assert.deepEqual(baseFor(moved, 1969).unions, []);
  assert.equal(baseFor(moved, 1960).unions.length, 1);
});

test('without changes the base is today\'s countries', () => {
  assert.deepEqual(baseFor([], 1950), { unions: [], merged: new Set() });
});
