/*
 * The timeline histogram's geometry: where a year's slot lies in the drawing, which year lies under
 * a point, how tall each bar is and which years carry a label. Pure functions without the DOM, so
 * that they can be tested on their own (frontend/test/timeline-scale.test.ts); kept free of imports.
 */

/** The drawing's viewBox: bars above, the axis labels in the strip at the bottom. */
export const WIDTH = 810;
export const HEIGHT = 60;
export const AXIS = 16;
/** Room kept above the tallest bar. */
const HEADROOM = 4;

/** A histogram over consecutive years: counts[i] is the number of events in first + i. */
export interface Histogram {
  first: number;
  counts: number[];
  /** Right-to-left: the first year on the right. */
  rtl: boolean;
}

export interface Bar {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  inRange: boolean;
}

/** The number of years drawn; a histogram without counts still spans the atlas's 81 years. */
export function yearCount(histogram: Histogram): number {
  return histogram.counts.length || 81;
}

export function lastYear(histogram: Histogram): number {
  return histogram.first + yearCount(histogram) - 1;
}

/** The width of one year's slot. */
export function slotWidth(histogram: Histogram): number {
  return WIDTH / yearCount(histogram);
}

/** The x where a year's slot starts; mirrored right-to-left. */
export function slotX(year: number, histogram: Histogram): number {
  const offset = (year - histogram.first) * slotWidth(histogram);
  return histogram.rtl ? WIDTH - offset - slotWidth(histogram) : offset;
}

/** The year under a point, given as a fraction (0 to 1) of the drawing's width from its left edge; clamped to the years drawn. */
export function yearAt(fraction: number, histogram: Histogram): number {
  const fromStart = histogram.rtl ? 1 - fraction : fraction;
  const year = histogram.first + Math.floor(fromStart * yearCount(histogram));
  return Math.min(lastYear(histogram), Math.max(histogram.first, year));
}

/** The shaded selection from one year to another (in either order), slots included. */
export function selection(from: number, to: number, histogram: Histogram): { x: number; width: number } {
  return {
    x: Math.min(slotX(from, histogram), slotX(to, histogram)),
    width: Math.abs(slotX(to, histogram) - slotX(from, histogram)) + slotWidth(histogram),
  };
}

/** One bar a year, scaled so that the busiest year fills the height; years in from–to are marked. */
export function bars(histogram: Histogram, from: number, to: number): Bar[] {
  const slot = slotWidth(histogram);
  const max = Math.max(...histogram.counts, 1);
  return histogram.counts.map((count, i) => {
    const year = histogram.first + i;
    const height = ((HEIGHT - AXIS - HEADROOM) * count) / max;
    return {
      year,
      count,
      x: slotX(year, histogram) + slot * 0.1,
      y: HEIGHT - AXIS - height,
      width: slot * 0.8,
      height,
      inRange: year >= from && year <= to,
    };
  });
}

/** The labelled years (each decade), with the x of their middle. */
export function decadeLabels(histogram: Histogram): { year: number; x: number }[] {
  const slot = slotWidth(histogram);
  return histogram.counts
    .map((_, i) => histogram.first + i)
    .filter((year) => year % 10 === 0)
    .map((year) => ({ year, x: slotX(year, histogram) + slot / 2 }));
}
