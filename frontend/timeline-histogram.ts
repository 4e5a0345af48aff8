/*
 * Draws the timeline's histogram into its SVG: the selected years shaded, a bar per year (marked
 * when inside the selection, with data-year and data-count for scripts and tests) and a label per
 * decade in the page's digits. The geometry comes from timeline-scale.ts.
 */
import { digits } from './numerals';
import { AXIS, HEIGHT, WIDTH, bars, decadeLabels, selection, type Histogram } from './timeline-scale';

const SVG = 'http://www.w3.org/2000/svg';

export function createHistogramSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}

/** Replaces the drawing with the histogram and the years from–to selected. */
export function drawHistogram(svg: SVGSVGElement, histogram: Histogram, from: number, to: number, lang: string): void {
  const shaded = selection(from, to, histogram);
  const shade = rect(shaded.x, 0, shaded.width, HEIGHT - AXIS, 'selection');
  const barElements = bars(histogram, from, to).map((bar) => {
    const element = rect(bar.x, bar.y, bar.width, bar.height, bar.inRange ? 'count in-range' : 'count');
    element.dataset.year = String(bar.year);
    element.dataset.count = String(bar.count);
    return element;
  });
  const labels = decadeLabels(histogram).map(({ year, x }) => {
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(x));
    label.setAttribute('y', String(HEIGHT - 3));
    label.setAttribute('text-anchor', 'middle');
    label.setAttribute('class', 'axis');
    label.textContent = digits(year, lang);
    return label;
  });
  svg.replaceChildren(shade, ...barElements, ...labels);
}

function rect(x: number, y: number, width: number, height: number, className: string): SVGRectElement {
  const element = document.createElementNS(SVG, 'rect');
  element.setAttribute('x', String(x));
  element.setAttribute('width', String(width));
  element.setAttribute('y', String(y));
  element.setAttribute('height', String(height));
  element.setAttribute('class', className);
  return element;
}
