import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { AXIS, HEIGHT, WIDTH, bars, decadeLabels, selection, slotX, yearAt } from '../timeline-scale.ts';

/** The atlas's 81 years, 1945–2025, with 10 events in 1950, 5 in 1969 and none otherwise. */
const counts = Array.from({ length: 81 }, (_, i) => (i === 5 ? 10 : i === 24 ? 5 : 0));
const english = { first: 1945, counts, rtl: false };
const arabic = { first: 1945, counts, rtl: true };
const SLOT = WIDTH / 81;

describe('the timeline histogram', () => {
  it('puts 1945 at the left edge in English and at the right edge in Arabic', () => {
    assert.equal(slotX(1945, english), 0);
    assert.equal(slotX(2025, english), WIDTH - SLOT);
    assert.equal(slotX(1945, arabic), WIDTH - SLOT);
    assert.equal(slotX(2025, arabic), 0);
  });

  it('finds the year under a point, mirrored in Arabic and clamped to the years drawn', () => {
    assert.equal(yearAt(0, english), 1945);
    assert.equal(yearAt(0.5, english), 1985);
    assert.equal(yearAt(0.999, english), 2025);
    assert.equal(yearAt(1.2, english), 2025);
    assert.equal(yearAt(-0.1, english), 1945);
    assert.equal(yearAt(0.001, arabic), 2025);
  });

  it('scales the bars so that the busiest year fills the height above the axis', () => {
    const drawn = bars(english, 1950, 1960);
    assert.equal(drawn.length, 81);
    const busiest = drawn.find((bar) => bar.year === 1950)!;
    assert.equal(busiest.count, 10);
    assert.equal(busiest.height, HEIGHT - AXIS - 4);
    assert.equal(busiest.y, 4);
    assert.equal(drawn.find((bar) => bar.year === 1969)!.height, (HEIGHT - AXIS - 4) / 2);
    assert.equal(drawn.find((bar) => bar.year === 1946)!.height, 0);
  });

  it('marks the bars inside the selected years only', () => {
    const inRange = bars(english, 1950, 1960).filter((bar) => bar.inRange).map((bar) => bar.year);
    assert.deepEqual(inRange, [1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960]);
  });

  it('shades the selected years, their slots included, in either direction', () => {
    const shaded = selection(1945, 1947, english);
    assert.equal(shaded.x, 0);
    assert.ok(Math.abs(shaded.width - 3 * SLOT) < 1e-9);
    const mirrored = selection(1945, 1947, arabic);
    assert.ok(Math.abs(mirrored.x - (WIDTH - 3 * SLOT)) < 1e-9);
    assert.ok(Math.abs(mirrored.width - 3 * SLOT) < 1e-9);
  });

  it('labels each decade in the middle of its slot', () => {
    const labels = decadeLabels(english);
    assert.deepEqual(labels.map((label) => label.year), [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    assert.equal(labels[0].x, 5 * SLOT + SLOT / 2);
  });

  it('spans the atlas\'s 81 years before any counts arrive', () => {
    const empty = { first: 1945, counts: [], rtl: false };
    assert.equal(yearAt(0.999, empty), 2025);
    assert.deepEqual(bars(empty, 1945, 2025), []);
  });
});
