/*
 * <atlas-trade-chart>: yearly China–Russia trade as bars; the years selected in the atlas are drawn
 * strong, the others faint. Fetches the series from /api/trade once; Java sends the selected years and
 * the labels (applyState). All text is set with textContent; right-to-left in Arabic (years run from
 * the right). A hidden table is the chart's text alternative. A last year not yet over (its figure covers
 * only some months) is drawn hatched and said in words over the chart (over the first years' low bars).
 */
import { decimal, digits } from './numerals';

interface TradeYear {
  year: number;
  totalUsdBn: number;
  basis: string;
  source: { title: string; publisher: string; url: string; published: string | null; title_lang: string | null };
  noteEn: string | null;
  noteAr: string | null;
  /** For a year not yet over, the months its figure covers from January; null for a whole year. */
  partialMonths: number | null;
}

/** Mirrors TradeChart.ChartState in Java. */
interface ChartState {
  from: number;
  to: number;
  /** The year the timeline is playing, marked; null when not playing. */
  current: number | null;
  lang: 'en' | 'ar';
  title: string;
  sourceLabel: string;
  noData: string;
  /** Said under the chart when the last year is partial; the chart fills in {year} and {months}. */
  partialNote: string;
  /** January to December in the page's language. */
  monthNames: string[];
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 800;
const HEIGHT = 120;
const AXIS = 18;
const TOP = 14;

class AtlasTradeChart extends HTMLElement {
  private state?: ChartState;
  private series?: Promise<TradeYear[]>;
  private heading = document.createElement('div');
  private svg = document.createElementNS(SVG, 'svg');
  private table = document.createElement('table');
  private empty = document.createElement('div');
  private partial = document.createElement('div');

  connectedCallback(): void {
    if (!this.heading.isConnected) {
      this.heading.className = 'trade-title';
      this.svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
      this.svg.setAttribute('preserveAspectRatio', 'none');
      this.svg.setAttribute('aria-hidden', 'true');
      // A table sizes itself to its content whatever its width says: hide a box round it instead,
      // or a phone zooms the page out to fit the hidden table's width.
      const tableBox = document.createElement('div');
      tableBox.className = 'atlas-sr-only';
      tableBox.append(this.table);
      this.empty.className = 'trade-empty';
      this.partial.className = 'trade-partial';
      // The note sits over the chart's empty corner, above the first years' low bars, so it adds no height
      // (the map above keeps its size).
      const plot = document.createElement('div');
      plot.className = 'trade-plot';
      plot.append(this.svg, this.partial);
      this.append(this.heading, plot, this.empty, tableBox);
    }
    this.series ??= fetch(new URL('api/trade', document.baseURI)).then((response) => {
      if (!response.ok) throw new Error(`trade: HTTP ${response.status}`);
      return response.json();
    });
    if (this.state) this.applyState(this.state);
  }

  applyState(state: ChartState): void {
    this.state = state;
    if (!this.isConnected || !this.series) return;
    this.series.then((years) => this.draw(years, state)).catch((error) => console.warn('atlas-trade-chart', error));
  }

  private draw(years: TradeYear[], state: ChartState): void {
    this.heading.textContent = state.title;
    this.setAttribute('dir', state.lang === 'ar' ? 'rtl' : 'ltr');
    const first = years[0]?.year ?? 1992;
    const last = years[years.length - 1]?.year ?? 2026;
    const max = Math.max(...years.map((y) => y.totalUsdBn), 1);
    const slot = WIDTH / (last - first + 1);
    const x = (year: number) => {
      const offset = (year - first) * slot;
      return state.lang === 'ar' ? WIDTH - offset - slot : offset;
    };
    const bars: SVGElement[] = [];
    for (const y of years) {
      const height = ((HEIGHT - AXIS - TOP) * y.totalUsdBn) / max;
      const bar = document.createElementNS(SVG, 'rect');
      bar.setAttribute('x', String(x(y.year) + slot * 0.15));
      bar.setAttribute('width', String(slot * 0.7));
      bar.setAttribute('y', String(HEIGHT - AXIS - height));
      bar.setAttribute('height', String(height));
      bar.setAttribute('class', y.year >= state.from && y.year <= state.to ? 'bar in-range' : 'bar');
      if (y.partialMonths !== null) bar.classList.add('partial');
      bar.dataset.year = String(y.year);
      const tip = document.createElementNS(SVG, 'title');
      tip.textContent = `${digits(y.year, state.lang)}: ${decimal(y.totalUsdBn, state.lang)} · ${state.sourceLabel}: ${y.source.publisher}`
        + (y.partialMonths !== null ? ` · ${partialNote(y, state)}` : '');
      bar.append(tip);
      bars.push(bar);
    }
    const labels = years
      .filter((year) => year.year % 5 === 0)
      .map((year) => svgText(x(year.year) + slot / 2, HEIGHT - 4, 'axis', digits(year.year, state.lang)));
    const peak = years.reduce((a, b) => (b.totalUsdBn > a.totalUsdBn ? b : a), years[0]);
    if (peak) labels.push(svgText(x(peak.year) + slot / 2, TOP - 3, 'peak', decimal(peak.totalUsdBn, state.lang)));
    const current = years.find((y) => y.year === state.current);
    if (current) {
      // The played year: an outline round its bar and its figure above it.
      const bar = bars.find((b) => b.dataset.year === String(current.year))!;
      bar.classList.add('current');
      const height = ((HEIGHT - AXIS - TOP) * current.totalUsdBn) / max;
      labels.push(svgText(x(current.year) + slot / 2, HEIGHT - AXIS - height - 3, 'current-figure',
        decimal(current.totalUsdBn, state.lang)));
      this.dataset.current = String(current.year);
    } else {
      delete this.dataset.current;
    }
    this.svg.replaceChildren(hatching(), ...bars, ...labels);
    const partialYear = years.find((y) => y.partialMonths !== null);
    this.partial.textContent = partialYear ? partialNote(partialYear, state) : '';
    if (partialYear) this.dataset.partialYear = String(partialYear.year);
    else delete this.dataset.partialYear;
    const shown = years.filter((y) => y.year >= state.from && y.year <= state.to);
    this.empty.textContent = shown.length === 0 ? state.noData : '';
    this.renderTable(shown, state);
  }

  /** The same figures as text, for screen readers. */
  private renderTable(years: TradeYear[], state: ChartState): void {
    const caption = document.createElement('caption');
    caption.textContent = state.title;
    const rows = years.map((y) => {
      const row = document.createElement('tr');
      const note = state.lang === 'ar' ? digits(y.noteAr ?? '', 'ar') : y.noteEn;
      const said = [y.partialMonths !== null ? partialNote(y, state) : null, note].filter((text) => text).join(' ');
      for (const text of [digits(y.year, state.lang), decimal(y.totalUsdBn, state.lang), said]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      // The citation as published, in its own language.
      const citation = document.createElement('td');
      citation.className = 'source-citation';
      citation.dir = 'auto';
      const title = document.createElement('span');
      title.textContent = y.source.title;
      if (y.source.title_lang && y.source.title_lang !== state.lang) {
        // A title in another language than the page's says so (WCAG 3.1.2).
        title.lang = y.source.title_lang;
        title.dir = y.source.title_lang === 'ar' ? 'rtl' : 'ltr';
      }
      citation.append(`${y.source.publisher}: `, title);
      row.append(citation);
      return row;
    });
    this.table.replaceChildren(caption, ...rows);
  }
}

/** "The 2026 bar covers January–April only…", in the page's language and digits. */
function partialNote(year: TradeYear, state: ChartState): string {
  const months = year.partialMonths === 1 ? state.monthNames[0]
    : `${state.monthNames[0]}–${state.monthNames[(year.partialMonths ?? 12) - 1]}`;
  return state.partialNote.replace('{year}', digits(year.year, state.lang)).replace('{months}', months);
}

/** The diagonal hatching a partial year's bar is filled with. */
function hatching(): SVGElement {
  const defs = document.createElementNS(SVG, 'defs');
  const pattern = document.createElementNS(SVG, 'pattern');
  pattern.id = 'trade-partial-hatch';
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', '6');
  pattern.setAttribute('height', '6');
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const stripe = document.createElementNS(SVG, 'rect');
  stripe.setAttribute('width', '3');
  stripe.setAttribute('height', '6');
  stripe.setAttribute('class', 'hatch');
  pattern.append(stripe);
  defs.append(pattern);
  return defs;
}

/** A centred SVG label; text goes in as text. */
function svgText(x: number, y: number, className: string, text: string): SVGElement {
  const label = document.createElementNS(SVG, 'text');
  label.setAttribute('x', String(x));
  label.setAttribute('y', String(y));
  // Labels at either end are kept inside the chart; "start" and "end" read left to right even in Arabic.
  label.setAttribute('direction', 'ltr');
  label.setAttribute('text-anchor', x < 20 ? 'start' : x > WIDTH - 20 ? 'end' : 'middle');
  label.setAttribute('class', className);
  label.textContent = text;
  return label;
}

customElements.define('atlas-trade-chart', AtlasTradeChart);

// A module, not a global script: its constants stay its own.
export {};
