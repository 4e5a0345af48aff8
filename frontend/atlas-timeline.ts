/*
 * <atlas-timeline>: events per year as a histogram with the selected years shaded. Dragging across it
 * (mouse, pen or touch) chooses a range; with the strip focused, ArrowLeft/ArrowRight move the range by a
 * year, keeping its length. Either fires "range-change" (detail: {from, to}), like <atlas-year-range>.
 * Right-to-left in Arabic: earlier years on the right.
 */

/** Mirrors TimelineStrip.TimelineState in Java. */
interface TimelineState {
  first: number;
  from: number;
  to: number;
  counts: number[];
  lang: 'en' | 'ar';
  label: string;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 810;
const HEIGHT = 60;
const AXIS = 16;

class AtlasTimeline extends HTMLElement {
  private state?: TimelineState;
  private svg = document.createElementNS(SVG, 'svg');
  private brushStart?: number;

  connectedCallback(): void {
    if (!this.svg.isConnected) {
      this.svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
      this.svg.setAttribute('preserveAspectRatio', 'none');
      this.svg.setAttribute('aria-hidden', 'true');
      this.append(this.svg);
      this.tabIndex = 0;
      this.setAttribute('role', 'slider');
      this.addEventListener('pointerdown', (event) => this.startBrush(event));
      this.addEventListener('pointermove', (event) => this.moveBrush(event));
      this.addEventListener('pointerup', (event) => this.endBrush(event));
      this.addEventListener('keydown', (event) => this.step(event));
    }
    if (this.state) this.draw(this.state.from, this.state.to);
  }

  applyState(state: TimelineState): void {
    this.state = state;
    this.setAttribute('aria-label', state.label);
    this.setAttribute('aria-valuetext', `${state.from} – ${state.to}`);
    this.setAttribute('dir', state.lang === 'ar' ? 'rtl' : 'ltr');
    if (this.isConnected) this.draw(state.from, state.to);
  }

  private get years(): number {
    return this.state?.counts.length || 81;
  }

  /** The x of a year's slot in the viewBox; mirrored in Arabic. */
  private x(year: number): number {
    const offset = ((year - (this.state?.first ?? 1945)) * WIDTH) / this.years;
    return this.state?.lang === 'ar' ? WIDTH - offset - WIDTH / this.years : offset;
  }

  /** The year under a pointer. */
  private yearAt(event: PointerEvent): number {
    const box = this.svg.getBoundingClientRect();
    let fraction = (event.clientX - box.left) / box.width;
    if (this.state?.lang === 'ar') fraction = 1 - fraction;
    const first = this.state?.first ?? 1945;
    return Math.min(first + this.years - 1, Math.max(first, first + Math.floor(fraction * this.years)));
  }

  private draw(from: number, to: number): void {
    const state = this.state;
    if (!state) return;
    const slot = WIDTH / this.years;
    const max = Math.max(...state.counts, 1);
    const shade = document.createElementNS(SVG, 'rect');
    const left = Math.min(this.x(from), this.x(to));
    shade.setAttribute('x', String(left));
    shade.setAttribute('width', String(Math.abs(this.x(to) - this.x(from)) + slot));
    shade.setAttribute('y', '0');
    shade.setAttribute('height', String(HEIGHT - AXIS));
    shade.setAttribute('class', 'selection');
    const bars = state.counts.map((count, i) => {
      const year = state.first + i;
      const height = ((HEIGHT - AXIS - 4) * count) / max;
      const bar = document.createElementNS(SVG, 'rect');
      bar.setAttribute('x', String(this.x(year) + slot * 0.1));
      bar.setAttribute('width', String(slot * 0.8));
      bar.setAttribute('y', String(HEIGHT - AXIS - height));
      bar.setAttribute('height', String(height));
      bar.setAttribute('class', year >= from && year <= to ? 'count in-range' : 'count');
      bar.dataset.year = String(year);
      bar.dataset.count = String(count);
      return bar;
    });
    const labels = state.counts
      .map((_, i) => state.first + i)
      .filter((year) => year % 10 === 0)
      .map((year) => {
        const label = document.createElementNS(SVG, 'text');
        label.setAttribute('x', String(this.x(year) + slot / 2));
        label.setAttribute('y', String(HEIGHT - 3));
        label.setAttribute('text-anchor', 'middle');
        label.setAttribute('class', 'axis');
        label.textContent = String(year);
        return label;
      });
    this.svg.replaceChildren(shade, ...bars, ...labels);
  }

  private startBrush(event: PointerEvent): void {
    this.brushStart = this.yearAt(event);
    this.setPointerCapture(event.pointerId);
    this.draw(this.brushStart, this.brushStart);
  }

  private moveBrush(event: PointerEvent): void {
    if (this.brushStart === undefined) return;
    const year = this.yearAt(event);
    this.draw(Math.min(this.brushStart, year), Math.max(this.brushStart, year));
  }

  private endBrush(event: PointerEvent): void {
    if (this.brushStart === undefined) return;
    const year = this.yearAt(event);
    const [from, to] = [Math.min(this.brushStart, year), Math.max(this.brushStart, year)];
    this.brushStart = undefined;
    this.emit(from, to);
  }

  /** Arrow keys move the whole range by a year (towards later years with ArrowRight in English, ArrowLeft in Arabic). */
  private step(event: KeyboardEvent): void {
    const state = this.state;
    if (!state || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const later = (event.key === 'ArrowRight') !== (state.lang === 'ar');
    const delta = later ? 1 : -1;
    const last = state.first + this.years - 1;
    if (state.from + delta < state.first || state.to + delta > last) return;
    this.emit(state.from + delta, state.to + delta);
  }

  private emit(from: number, to: number): void {
    this.dispatchEvent(new CustomEvent('range-change', { detail: { from, to } }));
  }
}

customElements.define('atlas-timeline', AtlasTimeline);

// A module, not a global script: its constants stay its own.
export {};
