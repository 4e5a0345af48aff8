/*
 * The rivers' and lakes' look by zoom, and their labels in the map's language: which label shows
 * at which zoom, and how wide a river is drawn. Pure functions, no DOM or OpenLayers; map-water.ts draws.
 */
import { nameIn } from './map-words';

/** A river or lake of frontend/water/water.geojson (written by data/water/make_water.py). */
export interface Water {
  kind: 'river' | 'lake';
  /** 1 the big ones, 2 the others, 3 drawn for context only (no name, no label). */
  rank: number;
  name_en: string | null;
  /** Null where no reputable Arabic name was found (data/water/README.md): no Arabic label then. */
  name_ar: string | null;
}

/** Zoom from which a name is written: the big rivers and Baikal first, the others once there is room. */
export function labelFromZoom(water: Pick<Water, 'kind' | 'rank'>): number | null {
  if (water.rank === 1) return water.kind === 'lake' ? 3.5 : 4;
  if (water.rank === 2) return 5;
  return null;
}

/** The label at this zoom in this language, or null when the water has none here. */
export function waterLabel(water: Water, zoom: number, lang: string): string | null {
  const from = labelFromZoom(water);
  if (from === null || zoom < from || !water.name_en) return null;
  if (lang === 'ar' && !water.name_ar) return null;
  return nameIn({ name_en: water.name_en, name_ar: water.name_ar ?? '' }, lang);
}

/**
 * Line width in CSS pixels: wider for the big rivers and as the map zooms in, but never more than
 * 3 px, so that at the lessons' zoom 9 the disputed islands (about 8 by 3 px there) stay visible.
 */
export function riverWidth(rank: number, zoom: number): number {
  const base = rank === 1 ? 1.6 : rank === 2 ? 1.1 : 0.7;
  const growth = Math.min(Math.max(zoom - 3, 0), 5) * 0.28;
  return Math.min(3, Math.round((base + growth * (rank === 3 ? 0.5 : 1)) * 10) / 10);
}

/** The zoom level of a resolution on the map's Web Mercator view (256 px tiles, as OpenLayers counts). */
export function zoomOfResolution(resolution: number): number {
  return Math.log2(156543.03392804097 / resolution);
}
