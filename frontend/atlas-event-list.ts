/*
 * <atlas-event-list>: event cards drawn in the browser (Java: ui/EventList). The server sends which
 * events are shown and which are selected (applyState), never the cards: their texts come once per
 * page from /api/event-cards in the page's language (event-cards.ts). Only the first cards are drawn,
 * then more as the reader scrolls, tabs or arrows towards the end (event-list-window.ts); printing draws
 * every card with both versions open, since the handout lists every shown event.
 *
 * As a grid (the atlas's panel) each card is a row: a keyboard stop, chosen with a click, Enter or Space
 * ("atlas-event-select", detail {eventId}); the arrow keys, Home and End move between rows. Without the
 * grid attribute it shows a card to read (a lesson step's event).
 */
import { downloadJson } from './map-downloads';
import { type EventCardText, eventCardsPath, renderCard } from './event-cards';
import { cardAfterKey, cardsToDraw } from './event-list-window';

/** Mirrors EventList.State in Java. */
interface EventListState {
  lang: string;
  grid: boolean;
  eventIds: string[];
  selected: string[];
  emptyText: string;
  loadingText: string;
  failedText: string;
  retryText: string;
}

/** How far below what can be seen cards are drawn ahead, in screen heights: scrolling never meets the end. */
const DRAW_AHEAD_SCREENS = 1;

class AtlasEventList extends HTMLElement {
  private state: EventListState | null = null;
  private cards: Map<string, EventCardText> | null = null;
  private cardsLang = '';
  /** How many of the shown events have been drawn (from the first). */
  private drawn = 0;
  /** A selection to show once the cards have arrived. */
  private revealWhenLoaded = false;
  private checkScheduled = false;
  /** Details closed before printing, closed again after it. */
  private openedForPrint: HTMLDetailsElement[] = [];

  private readonly onScroll = () => this.scheduleCheck();
  private readonly beforePrint = () => this.drawAllForPrint();
  private readonly afterPrint = () => {
    this.openedForPrint.forEach((details) => (details.open = false));
    this.openedForPrint = [];
  };

  constructor() {
    super();
    this.addEventListener('click', (event) => this.onClick(event));
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  connectedCallback(): void {
    // Captured: the list's own scrolling (a panel) and the page's (a phone) both reach it.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll);
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    this.scheduleCheck();
  }

  disconnectedCallback(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  /** The events the list holds, in order: drawn or still to be drawn. */
  get eventIds(): string[] {
    return this.state?.eventIds ?? [];
  }

  /** Called by the server with what to show. */
  applyState(state: EventListState): void {
    const sameEvents = this.state !== null && this.state.grid === state.grid
      && this.state.eventIds.join('\n') === state.eventIds.join('\n');
    this.state = state;
    if (state.grid) {
      this.setAttribute('aria-rowcount', String(state.eventIds.length));
    }
    if (this.cards === null || this.cardsLang !== state.lang) {
      this.load(state.lang);
      return;
    }
    if (sameEvents) {
      this.markSelected();
    } else {
      this.drawFromStart();
    }
  }

  /** Draws the first selected card (and the cards before it) and scrolls it into view. */
  revealSelected(): void {
    const state = this.state;
    if (!state || this.cards === null) {
      // Still loading: done when the cards arrive (see load).
      this.revealWhenLoaded = true;
      return;
    }
    const first = state.eventIds.findIndex((id) => state.selected.includes(id));
    if (first < 0) return;
    const id = state.eventIds[first];
    this.drawUpTo(cardsToDraw(this.drawn, state.eventIds.length, first));
    // Scrolled in the next frame: Flow may still move the element within this task, and a moved
    // element starts again at the top.
    requestAnimationFrame(() => this.cardElement(id)?.scrollIntoView({ block: 'nearest' }));
  }

  private load(lang: string): void {
    this.cards = null;
    this.cardsLang = lang;
    this.setAttribute('aria-busy', 'true');
    this.showMessage('event-list-loading', this.state?.loadingText ?? '');
    downloadJson(eventCardsPath(lang)).then((list: EventCardText[]) => {
      if (this.cardsLang !== lang) return;
      this.cards = new Map(list.map((card) => [card.id, card]));
      this.drawFromStart();
      if (this.revealWhenLoaded) {
        this.revealWhenLoaded = false;
        this.revealSelected();
      }
    }).catch((error) => {
      if (this.cardsLang !== lang) return;
      console.warn('atlas-event-list', error);
      this.showFailure(lang);
    });
  }

  private showMessage(className: string, text: string): HTMLParagraphElement {
    this.drawn = 0;
    const message = document.createElement('p');
    message.className = className;
    message.textContent = text;
    this.replaceChildren(message);
    return message;
  }

  private showFailure(lang: string): void {
    const state = this.state;
    if (!state) return;
    this.removeAttribute('aria-busy');
    const message = this.showMessage('event-list-failed', state.failedText + ' ');
    message.setAttribute('role', 'alert');
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = state.retryText;
    retry.addEventListener('click', () => this.load(lang));
    message.append(retry);
  }

  private drawFromStart(): void {
    const state = this.state;
    if (!state || this.cards === null) return;
    this.removeAttribute('aria-busy');
    if (state.eventIds.length === 0) {
      this.showMessage('empty-state', state.emptyText);
      return;
    }
    this.drawn = 0;
    this.replaceChildren();
    this.drawUpTo(cardsToDraw(0, state.eventIds.length));
    this.scheduleCheck();
  }

  /** Draws cards up to this count (those drawn stay). */
  private drawUpTo(count: number): void {
    const state = this.state;
    if (!state || this.cards === null) return;
    const added: HTMLElement[] = [];
    for (; this.drawn < count; this.drawn++) {
      const index = this.drawn;
      const id = state.eventIds[index];
      const text = this.cards.get(id);
      if (!text) {
        // Only when the dataset was reloaded while this page was open: the page's next opening has it.
        console.warn('atlas-event-list: no card for', id);
        continue;
      }
      const card = renderCard(text);
      if (state.grid) {
        card.setAttribute('role', 'row');
        card.setAttribute('aria-rowindex', String(index + 1));
        card.tabIndex = 0;
        card.firstElementChild!.setAttribute('role', 'gridcell');
        this.setSelected(card, state.selected.includes(id));
      }
      added.push(card);
    }
    this.append(...added);
  }

  private setSelected(card: Element, selected: boolean): void {
    card.setAttribute('aria-selected', String(selected));
    card.classList.toggle('selected', selected);
  }

  private markSelected(): void {
    const selected = this.state?.selected ?? [];
    if (!this.state?.grid) return;
    for (const card of this.querySelectorAll('.event-card')) {
      this.setSelected(card, selected.includes((card as HTMLElement).dataset.eventId ?? ''));
    }
  }

  private cardElement(id: string): HTMLElement | null {
    return [...this.querySelectorAll<HTMLElement>('.event-card')].find((card) => card.dataset.eventId === id) ?? null;
  }

  /** One check per frame however many scroll events come. */
  private scheduleCheck(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    requestAnimationFrame(() => {
      this.checkScheduled = false;
      this.drawWhatComesIntoView();
    });
  }

  /** Draws another batch while the last drawn card is less than a screen below what can be seen. */
  private drawWhatComesIntoView(): void {
    const state = this.state;
    if (!state || this.cards === null || !this.isConnected) return;
    const last = this.lastElementChild;
    if (this.drawn >= state.eventIds.length || !last) return;
    const list = this.getBoundingClientRect();
    // Not laid out (a hidden panel): nothing can come into view.
    if (list.width === 0 && list.height === 0) return;
    // The list scrolls itself beside the map, or the page scrolls it (a phone): the nearer bottom counts.
    const seenBottom = Math.min(window.innerHeight, list.bottom);
    if (last.getBoundingClientRect().bottom < seenBottom + DRAW_AHEAD_SCREENS * window.innerHeight) {
      this.drawUpTo(cardsToDraw(this.drawn, state.eventIds.length, this.drawn));
      this.scheduleCheck();
    }
  }

  private drawAllForPrint(): void {
    const state = this.state;
    if (!state) return;
    this.drawUpTo(state.eventIds.length);
    for (const details of this.querySelectorAll<HTMLDetailsElement>('details.disagreement')) {
      if (!details.open) {
        details.open = true;
        this.openedForPrint.push(details);
      }
    }
  }

  private rowOf(target: EventTarget | null): HTMLElement | null {
    const card = target instanceof Element ? target.closest<HTMLElement>('.event-card') : null;
    return this.state?.grid && card && this.contains(card) ? card : null;
  }

  private onClick(event: MouseEvent): void {
    const card = this.rowOf(event.target);
    if (card) this.choose(card);
  }

  private onKeydown(event: KeyboardEvent): void {
    const card = this.rowOf(event.target);
    const state = this.state;
    if (!card || !state) return;
    if (event.target === card && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.choose(card);
      return;
    }
    const index = state.eventIds.indexOf(card.dataset.eventId ?? '');
    if (event.key === 'Tab' && !event.shiftKey && index === this.drawn - 1) {
      // The next card must exist before the browser moves the focus on.
      this.drawUpTo(cardsToDraw(this.drawn, state.eventIds.length, index + 1));
      return;
    }
    if (event.target !== card) return;
    const next = cardAfterKey(event.key, index, state.eventIds.length);
    if (next === null) return;
    event.preventDefault();
    this.drawUpTo(cardsToDraw(this.drawn, state.eventIds.length, next));
    this.cardElement(state.eventIds[next])?.focus();
  }

  private choose(card: HTMLElement): void {
    this.dispatchEvent(new CustomEvent('atlas-event-select', { detail: { eventId: card.dataset.eventId } }));
  }
}

customElements.define('atlas-event-list', AtlasEventList);
