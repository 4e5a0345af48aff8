/*
 * <atlas-timeline>: events per year as a histogram with the selected years shaded, and a player.
 *
 * - Dragging across the strip (mouse, pen or touch) chooses a range; with the strip focused,
 *   ArrowLeft/ArrowRight move the range by a year, Home/End move it to the first/last years, and
 *   space plays or pauses.
 * - Play moves the range a year at a time, keeping its length, at the chosen speed; with "loop" it
 *   starts again from the first years, else it stops at the last. The next step is only taken once
 *   the server has answered the previous one, so a slow answer slows the play down instead of piling
 *   steps up.
 * - Every change fires "range-change" (detail: {from, to, playing}), like <atlas-year-range>;
 *   pausing fires "play-change" (detail: {playing: false}).
 * Right-to-left in Arabic: earlier years on the right, and Arabic-Indic digits.
 */
import { digits } from './numerals';

/** Mirrors TimelineStrip.TimelineState in Java. */
interface TimelineState {
  first: number;
  from: number;
  to: number;
  counts: number[];
  lang: 'en' | 'ar';
  texts: TimelineTexts;
}

/** Mirrors TimelineStrip.TimelineTexts in Java. */
interface TimelineTexts {
  group: string;
  strip: string;
  play: string;
  pause: string;
  speed: string;
  slow: string;
  normal: string;
  fast: string;
  loop: string;
  /** "Year {0}", with {0} replaced by the year being played. */
  playingYear: string;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 810;
const HEIGHT = 60;
const AXIS = 16;
/** Milliseconds a year stays on screen, by speed. */
const SPEEDS = { slow: 2000, normal: 1000, fast: 500 } as const;
type Speed = keyof typeof SPEEDS;

class AtlasTimeline extends HTMLElement {
  private state?: TimelineState;
  private track = document.createElement('div');
  private svg = document.createElementNS(SVG, 'svg');
  private playButton = document.createElement('button');
  private speedSelect = document.createElement('select');
  private speedLabel = document.createElement('label');
  private loopBox = document.createElement('input');
  private loopLabel = document.createElement('label');
  private yearOutput = document.createElement('output');
  private brushStart?: number;
  private playing = false;
  private timer?: number;

  connectedCallback(): void {
    if (!this.track.isConnected) this.build();
    if (this.state) this.render(this.state);
  }

  disconnectedCallback(): void {
    // A removed strip must not keep stepping the view.
    if (this.playing) this.pause();
  }

  applyState(state: TimelineState): void {
    const moved = this.state?.from !== state.from || this.state?.to !== state.to;
    this.state = state;
    if (this.isConnected) this.render(state);
    // The server has shown the last step: wait one step's time, then take the next.
    if (this.playing && moved) this.scheduleStep();
  }

  /** Whether the player is running (for scripts and tests; the play button says the same). */
  isPlaying(): boolean {
    return this.playing;
  }

  private build(): void {
    this.setAttribute('role', 'group');
    const controls = document.createElement('div');
    controls.className = 'timeline-controls';
    this.playButton.type = 'button';
    this.playButton.className = 'play';
    this.playButton.addEventListener('click', () => this.togglePlay());
    for (const speed of Object.keys(SPEEDS) as Speed[]) {
      const option = document.createElement('option');
      option.value = speed;
      option.selected = speed === 'normal';
      this.speedSelect.append(option);
    }
    this.speedSelect.addEventListener('change', () => {
      if (this.playing) this.scheduleStep();
    });
    this.speedLabel.className = 'speed';
    this.speedLabel.append(document.createElement('span'), this.speedSelect);
    this.loopBox.type = 'checkbox';
    this.loopLabel.className = 'loop';
    this.loopLabel.append(this.loopBox, document.createElement('span'));
    this.yearOutput.className = 'playing-year';
    this.yearOutput.setAttribute('aria-live', 'polite');
    controls.append(this.playButton, this.speedLabel, this.loopLabel, this.yearOutput);

    this.svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
    this.svg.setAttribute('preserveAspectRatio', 'none');
    this.svg.setAttribute('aria-hidden', 'true');
    this.track.className = 'timeline-track';
    this.track.tabIndex = 0;
    this.track.setAttribute('role', 'slider');
    this.track.append(this.svg);
    this.track.addEventListener('pointerdown', (event) => this.startBrush(event));
    this.track.addEventListener('pointermove', (event) => this.moveBrush(event));
    this.track.addEventListener('pointerup', (event) => this.endBrush(event));
    this.track.addEventListener('keydown', (event) => this.onKey(event));
    this.append(controls, this.track);
  }

  private render(state: TimelineState): void {
    const texts = state.texts;
    this.setAttribute('aria-label', texts.group);
    this.setAttribute('dir', state.lang === 'ar' ? 'rtl' : 'ltr');
    this.track.setAttribute('aria-label', texts.strip);
    this.track.setAttribute('aria-valuemin', String(state.first));
    this.track.setAttribute('aria-valuemax', String(this.last));
    this.track.setAttribute('aria-valuenow', String(state.from));
    this.track.setAttribute('aria-valuetext', `${digits(state.from, state.lang)} – ${digits(state.to, state.lang)}`);
    (this.speedLabel.firstChild as HTMLElement).textContent = texts.speed;
    const speedNames: Record<Speed, string> = { slow: texts.slow, normal: texts.normal, fast: texts.fast };
    for (const option of this.speedSelect.options) option.textContent = speedNames[option.value as Speed];
    (this.loopLabel.lastChild as HTMLElement).textContent = texts.loop;
    this.renderPlayer();
    this.draw(state.from, state.to);
  }

  private renderPlayer(): void {
    const state = this.state;
    if (!state) return;
    // The button names the action it will take; aria-pressed says that play is on.
    this.playButton.textContent = `${this.playing ? '❚❚' : '▶'} ${this.playing ? state.texts.pause : state.texts.play}`;
    this.playButton.setAttribute('aria-pressed', String(this.playing));
    this.dataset.playing = String(this.playing);
    this.yearOutput.textContent = this.playing
      ? state.texts.playingYear.replace('{0}', digits(state.to, state.lang))
      : '';
  }

  private get years(): number {
    return this.state?.counts.length || 81;
  }

  private get first(): number {
    return this.state?.first ?? 1945;
  }

  private get last(): number {
    return this.first + this.years - 1;
  }

  /** The x of a year's slot in the viewBox; mirrored in Arabic. */
  private x(year: number): number {
    const offset = ((year - this.first) * WIDTH) / this.years;
    return this.state?.lang === 'ar' ? WIDTH - offset - WIDTH / this.years : offset;
  }

  /** The year under a pointer. */
  private yearAt(event: PointerEvent): number {
    const box = this.svg.getBoundingClientRect();
    let fraction = (event.clientX - box.left) / box.width;
    if (this.state?.lang === 'ar') fraction = 1 - fraction;
    return Math.min(this.last, Math.max(this.first, this.first + Math.floor(fraction * this.years)));
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
        label.textContent = digits(year, state.lang);
        return label;
      });
    this.svg.replaceChildren(shade, ...bars, ...labels);
  }

  private startBrush(event: PointerEvent): void {
    if (this.playing) this.pause();
    this.brushStart = this.yearAt(event);
    this.track.setPointerCapture(event.pointerId);
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

  /**
   * Space plays or pauses. The arrow keys move the whole range by a year (towards later years with
   * ArrowRight in English, ArrowLeft in Arabic); Home and End move it to the first or last years.
   * A key that moves the range pauses the player first.
   */
  private onKey(event: KeyboardEvent): void {
    const state = this.state;
    if (!state) return;
    if (event.key === ' ') {
      event.preventDefault();
      this.togglePlay();
      return;
    }
    const length = state.to - state.from;
    let target: [number, number] | undefined;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const delta = (event.key === 'ArrowRight') !== (state.lang === 'ar') ? 1 : -1;
      if (state.from + delta >= this.first && state.to + delta <= this.last) {
        target = [state.from + delta, state.to + delta];
      }
    } else if (event.key === 'Home') {
      target = [this.first, this.first + length];
    } else if (event.key === 'End') {
      target = [this.last - length, this.last];
    } else {
      return;
    }
    event.preventDefault();
    if (this.playing) this.pause();
    if (target && (target[0] !== state.from || target[1] !== state.to)) this.emit(target[0], target[1]);
  }

  private togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /**
   * Starts from the range shown, or from the first years when it already ends at the last year.
   * A range of every year cannot move: play then goes through the years one at a time.
   */
  private play(): void {
    const state = this.state;
    if (!state) return;
    this.playing = true;
    this.renderPlayer();
    const length = state.to - state.from >= this.years - 1 ? 0 : state.to - state.from;
    if (length === 0 && state.to - state.from > 0) {
      this.emit(this.first, this.first);
    } else if (state.to >= this.last) {
      this.emit(this.first, this.first + length);
    } else {
      this.emit(state.from + 1, state.to + 1);
    }
  }

  private pause(): void {
    this.playing = false;
    window.clearTimeout(this.timer);
    this.timer = undefined;
    this.renderPlayer();
    this.dispatchEvent(new CustomEvent('play-change', { detail: { playing: false } }));
  }

  private scheduleStep(): void {
    window.clearTimeout(this.timer);
    const speed = this.speedSelect.value as Speed;
    this.timer = window.setTimeout(() => this.step(), SPEEDS[speed] ?? SPEEDS.normal);
  }

  /** One year on; at the last year, back to the first years with loop, else stop there. */
  private step(): void {
    const state = this.state;
    if (!this.playing || !state) return;
    if (state.to < this.last) {
      this.emit(state.from + 1, state.to + 1);
    } else if (this.loopBox.checked) {
      this.emit(this.first, this.first + state.to - state.from);
    } else {
      this.pause();
    }
  }

  private emit(from: number, to: number): void {
    this.dispatchEvent(new CustomEvent('range-change', { detail: { from, to, playing: this.playing } }));
  }
}

customElements.define('atlas-timeline', AtlasTimeline);
