/*
 * The map for people who cannot see it: a visually hidden, live list of the features drawn now, each
 * with its name and status in the map's language, and the element's own name and zoom buttons.
 */
import type Feature from 'ol/Feature';

import type { MapLabels } from './atlas-map-contract';
import { scaleIn } from './map-words';

/** The list screen readers read; polite, so a new year range is announced without interrupting. */
export function createFeatureList(): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'atlas-sr-only';
  list.setAttribute('aria-live', 'polite');
  return list;
}

/** Lists these features, each as the words given for it. */
export function listFeatures(list: HTMLUListElement, features: Feature[], describe: (feature: Feature) => string): void {
  list.replaceChildren(...features.map((feature) => {
    const item = document.createElement('li');
    item.dataset.featureId = String(feature.getId());
    item.dataset.status = feature.get('status');
    item.textContent = describe(feature);
    return item;
  }));
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
