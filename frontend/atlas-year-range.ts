/*
 * <atlas-year-range>: a two-handle year slider built from two native range inputs, so it is
 * keyboard- and touch-operable and announced by screen readers without extra work.
 * Fires "range-change" (detail: {from, to}) when a handle is released or stepped by keyboard
 * (Java: YearRangeSlider, SliderRangeChangeEvent).
 */
import { digits } from './numerals';

class AtlasYearRange extends HTMLElement {
  static observedAttributes = ['min', 'max', 'from', 'to', 'from-label', 'to-label'];

  private fromInput = document.createElement('input');
  private toInput = document.createElement('input');
  private fill = document.createElement('div');
  private output = document.createElement('output');

  constructor() {
    super();
    for (const input of [this.fromInput, this.toInput]) {
      input.type = 'range';
      input.step = '1';
      input.addEventListener('input', () => this.onInput(input));
      input.addEventListener('change', () => this.emit());
    }
    this.fromInput.className = 'from';
    this.toInput.className = 'to';
    this.fill.className = 'fill';
    this.output.setAttribute('aria-live', 'polite');
  }

  connectedCallback(): void {
    if (!this.fromInput.isConnected) {
      const track = document.createElement('div');
      track.className = 'track';
      track.append(this.fill, this.fromInput, this.toInput);
      this.append(track, this.output);
    }
    this.render();
  }

  attributeChangedCallback(): void {
    this.render();
  }

  get from(): number {
    return Number(this.getAttribute('from'));
  }

  set from(value: number) {
    this.setAttribute('from', String(value));
  }

  get to(): number {
    return Number(this.getAttribute('to'));
  }

  set to(value: number) {
    this.setAttribute('to', String(value));
  }

  private render(): void {
    const min = this.getAttribute('min') ?? '1945';
    const max = this.getAttribute('max') ?? '2026';
    for (const input of [this.fromInput, this.toInput]) {
      input.min = min;
      input.max = max;
    }
    this.fromInput.value = this.getAttribute('from') ?? min;
    this.toInput.value = this.getAttribute('to') ?? max;
    this.fromInput.setAttribute('aria-label', this.getAttribute('from-label') ?? 'From');
    this.toInput.setAttribute('aria-label', this.getAttribute('to-label') ?? 'To');
    this.paint();
  }

  /** Keeps from ≤ to while a handle moves, and shows the range as it will be. */
  private onInput(moved: HTMLInputElement): void {
    const from = Number(this.fromInput.value);
    const to = Number(this.toInput.value);
    if (from > to) {
      if (moved === this.fromInput) this.fromInput.value = String(to);
      else this.toInput.value = String(from);
    }
    this.paint();
  }

  private paint(): void {
    const min = Number(this.fromInput.min);
    const span = Number(this.fromInput.max) - min || 1;
    const from = Number(this.fromInput.value);
    const to = Number(this.toInput.value);
    this.fill.style.insetInlineStart = `${((from - min) / span) * 100}%`;
    this.fill.style.insetInlineEnd = `${100 - ((to - min) / span) * 100}%`;
    // Years in the page's numerals (the element inherits lang from the view).
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? 'en';
    this.fromInput.setAttribute('aria-valuetext', digits(from, lang));
    this.toInput.setAttribute('aria-valuetext', digits(to, lang));
    this.output.textContent = `${digits(from, lang)} – ${digits(to, lang)}`;
  }

  private emit(): void {
    const from = Number(this.fromInput.value);
    const to = Number(this.toInput.value);
    if (from === this.from && to === this.to) return;
    this.setAttribute('from', String(from));
    this.setAttribute('to', String(to));
    this.dispatchEvent(new CustomEvent('range-change', { detail: { from, to } }));
  }
}

customElements.define('atlas-year-range', AtlasYearRange);
