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
 *   pausing fires "play-change" (detail: {playing: false}). Java: TimelineStrip and its events.
 * Right-to-left in Arabic: earlier years on the right, and Arabic-Indic digits.
 * How the range moves is in timeline-range.ts, the histogram's geometry in timeline-scale.ts, its
 * drawing in timeline-histogram.ts.
 */
import { digits } from './numerals';
import { createHistogramSvg, drawHistogram, type TimelineMark } from './timeline-histogram';
import { SPEEDS, keyAction, playStart, playStep, sameSpan, spanBetween, stepDelay, type Period, type Speed } from './timeline-range';
import { lastYear, yearAt, type Histogram } from './timeline-scale';

/** Mirrors TimelineStrip.TimelineState in Java. */
interface TimelineState {
  first: number;
  from: number;
  to: number;
  counts: number[];
  /** The base map's changes, each marked at its year. */
  marks: TimelineMark[];
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

class AtlasTimeline extends HTMLElement {
  private state?: TimelineState;
  private track = document.createElement('div');
  private svg = createHistogramSvg();
  /** The marks' titles for screen readers (the drawing is hidden from them). */
  private markList = document.createElement('ul');
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

    this.track.className = 'timeline-track';
    this.track.tabIndex = 0;
    this.track.setAttribute('role', 'slider');
    this.track.append(this.svg);
    this.track.addEventListener('pointerdown', (event) => this.startBrush(event));
    this.track.addEventListener('pointermove', (event) => this.moveBrush(event));
    this.track.addEventListener('pointerup', (event) => this.endBrush(event));
    this.track.addEventListener('keydown', (event) => this.onKey(event));
    this.markList.className = 'atlas-sr-only timeline-marks';
    this.append(controls, this.track, this.markList);
  }

  private render(state: TimelineState): void {
    const texts = state.texts;
    this.setAttribute('aria-label', texts.group);
    this.setAttribute('dir', state.lang === 'ar' ? 'rtl' : 'ltr');
    this.track.setAttribute('aria-label', texts.strip);
    this.track.setAttribute('aria-valuemin', String(this.period.first));
    this.track.setAttribute('aria-valuemax', String(this.period.last));
    this.track.setAttribute('aria-valuenow', String(state.from));
    this.track.setAttribute('aria-valuetext', `${digits(state.from, state.lang)} – ${digits(state.to, state.lang)}`);
    (this.speedLabel.firstChild as HTMLElement).textContent = texts.speed;
    const speedNames: Record<Speed, string> = { slow: texts.slow, normal: texts.normal, fast: texts.fast };
    for (const option of this.speedSelect.options) option.textContent = speedNames[option.value as Speed];
    (this.loopLabel.lastChild as HTMLElement).textContent = texts.loop;
    this.renderPlayer();
    this.draw(state.from, state.to);
    this.markList.replaceChildren(...state.marks.map((mark) => {
      const item = document.createElement('li');
      item.textContent = `${digits(mark.year, state.lang)}: ${mark.title}`;
      return item;
    }));
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

  /** The years drawn and their direction; before the first state, the atlas's period. */
  private get histogram(): Histogram {
    return { first: this.state?.first ?? 1945, counts: this.state?.counts ?? [], rtl: this.state?.lang === 'ar' };
  }

  private get period(): Period {
    const histogram = this.histogram;
    return { first: histogram.first, last: lastYear(histogram) };
  }

  private draw(from: number, to: number): void {
    if (this.state) drawHistogram(this.svg, this.histogram, from, to, this.state.lang, this.state.marks);
  }

  /** The year under a pointer. */
  private yearAt(event: PointerEvent): number {
    const box = this.svg.getBoundingClientRect();
    return yearAt((event.clientX - box.left) / box.width, this.histogram);
  }

  private startBrush(event: PointerEvent): void {
    if (this.playing) this.pause();
    this.brushStart = this.yearAt(event);
    this.track.setPointerCapture(event.pointerId);
    this.draw(this.brushStart, this.brushStart);
  }

  private moveBrush(event: PointerEvent): void {
    if (this.brushStart === undefined) return;
    const span = spanBetween(this.brushStart, this.yearAt(event));
    this.draw(span.from, span.to);
  }

  private endBrush(event: PointerEvent): void {
    if (this.brushStart === undefined) return;
    const span = spanBetween(this.brushStart, this.yearAt(event));
    this.brushStart = undefined;
    this.emit(span.from, span.to);
  }

  /** Space plays or pauses; a key that moves the range (timeline-range.ts: keyAction) pauses the player first. */
  private onKey(event: KeyboardEvent): void {
    const state = this.state;
    if (!state) return;
    const action = keyAction(event.key, state, this.period, state.lang === 'ar');
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'play-pause') {
      this.togglePlay();
      return;
    }
    if (this.playing) this.pause();
    if (!sameSpan(action.to, state)) this.emit(action.to.from, action.to.to);
  }

  private togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  private play(): void {
    const state = this.state;
    if (!state) return;
    this.playing = true;
    this.renderPlayer();
    const start = playStart(state, this.period);
    this.emit(start.from, start.to);
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
    this.timer = window.setTimeout(() => this.step(), stepDelay(this.speedSelect.value));
  }

  private step(): void {
    const state = this.state;
    if (!this.playing || !state) return;
    const next = playStep(state, this.period, this.loopBox.checked);
    if (next) this.emit(next.from, next.to);
    else this.pause();
  }

  private emit(from: number, to: number): void {
    this.dispatchEvent(new CustomEvent('range-change', { detail: { from, to, playing: this.playing } }));
  }
}

customElements.define('atlas-timeline', AtlasTimeline);
