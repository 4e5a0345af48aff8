/*
 * Map styles. Colours are shared with the legend (styles/atlas.css, --layer-* variables; SharedConstantsTest
 * fails when they differ) and chosen to stay apart for common colour-vision deficiencies and on a projector.
 */
import type { FeatureLike } from 'ol/Feature';
import Point from 'ol/geom/Point';
import { getCenter, getHeight, getWidth } from 'ol/extent';
import { Circle as CircleStyle, Fill, RegularShape, Stroke, Style, Text } from 'ol/style';
import { CITIES, type LayerId, type Lang } from './atlas-map-data';
import type { RegionOutline } from './region-outlines';

export const LAYER_COLOURS: Record<LayerId, string> = {
  borders: '#c2255c',
  pipelines: '#e8590c',
  railways: '#1c3d5a',
  exercises: '#2b8a3e',
  places: '#6741d9',
};

const COUNTRY_FILL: Record<string, Fill> = {
  china: new Fill({ color: '#f6dede' }),
  russia: new Fill({ color: '#dde7f3' }),
  other: new Fill({ color: '#f3f1ea' }),
};
const COUNTRY_STROKE: Record<string, Stroke> = {
  china: new Stroke({ color: '#8f5b5b', width: 1.2 }),
  russia: new Stroke({ color: '#5b6f8f', width: 1.2 }),
  other: new Stroke({ color: '#b8b3a6', width: 0.6 }),
};
const countryStyles: Record<string, Style> = Object.fromEntries(
  Object.keys(COUNTRY_FILL).map((key) => [key, new Style({ fill: COUNTRY_FILL[key], stroke: COUNTRY_STROKE[key] })]),
);

export function baseCountryStyle(feature: FeatureLike): Style {
  return countryStyles[feature.get('emphasis') ?? 'other'];
}

export function cityStyle(feature: FeatureLike, lang: Lang): Style {
  const capital = feature.get('capital') === true;
  return new Style({
    image: new CircleStyle({
      radius: capital ? 5 : 3.5,
      fill: new Fill({ color: capital ? '#212529' : '#495057' }),
      stroke: new Stroke({ color: '#fff', width: 1.5 }),
    }),
    text: new Text({
      text: lang === 'ar' ? feature.get('name_ar') : feature.get('name_en'),
      font: `${capital ? '600 ' : ''}${lang === 'ar' ? '15px "Noto Sans Arabic", system-ui' : '14px system-ui, "Noto Sans Arabic"'}, sans-serif`,
      offsetY: -14,
      fill: new Fill({ color: '#212529' }),
      stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 4 }),
    }),
  });
}

const HIGHLIGHT = '#ffd43b';

/** Dash patterns say how settled a feature is in the selected year. */
const DASH_BY_STATUS: Record<string, number[] | undefined> = {
  planned: [2, 8],
  contracted: [2, 8],
  memorandum: [2, 8],
  'under-construction': [10, 8],
  disputed: [6, 6],
  suspended: [2, 8],
};


/** Areas smaller than this on screen (an island of 1 km² at country zoom) are drawn as a marker too. */
const SMALL_AREA_PX = 10;
/** Areas wider than this (map metres; islands are a few km) are drawn as a faint wash with a thin outline. */
const WIDE_AREA_M = 300_000;

/**
 * A place of events: a diamond, apart from the round crossings, clash sites and exercise points, with a
 * white edge so it reads on a projector; selected, a yellow diamond round it. Its name is written under
 * it once the map is zoomed in enough (a city the base map names already is not named twice); names that
 * would overlap another label are left out (the places layer declutters its text, never its markers).
 */
const PLACE_MARKER = new RegularShape({
  points: 4,
  radius: 10,
  fill: new Fill({ color: LAYER_COLOURS.places }),
  stroke: new Stroke({ color: '#fff', width: 2.5 }),
  declutterMode: 'none',
});
const PLACE_HALO = new RegularShape({ points: 4, radius: 17, fill: new Fill({ color: HIGHLIGHT }), declutterMode: 'none' });
/** Place names are written from this resolution (metres per pixel, about zoom 4) inwards. */
const PLACE_NAMES_FROM_RESOLUTION = 10_000;
const NAMED_CITIES = new Set(CITIES.flatMap((city) => [city.name_en, city.name_ar]));

function placeStyle(resolution: number, selected: boolean, name: string | undefined, lang: Lang): Style[] {
  const styles = selected ? [new Style({ image: PLACE_HALO, zIndex: 4 })] : [];
  const named = name !== undefined && resolution < PLACE_NAMES_FROM_RESOLUTION && !NAMED_CITIES.has(name);
  styles.push(new Style({
    image: PLACE_MARKER,
    zIndex: 5,
    text: named ? new Text({
      text: name,
      font: `600 ${lang === 'ar' ? '15px "Noto Sans Arabic", system-ui' : '14px system-ui, "Noto Sans Arabic"'}, sans-serif`,
      offsetY: 20,
      fill: new Fill({ color: '#3b2a80' }),
      stroke: new Stroke({ color: 'rgba(255,255,255,0.95)', width: 4 }),
    }) : undefined,
  }));
  return styles;
}

/**
 * The style of a feature of an overlay layer; {@code name} (in the map's language) is written beside
 * places only.
 */
export function overlayStyle(layer: LayerId, feature: FeatureLike, resolution: number, selected: boolean,
  name?: string, lang: Lang = 'en'): Style[] {
  if (layer === 'places') return placeStyle(resolution, selected, name, lang);
  const status: string = feature.get('status') ?? '';
  const approximate = feature.get('approximate') === true;
  const dash = DASH_BY_STATUS[status] ?? (approximate && layer === 'exercises' ? [8, 6] : undefined);
  // A successor state's border (after 1991) is context, not China–Russia: thinner and faded.
  const muted = status === 'successor';
  const colour = muted ? hexWithAlpha(LAYER_COLOURS[layer], 0.45) : LAYER_COLOURS[layer];
  const width = muted ? 2 : layer === 'borders' ? 3.5 : 3;
  const geometry = feature.getGeometry();
  const extent = geometry?.getExtent();
  // A wide area (the 100 km border zone) is a faint wash, so that the lines inside it stay readable.
  const wide = layer === 'borders' && extent !== undefined && geometry!.getType().endsWith('Polygon')
    && Math.max(getWidth(extent), getHeight(extent)) > WIDE_AREA_M;
  const fillAlpha = wide ? 0.08 : layer === 'exercises' ? 0.18 : 0.3;
  const styles: Style[] = [];
  if (selected) {
    styles.push(
      new Style({
        stroke: new Stroke({ color: HIGHLIGHT, width: width + 8 }),
        image: new CircleStyle({ radius: 13, fill: new Fill({ color: HIGHLIGHT }) }),
        zIndex: 1,
      }),
    );
  }
  styles.push(
    new Style({
      stroke: new Stroke({ color: colour, width: wide ? 1 : width, lineDash: wide ? [4, 4] : dash }),
      fill: new Fill({ color: hexWithAlpha(LAYER_COLOURS[layer], fillAlpha) }),
      image: new CircleStyle({
        radius: status === 'clash' ? 8 : 7,
        fill: new Fill({ color: status === 'disputed' ? '#fff' : colour }),
        stroke: new Stroke({ color: status === 'disputed' ? colour : '#fff', width: 2.5, lineDash: dash }),
      }),
      zIndex: wide ? 0 : 2,
    }),
  );
  if (extent && geometry!.getType().endsWith('Polygon')
      && Math.max(getWidth(extent), getHeight(extent)) / resolution < SMALL_AREA_PX) {
    // Too small to see or click as an area: add a marker at its centre, styled like a point feature.
    styles.push(new Style({ geometry: new Point(getCenter(extent)), image: styles[styles.length - 1].getImage()!, zIndex: 2 }));
    if (selected) {
      styles.push(new Style({ geometry: new Point(getCenter(extent)), image: styles[0].getImage()!, zIndex: 1 }));
    }
  }
  if (layer === 'railways' && !dash) {
    // The classic railway symbol: white ticks on a dark line.
    styles.push(new Style({ stroke: new Stroke({ color: '#fff', width: 1.5, lineDash: [6, 6] }), zIndex: 3 }));
  }
  return styles;
}

function hexWithAlpha(hex: string, alpha: number): string {
  const value = parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/**
 * A region's outline (region-outlines.ts says when): faint while picking or hovering, bold when chosen.
 * A hidden region keeps a near-transparent fill, so its whole area can still be clicked.
 */
const REGION_STYLES: Record<RegionOutline, Style> = {
  hidden: new Style({ fill: new Fill({ color: 'rgba(255, 255, 255, 0.01)' }) }),
  outlined: new Style({
    stroke: new Stroke({ color: 'rgba(73, 80, 87, 0.6)', width: 1.5, lineDash: [4, 6] }),
    fill: new Fill({ color: 'rgba(255, 255, 255, 0.01)' }),
  }),
  chosen: new Style({
    stroke: new Stroke({ color: '#1971c2', width: 3 }),
    fill: new Fill({ color: 'rgba(25, 113, 194, 0.06)' }),
  }),
};

export function regionStyle(outline: RegionOutline): Style {
  return REGION_STYLES[outline];
}
