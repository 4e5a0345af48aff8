/*
 * The Arabic font ships with the app (no font CDN): a projector's computer may have no good Arabic
 * font, and the classroom may have no internet. Only the Arabic subset, regular and bold (~100 KB).
 * arabic-font.ts imports this when the page needs it: at once on an Arabic page, after the map on an English one.
 */
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
