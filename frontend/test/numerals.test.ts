import { test } from 'node:test';
import assert from 'node:assert/strict';

import { decimal, digits } from '../numerals';

test('years are written in Arabic-Indic digits in Arabic, without grouping', () => {
  assert.equal(digits(1950, 'ar'), '١٩٥٠');
  assert.equal(digits('1969–2008', 'ar'), '١٩٦٩–٢٠٠٨');
});

test('other languages keep their digits', () => {
  assert.equal(digits(2025, 'en'), '2025');
});

test('a decimal figure takes the Arabic decimal separator in Arabic', () => {
  assert.equal(decimal(245.1, 'ar'), '٢٤٥٫١');
  assert.equal(decimal(245.1, 'en'), '245.1');
});
