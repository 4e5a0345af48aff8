/*
 * The rivers' and lakes' look by zoom, and their labels in the map's language: which label shows
 * at which zoom, and how wide a river is drawn. Pure functions, no DOM or OpenLayers; map-water.ts draws.
 */
import { nameIn } from './map-words';

/** A river or lake of frontend/water/water.json (written by data/water/make_water.py). */
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

type LonLat = number[];

function length(line: LonLat[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += Math.hypot(line[i]![0]! - line[i - 1]![0]!, line[i]![1]! - line[i - 1]![1]!);
  return total;
}

/** The point halfway along a line (lon, lat; measured in degrees, close enough to place a label). */
export function midpointAlong(line: LonLat[]): LonLat {
  let remaining = length(line) / 2;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const step = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!);
    if (step >= remaining && step > 0) {
      const t = remaining / step;
      return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
    }
    remaining -= step;
  }
  return line[line.length - 1]!;
}

/**
 * Where a river's name is written: halfway along each of its long parts (a part at least a quarter as
 * long as the longest; Natural Earth splits a river where it crosses a lake or changes name). The
 * disputed islands lie near the ends of the Ussuri's parts and far from the Amur's middle, so the
 * names stay off them (a unit test measures it on the shipped data).
 */
export function labelPoints(lines: LonLat[][]): LonLat[] {
  const longest = Math.max(0, ...lines.map(length));
  return lines.filter((line) => line.length >= 2 && length(line) >= longest / 4).map(midpointAlong);
}
