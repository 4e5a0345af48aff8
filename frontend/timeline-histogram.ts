/*
 * Draws the timeline's histogram into its SVG: the selected years shaded, a bar per year (marked
 * when inside the selection, with data-year and data-count for scripts and tests) and a label per
 * decade in the page's digits, and a tick at the year of each change of the base map (data-year, its
 * title as a tooltip). The geometry comes from timeline-scale.ts.
 */
import { digits } from './numerals';
import { AXIS, HEIGHT, WIDTH, bars, decadeLabels, selection, slotWidth, slotX, type Histogram } from './timeline-scale';

/** A change of the base map at its year; mirrors TimelineStrip.TimelineMark in Java. */
export interface TimelineMark {
  id: string;
  year: number;
  title: string;
}

const SVG = 'http://www.w3.org/2000/svg';
/** The player's colour: a change of the map, like the year being played. */
const MARK_COLOUR = '#862e9c';

export function createHistogramSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}

/** Replaces the drawing with the histogram, the years from–to selected, and the marks. */
export function drawHistogram(svg: SVGSVGElement, histogram: Histogram, from: number, to: number, lang: string,
  marks: TimelineMark[] = []): void {
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
  svg.replaceChildren(shade, ...barElements, ...labels, ...marks.map((mark) => markElement(mark, histogram, lang)));
}

/** A dashed tick through the bars with a triangle on top, at the middle of the year's slot (mirrored in Arabic). */
function markElement(mark: TimelineMark, histogram: Histogram, lang: string): SVGGElement {
  const x = slotX(mark.year, histogram) + slotWidth(histogram) / 2;
  const group = document.createElementNS(SVG, 'g');
  group.setAttribute('class', 'base-change');
  group.dataset.year = String(mark.year);
  group.dataset.id = mark.id;
  const title = document.createElementNS(SVG, 'title');
  title.textContent = `${digits(mark.year, lang)}: ${mark.title}`;
  const line = document.createElementNS(SVG, 'line');
  for (const [name, value] of Object.entries({ x1: x, x2: x, y1: 6, y2: HEIGHT - AXIS })) line.setAttribute(name, String(value));
  const triangle = document.createElementNS(SVG, 'path');
  triangle.setAttribute('d', `M ${x - 5} 0 L ${x + 5} 0 L ${x} 7 Z`);
  for (const shape of [line, triangle]) {
    shape.setAttribute('stroke', MARK_COLOUR);
    shape.setAttribute('vector-effect', 'non-scaling-stroke');
  }
  line.setAttribute('stroke-width', '2');
  line.setAttribute('stroke-dasharray', '3 2');
  triangle.setAttribute('fill', MARK_COLOUR);
  group.append(title, line, triangle);
  return group;
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
