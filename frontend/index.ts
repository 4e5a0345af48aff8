/*
 * The page's entry point: Vaadin's generated one (frontend/generated/index.ts, Flow's server-side
 * routes through the Vaadin router), plus two things of ours. On a page with a map, the map's code and
 * data files start downloading now, while Flow's first round trip is on its way, instead of once the
 * map element is created by it (map-downloads.ts; the map then takes the same downloads). The event
 * cards too: the event list draws them from the same download. And the Arabic font loads when the
 * page's language needs it (arabic-font.ts).
 */
import { Router } from '@vaadin/router';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

import { startArabicFont } from './arabic-font';
import { eventCardsPath } from './event-cards';
import { downloadJson, startMapDownloads } from './map-downloads';
import { showsMap } from './map-pages';

// The page's path below the app's own address (the <base> Vaadin writes into the page).
const pathInApp = '/' + location.pathname.slice(new URL(document.baseURI).pathname.length);
const mapPage = showsMap(pathInApp.replace(/^\/\//, '/'));
if (mapPage) {
  startMapDownloads();
  // The event cards in the page's language (set on <html> by the first response): the list draws from them.
  downloadJson(eventCardsPath(document.documentElement.lang)).catch(() => undefined);
  // The map's code too (OpenLayers is most of the page's script), so it is parsed before Flow asks for it,
  // and the data read into features while the server's answer is on its way (map-features.ts). On the
  // atlas the map is then drawn at once, in the page's first paint (AtlasShell): the view takes it over.
  void import('./atlas-map').then((map) => {
    map.prepareMapFeatures();
    map.drawFirstMap();
  });
}
startArabicFont(mapPage);

const { serverSideRoutes } = new Flow({
  imports: () => import('Frontend/generated/flow/generated-flow-imports.js'),
});

// Every address is a server-side (Flow) view.
const outlet = document.querySelector('#outlet')!;
const router = new Router(outlet);
// The atlas's first paint (AtlasShell: its title band and "Loading the atlas…") gives way to the view
// as soon as it arrives, before the browser paints again.
const shell = document.getElementById('page-shell');
if (shell) {
  new MutationObserver((_, observer) => {
    shell.remove();
    observer.disconnect();
  }).observe(outlet, { childList: true });
}
router.setRoutes([...serverSideRoutes]);
