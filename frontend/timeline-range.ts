/*
 * How the timeline's range moves: stepped by a key, played a year at a time, chosen by a drag.
 * Pure functions over years, without the DOM, so that they can be tested on their own
 * (frontend/test/timeline-range.test.ts). Kept free of imports for the same reason.
 */

/** An inclusive range of years. */
export interface YearSpan {
  from: number;
  to: number;
}

/** The years the timeline covers, both inclusive. */
export interface Period {
  first: number;
  last: number;
}

/** What a key asks of the timeline: play or pause, or move the range (to where it already is at an edge). */
export type KeyAction = { kind: 'play-pause' } | { kind: 'move'; to: YearSpan };

/** Milliseconds a year stays on screen while playing, by speed. */
export const SPEEDS = { slow: 2000, normal: 1000, fast: 500 } as const;
export type Speed = keyof typeof SPEEDS;

/** The delay between two play steps at a speed; an unknown speed plays at normal speed. */
export function stepDelay(speed: string): number {
  return SPEEDS[speed as Speed] ?? SPEEDS.normal;
}

/** The range from a drag that started on one year and ended on another, in either direction. */
export function spanBetween(start: number, end: number): YearSpan {
  return { from: Math.min(start, end), to: Math.max(start, end) };
}

export function sameSpan(a: YearSpan, b: YearSpan): boolean {
  return a.from === b.from && a.to === b.to;
}

/** The range moved by a number of years, or the range as it is when that would leave the period. */
export function shift(range: YearSpan, years: number, period: Period): YearSpan {
  const moved = { from: range.from + years, to: range.to + years };
  return moved.from >= period.first && moved.to <= period.last ? moved : range;
}

/** The range, keeping its length, starting at the period's first year. */
export function atStart(range: YearSpan, period: Period): YearSpan {
  return { from: period.first, to: period.first + range.to - range.from };
}

/** The range, keeping its length, ending at the period's last year. */
export function atEnd(range: YearSpan, period: Period): YearSpan {
  return { from: period.last - (range.to - range.from), to: period.last };
}

/**
 * Space plays or pauses. The arrow keys move the whole range by a year, towards later years with
 * ArrowRight in a left-to-right page and with ArrowLeft in a right-to-left one (later years are on
 * the left there); Home and End move it to the first or last years. Other keys are not the
 * timeline's: undefined.
 */
export function keyAction(key: string, range: YearSpan, period: Period, rtl: boolean): KeyAction | undefined {
  switch (key) {
    case ' ':
      return { kind: 'play-pause' };
    case 'ArrowLeft':
    case 'ArrowRight':
      return { kind: 'move', to: shift(range, (key === 'ArrowRight') !== rtl ? 1 : -1, period) };
    case 'Home':
      return { kind: 'move', to: atStart(range, period) };
    case 'End':
      return { kind: 'move', to: atEnd(range, period) };
    default:
      return undefined;
  }
}

/**
 * The first range that play shows: the range moved on a year, or the first years when it already
 * ends at the last year. A range of every year cannot move: play then goes through the years one
 * at a time, starting at the first.
 */
export function playStart(range: YearSpan, period: Period): YearSpan {
  const whole = range.to - range.from >= period.last - period.first;
  if (whole && range.to > range.from) return { from: period.first, to: period.first };
  if (range.to >= period.last) return atStart(range, period);
  return { from: range.from + 1, to: range.to + 1 };
}

/**
 * The next range while playing: one year on; at the last year, back to the first years with loop,
 * else undefined (play stops there).
 */
export function playStep(range: YearSpan, period: Period, loop: boolean): YearSpan | undefined {
  if (range.to < period.last) return { from: range.from + 1, to: range.to + 1 };
  return loop ? atStart(range, period) : undefined;
}
