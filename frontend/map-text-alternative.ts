/*
 * The map for people who cannot see it, or who use a keyboard: a visually hidden, live list of the
 * features drawn now (places of events among them), each with its name and status in the map's language,
 * and the element's own name and zoom buttons. Each feature is a button: one keyboard stop for the whole
 * list (the arrow keys, Home and End move between them), Enter or Space chooses it as a click on the map
 * would. The list shows itself over the map while it has the focus.
 */
import type Feature from 'ol/Feature';

import type { MapLabels } from './atlas-map-contract';
import { scaleIn } from './map-words';

/**
 * The list screen readers read; polite, so a new year range is announced without interrupting.
 * {@code choose} is told the id of a feature chosen from it with the keyboard.
 */
export function createFeatureList(choose: (featureId: string) => void): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'atlas-sr-only atlas-feature-list';
  list.setAttribute('aria-live', 'polite');
  list.addEventListener('click', (event) => {
    const item = (event.target as Element).closest<HTMLElement>('li[data-feature-id]');
    if (item) choose(item.dataset.featureId!);
  });
  list.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    const next = at < 0 ? null : keyTarget(event.key, at, buttons.length);
    if (next === null) return;
    // The map's own keys pan and zoom: these belong to the list.
    event.preventDefault();
    event.stopPropagation();
    focusButton(buttons, next);
  });
  return list;
}

/** Where a key moves the focus among the list's buttons; null when the key is not the list's. */
function keyTarget(key: string, at: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown': case 'ArrowRight': return Math.min(at + 1, count - 1);
    case 'ArrowUp': case 'ArrowLeft': return Math.max(at - 1, 0);
    case 'Home': return 0;
    case 'End': return count - 1;
    default: return null;
  }
}

/** Roving focus: only the focused (or first) button is a keyboard stop. */
function focusButton(buttons: HTMLButtonElement[], index: number): void {
  buttons.forEach((button, i) => (button.tabIndex = i === index ? 0 : -1));
  buttons[index]?.focus();
}

/** Lists these features, each as the words given for it; the focus stays on the feature it was on. */
export function listFeatures(list: HTMLUListElement, features: Feature[], describe: (feature: Feature) => string): void {
  const focused = (document.activeElement?.closest('li[data-feature-id]') as HTMLElement | null)?.dataset.featureId;
  const hadFocus = list.contains(document.activeElement);
  list.replaceChildren(...features.map((feature) => {
    const item = document.createElement('li');
    item.dataset.featureId = String(feature.getId());
    item.dataset.status = feature.get('status');
    const button = document.createElement('button');
    button.type = 'button';
    button.tabIndex = -1;
    button.textContent = describe(feature);
    item.append(button);
    return item;
  }));
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
  const keep = Math.max(0, features.findIndex((feature) => String(feature.getId()) === focused));
  if (buttons.length > 0) buttons[keep].tabIndex = 0;
  if (hadFocus) buttons[keep]?.focus();
}

/** The element's accessible name, and its zoom buttons' names (OpenLayers names them in English). */
export function applyLabels(element: HTMLElement, labels: MapLabels): void {
  element.setAttribute('aria-label', labels.ariaLabel);
  for (const [selector, label] of [['.ol-zoom-in', labels.zoomIn], ['.ol-zoom-out', labels.zoomOut]] as const) {
    const button = element.querySelector(selector);
    button?.setAttribute('title', label);
    button?.setAttribute('aria-label', label);
  }
}

/**
 * Keeps OpenLayers' scale line in the map's language ("٢٠٠٠ كم" in Arabic). OpenLayers only rewrites
 * the scale when it changes, so this rewrites it then, and whenever rewrite() is called.
 */
export class ScaleLineWords {
  constructor(private readonly element: HTMLElement, private readonly lang: () => string | undefined) {
    const inner = element.querySelector('.ol-scale-line-inner');
    if (inner) new MutationObserver(() => this.rewrite()).observe(inner, { childList: true, characterData: true, subtree: true });
  }

  rewrite(): void {
    const inner = this.element.querySelector('.ol-scale-line-inner');
    const text = inner ? scaleIn(inner.textContent ?? '', this.lang() ?? 'en') : null;
    if (inner && text !== null) inner.textContent = text;
  }
}
