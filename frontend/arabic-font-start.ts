/**
 * When a page loads the shipped Arabic font (pure). An Arabic page needs it for its first paint. An English
 * page shows only a few Arabic words (the language switch, the seed's quotations): they get the font once
 * the map is ready, so its two files do not compete with the map's downloads, or, on a page without a map,
 * once the page is idle. Until then those words are drawn in a font of the system.
 */
export type ArabicFontStart = 'now' | 'after-map' | 'when-idle';

export function arabicFontStart(lang: string, showsMap: boolean): ArabicFontStart {
  if (/^ar(-|$)/i.test(lang)) return 'now';
  return showsMap ? 'after-map' : 'when-idle';
}
