import { test } from 'node:test';
import assert from 'node:assert/strict';

import { describe, nameIn, scaleIn } from '../map-words';

const statusLabels = { 'under-construction': 'under construction', disputed: 'disputed' };

test('a feature is described by its name and its status in the selected years', () => {
  assert.equal(describe('Power of Siberia gas pipeline', 'under-construction', statusLabels),
    'Power of Siberia gas pipeline · under construction');
});

test('a status without a label (or no labels yet) leaves the name alone', () => {
  assert.equal(describe('Vostok 2018', 'held', statusLabels), 'Vostok 2018');
  assert.equal(describe('Vostok 2018', 'held', undefined), 'Vostok 2018');
});

test('names are in the map’s language, with Arabic-Indic digits in Arabic', () => {
  const names = { name_en: 'Power of Siberia 2 gas pipeline', name_ar: 'خط أنابيب الغاز قوة سيبيريا 2' };
  assert.equal(nameIn(names, 'en'), 'Power of Siberia 2 gas pipeline');
  assert.equal(nameIn(names, 'ar'), 'خط أنابيب الغاز قوة سيبيريا ٢');
});

test('the scale line reads in Arabic digits and units in Arabic', () => {
  assert.equal(scaleIn('2000 km', 'ar'), '٢٠٠٠ كم');
  assert.equal(scaleIn(' 500 m ', 'ar'), '٥٠٠ م');
});

test('the scale line is left alone in English, and once it is rewritten', () => {
  assert.equal(scaleIn('2000 km', 'en'), null);
  assert.equal(scaleIn('٢٠٠٠ كم', 'ar'), null);
});
