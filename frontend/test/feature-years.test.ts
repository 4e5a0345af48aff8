import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { existsDuring, statusDuring, type FeatureYears } from '../feature-years';

/*
 * The same cases run on the server's rules (MapFeature, FeatureYearRulesTest in
 * src/test/java/org/relationsatlas/layers): browser and server must agree on what each year shows.
 */
interface Cases {
  features: Record<string, { phases: { from: number; status: string }[]; until: number | null }>;
  cases: { feature: string; from: number; to: number; status: string | null }[];
}
const shared: Cases = JSON.parse(readFileSync(new URL('./feature-years.cases.json', import.meta.url), 'utf8'));

/** As /api/layers/{layer}.geojson sends a feature: its first year is its first phase's. */
function years(id: string): FeatureYears {
  const { phases, until } = shared.features[id]!;
  return { first_year: phases[0]!.from, until, phases };
}

for (const { feature, from, to, status } of shared.cases) {
  test(`${feature} in ${from}–${to} is ${status ?? 'not shown'}`, () => {
    const shown = existsDuring(years(feature), from, to);
    assert.equal(shown ? statusDuring(years(feature), to) : null, status);
  });
}

test('Power of Siberia is under construction in 2017 and operating from 2019', () => {
  assert.equal(statusDuring(years('power-of-siberia'), 2017), 'under-construction');
  assert.equal(statusDuring(years('power-of-siberia'), 2019), 'operating');
});

test('a feature that ended keeps the status of its last year after it', () => {
  assert.equal(existsDuring(years('tielieketi-clash-site'), 1970, 1980), false);
  assert.equal(statusDuring(years('tielieketi-clash-site'), 2025), 'clash');
});
