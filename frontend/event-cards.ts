/*
 * An event card, drawn from the texts the server formats once per language (GET /api/event-cards;
 * Java: ui/EventCardText, whose records these types mirror). Every text goes in as text, never as HTML.
 */

export interface DisagreementText {
  mark: string;
  toggle: string;
  otherLabel: string;
  /** The seed's Arabic words, when the other version is a seed's… */
  quoteAr: string | null;
  /** …with their English meaning on the English page. */
  gloss: string | null;
  /** The other version, when it is the sources' own. */
  claim: string | null;
  sourcesSay: string;
  atlasShows: string;
}

export interface SeedLine {
  label: string;
  quoteAr: string;
}

export interface SourceLine {
  url: string;
  title: string;
  titleLang: string | null;
  titleDir: string | null;
  publisher: string;
}

export interface EventCardText {
  id: string;
  category: string;
  datetime: string;
  when: string;
  tag: string;
  title: string;
  summary: string;
  /** That the event has no single place on the map; null when it has one. */
  noPlace: string | null;
  disagreement: DisagreementText | null;
  seed: SeedLine | null;
  sourcesLabel: string;
  sources: SourceLine[];
}

/** Where the cards of a language are, relative to the page. */
export function eventCardsPath(lang: string): string {
  return `api/event-cards?lang=${lang === 'ar' ? 'ar' : 'en'}`;
}

/** Only web pages are linked: a source's address is data, and "javascript:" must never become a link. */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

/** The seed's Arabic words, isolated right-to-left so they read correctly inside English text too. */
function arabicQuote(text: string): HTMLSpanElement {
  const quote = element('span', 'seed-quote', text);
  quote.lang = 'ar';
  quote.dir = 'rtl';
  return quote;
}

/** Both versions, folded: the mark on the card says there is a disagreement, opening it shows them. */
function disagreementDetails(disagreement: DisagreementText): HTMLDetailsElement {
  const details = element('details', 'disagreement');
  details.append(element('summary', undefined, disagreement.toggle));
  const other = element('p', 'other-version');
  other.append(element('span', undefined, disagreement.otherLabel + ' '));
  if (disagreement.quoteAr !== null) {
    other.append(element('span', undefined, '«'), arabicQuote(disagreement.quoteAr), element('span', undefined, '»'));
    if (disagreement.gloss !== null) other.append(element('span', undefined, ` (${disagreement.gloss})`));
  } else {
    other.append(element('span', undefined, disagreement.claim ?? ''));
  }
  const body = element('div', 'seed-conflict');
  body.append(other, element('p', 'sources-version', disagreement.sourcesSay),
    element('p', 'disagreement-note', disagreement.atlasShows));
  details.append(body);
  return details;
}

function seedLine(seed: SeedLine): HTMLParagraphElement {
  const line = element('p', 'seed-mention');
  line.append(element('span', undefined, `${seed.label} «`), arabicQuote(seed.quoteAr), element('span', undefined, '»'));
  return line;
}

function sourceList(card: EventCardText): HTMLDivElement {
  const list = element('ul');
  for (const source of card.sources) {
    const link = element('a', undefined, source.title);
    if (isWebAddress(source.url)) link.href = source.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    if (source.titleLang) link.lang = source.titleLang;
    if (source.titleDir) link.dir = source.titleDir;
    const item = element('li');
    // Sources are mostly English pages: each line takes the direction of its own text.
    item.dir = 'auto';
    item.append(link, element('span', undefined, source.publisher));
    list.append(item);
  }
  const box = element('div', 'event-sources');
  box.append(element('span', undefined, card.sourcesLabel), list);
  return box;
}

/**
 * The card's element: its dates, layer tag, title, summary, that it has no place on the map (if so), both
 * versions or the seed's words, and sources.
 */
export function renderCard(card: EventCardText): HTMLDivElement {
  const time = element('time', undefined, card.when);
  time.dateTime = card.datetime;
  const meta = element('div', 'event-meta');
  meta.append(time, element('span', `layer-tag tag-${card.category}`, card.tag));
  const cell = element('div', 'event-cell');
  cell.append(meta, element('h3', undefined, card.title), element('p', undefined, card.summary));
  if (card.noPlace) cell.append(element('p', 'no-place', card.noPlace));
  const root = element('div', 'event-card');
  root.dataset.eventId = card.id;
  if (card.disagreement) {
    meta.append(element('span', 'disagreement-mark', card.disagreement.mark));
    root.classList.add('has-disagreement');
    cell.append(disagreementDetails(card.disagreement));
  } else if (card.seed) {
    cell.append(seedLine(card.seed));
  }
  cell.append(sourceList(card));
  root.append(cell);
  return root;
}
