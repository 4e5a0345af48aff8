import { test } from 'node:test';
import assert from 'node:assert/strict';

import { arabicFontStart } from '../arabic-font-start';

test('an Arabic page loads the Arabic font at once', () => {
  for (const showsMap of [true, false]) {
    assert.equal(arabicFontStart('ar', showsMap), 'now');
    assert.equal(arabicFontStart('ar-EG', showsMap), 'now');
  }
});

test('an English page loads it after its map is ready, or when idle if it has no map', () => {
  assert.equal(arabicFontStart('en', true), 'after-map');
  assert.equal(arabicFontStart('en', false), 'when-idle');
  assert.equal(arabicFontStart('', true), 'after-map', 'no lang yet');
  assert.equal(arabicFontStart('arn', true), 'after-map', 'another language whose code starts with ar');
});
