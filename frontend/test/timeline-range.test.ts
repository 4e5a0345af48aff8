import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { keyAction, playStart, playStep, shift, spanBetween, stepDelay } from '../timeline-range.ts';

const ATLAS = { first: 1945, last: 2025 };

/** Every range play shows, from pressing play until it stops (or `limit` steps, for a loop). */
function playAll(from: number, to: number, loop: boolean, limit = 200): string[] {
  const shown: string[] = [];
  let range: { from: number; to: number } | undefined = playStart({ from, to }, ATLAS);
  while (range && shown.length < limit) {
    shown.push(`${range.from}–${range.to}`);
    range = playStep(range, ATLAS, loop);
  }
  return shown;
}

describe('playing the timeline', () => {
  it('moves a range a year at a time, keeping its length, and stops at 2025 without loop', () => {
    const shown = playAll(2015, 2017, false);
    assert.deepEqual(shown, ['2016–2018', '2017–2019', '2018–2020', '2019–2021', '2020–2022', '2021–2023',
      '2022–2024', '2023–2025']);
  });

  it('plays a whole-period range a year at a time from 1945 to 2025', () => {
    const shown = playAll(1945, 2025, false);
    assert.equal(shown.length, 81);
    assert.equal(shown[0], '1945–1945');
    assert.equal(shown[1], '1946–1946');
    assert.equal(shown.at(-1), '2025–2025');
  });

  it('starts again from the first years when the range already ends at 2025', () => {
    assert.deepEqual(playStart({ from: 2020, to: 2025 }, ATLAS), { from: 1945, to: 1950 });
    assert.deepEqual(playStart({ from: 2025, to: 2025 }, ATLAS), { from: 1945, to: 1945 });
  });

  it('with loop goes back to the first years after 2025 and keeps going', () => {
    const shown = playAll(2022, 2023, true, 5);
    assert.deepEqual(shown, ['2023–2024', '2024–2025', '1945–1946', '1946–1947', '1947–1948']);
  });

  it('stops at the last year without loop', () => {
    assert.equal(playStep({ from: 2024, to: 2025 }, ATLAS, false), undefined);
  });

  it('waits a year\'s time by speed, at normal speed when the speed is unknown', () => {
    assert.equal(stepDelay('slow'), 2000);
    assert.equal(stepDelay('normal'), 1000);
    assert.equal(stepDelay('fast'), 500);
    assert.equal(stepDelay('warp'), 1000);
  });
});

describe('keys on the timeline', () => {
  const range = { from: 1950, to: 1955 };

  it('space plays or pauses', () => {
    assert.deepEqual(keyAction(' ', range, ATLAS, false), { kind: 'play-pause' });
  });

  it('ArrowRight moves towards later years left-to-right, ArrowLeft does in Arabic', () => {
    assert.deepEqual(keyAction('ArrowRight', range, ATLAS, false), { kind: 'move', to: { from: 1951, to: 1956 } });
    assert.deepEqual(keyAction('ArrowLeft', range, ATLAS, false), { kind: 'move', to: { from: 1949, to: 1954 } });
    assert.deepEqual(keyAction('ArrowLeft', range, ATLAS, true), { kind: 'move', to: { from: 1951, to: 1956 } });
    assert.deepEqual(keyAction('ArrowRight', range, ATLAS, true), { kind: 'move', to: { from: 1949, to: 1954 } });
  });

  it('Home and End move the range, keeping its length, to the first and last years', () => {
    assert.deepEqual(keyAction('Home', range, ATLAS, false), { kind: 'move', to: { from: 1945, to: 1950 } });
    assert.deepEqual(keyAction('End', range, ATLAS, true), { kind: 'move', to: { from: 2020, to: 2025 } });
  });

  it('an arrow at the edge of the period leaves the range where it is', () => {
    assert.deepEqual(keyAction('ArrowLeft', { from: 1945, to: 1947 }, ATLAS, false),
      { kind: 'move', to: { from: 1945, to: 1947 } });
    assert.deepEqual(shift({ from: 2020, to: 2025 }, 1, ATLAS), { from: 2020, to: 2025 });
  });

  it('other keys are not the timeline\'s', () => {
    assert.equal(keyAction('a', range, ATLAS, false), undefined);
    assert.equal(keyAction('Enter', range, ATLAS, false), undefined);
  });
});

describe('dragging across the timeline', () => {
  it('gives the range between the two years in either direction', () => {
    assert.deepEqual(spanBetween(1969, 1960), { from: 1960, to: 1969 });
    assert.deepEqual(spanBetween(1991, 1991), { from: 1991, to: 1991 });
  });
});
