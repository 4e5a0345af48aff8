/*
 * Loads the shipped Arabic font (atlas-fonts.ts: its CSS, whose two files the browser then downloads) at
 * the time arabic-font-start.ts says: at once on an Arabic page, whose font files are then asked for
 * before any text needs them; on an English page once the map is ready or the page idle. A page that
 * turns Arabic (the language switch) gets it at once.
 */
import { arabicFontStart } from './arabic-font-start';

let loading: Promise<unknown> | undefined;

/** Adds the font's CSS; on an Arabic page also starts both weights' downloads without waiting for text. */
function loadArabicFont(early: boolean): Promise<unknown> {
  loading ??= import('./atlas-fonts').then(() =>
    early ? Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 1em "Noto Sans Arabic"`, 'ع'))) : undefined,
  );
  return loading;
}

function whenAMapIsReady(then: () => void): void {
  const ready = () => document.querySelector('atlas-map[data-ready="true"]') !== null;
  if (ready()) return then();
  const watcher = new MutationObserver(() => {
    if (!ready()) return;
    watcher.disconnect();
    then();
  });
  watcher.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

function whenIdle(then: () => void): void {
  const idle = () => requestIdleCallback(then, { timeout: 2000 });
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/** Starts the font at the right time for this page; showsMap: whether the page shows a map (map-pages.ts). */
export function startArabicFont(showsMap: boolean): void {
  const html = document.documentElement;
  const fail = () => undefined;
  switch (arabicFontStart(html.lang, showsMap)) {
    case 'now':
      loadArabicFont(true).catch(fail);
      return;
    case 'after-map':
      whenAMapIsReady(() => loadArabicFont(false).catch(fail));
      break;
    case 'when-idle':
      whenIdle(() => loadArabicFont(false).catch(fail));
      break;
  }
  // The language switch sets <html lang> without a new page load.
  const switched = new MutationObserver(() => {
    if (arabicFontStart(html.lang, showsMap) !== 'now') return;
    switched.disconnect();
    loadArabicFont(true).catch(fail);
  });
  switched.observe(html, { attributes: true, attributeFilter: ['lang'] });
}
