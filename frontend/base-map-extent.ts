/*
 * How far the map reaches, and the base map cut down to it (pure: no DOM, no OpenLayers).
 *
 * The view never shows more than VIEW_EXTENT (map-camera.ts), so the base map's countries
 * (frontend/base-map/countries.json) keep only the polygons that reach into it: a polygon is kept
 * whole or dropped whole, so no cut edge exists anywhere, and a dropped one lies wholly outside
 * what can be seen. frontend/base-map/make-countries.mjs writes the file with keepCountries.
 */

/** [west, south, east, north] in degrees; east is past 180°, where antimeridian.ts draws Chukotka. */
export type LonLatExtent = [number, number, number, number];

/**
 * What the map can show (lon/lat), from the data's own reach (data/regions.geojson, data/layers), each
 * edge just before a large land the atlas does not need (figures from world-atlas's countries-50m):
 * - west 11°W: the European seas region starts at 6°W (Portugal's coast at 9.5°W stays in view),
 *   before Iceland (13.6°W at its east) and Greenland (11.4°W);
 * - south 10°S: the western Pacific region reaches the equator in the South China Sea, before
 *   Australia (10.05°S at its north);
 * - east 210°E (150°W): the western Pacific region and the Alaska patrol reach 155°W, before Canada (141°W);
 * - north: the top of the Web Mercator world (the Arctic region reaches the pole).
 */
export const VIEW_EXTENT: LonLatExtent = [-11, -10, 210, 85.0511];

/**
 * A longitude within ±180° (a saved camera's, as toLonLat gives it) as the view has it: one west of the
 * extent lies past 180° (-175° is 185°, by the Bering Strait), not off the view's western edge.
 */
export function lonInView(lon: number): number {
  return lon < VIEW_EXTENT[0] ? lon + 360 : lon;
}

/** A TopoJSON topology as world-atlas writes it: quantized, delta-encoded arcs. */
export interface Topology {
  type: 'Topology';
  bbox?: number[];
  transform: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { type: 'GeometryCollection'; geometries: Geometry[] }>;
  arcs: number[][][];
}

export interface Geometry {
  type: 'Polygon' | 'MultiPolygon' | null;
  arcs?: number[][] | number[][][];
  id?: string;
  properties?: Record<string, unknown>;
}

type Box = [number, number, number, number];

/**
 * Where the atlas looks closely (lon/lat): lessons fly to zoom 8–9 only here (the Amur/Ussuri islands,
 * Zhenbao, Khabarovsk, the western sector), so arcs that reach into it keep the source's detail.
 */
export const FRONTIER_EXTENT: LonLatExtent = [70, 38, 142, 58];

/**
 * How far a simplified arc may stray from the source's, in the source's grid steps (0.0036° of longitude,
 * 0.0017° of latitude, about 270 × 190 m on the Amur): one step on the frontier, about a pixel at zoom 9;
 * four elsewhere, about 1 km, about a pixel at zoom 7, the closest the atlas frames anything there
 * (a feature's fit stops at zoom 7; the regions fit further out).
 */
export const TOLERANCE_STEPS = { frontier: 1, elsewhere: 4 };

/** The arc an index names: ~i (a negative number) is arc i walked backwards. */
const arcOf = (index: number): number => (index < 0 ? ~index : index);

/** Absolute grid positions of each arc (TopoJSON stores each position as a step from the one before). */
function decodeArcs(arcs: number[][][]): number[][][] {
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
}

function encodeArc(arc: number[][]): number[][] {
  let x = 0;
  let y = 0;
  return arc.map(([ax, ay]) => {
    const step = [ax - x, ay - y];
    x = ax;
    y = ay;
    return step;
  });
}

function boxOf(points: number[][]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

const overlaps = (a: Box, b: Box): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * The extent as boxes of longitudes within ±180° (the source's): the part east of 180° is the same
 * as the one west of -180° + 360°, where Natural Earth has Chukotka's tip and the Bering Sea.
 */
export function extentBoxes([west, south, east, north]: LonLatExtent): Box[] {
  const boxes: Box[] = [[west, south, Math.min(east, 180), north]];
  if (east > 180) boxes.push([-180, south, east - 360, north]);
  return boxes;
}

/** Distance from p to the segment a–b, in grid steps. */
function distanceToSegment(p: number[], a: number[], b: number[]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Douglas–Peucker: the arc's own positions, ends kept, none further than tolerance from the result. */
export function simplifyArc(arc: number[][], tolerance: number): number[][] {
  const keep = new Array<boolean>(arc.length).fill(false);
  keep[0] = keep[arc.length - 1] = true;
  const stack: [number, number][] = [[0, arc.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(arc[i], arc[first], arc[last]);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  const simplified = arc.filter((_, i) => keep[i]);
  // A ring of one arc (an island) keeps at least a triangle.
  const closed = arc[0][0] === arc[arc.length - 1][0] && arc[0][1] === arc[arc.length - 1][1];
  return closed && simplified.length < 4 ? arc : simplified;
}

/** Twice the signed area of a ring given as arc indexes, in grid steps squared. */
function ringArea(ring: number[], arcs: number[][][]): number {
  let area = 0;
  for (const index of ring) {
    const arc = arcs[arcOf(index)];
    const points = index < 0 ? [...arc].reverse() : arc;
    for (let i = 1; i < points.length; i++) area += points[i - 1][0] * points[i][1] - points[i][0] * points[i - 1][1];
  }
  return area;
}

const polygonsOf = (geometry: Geometry): number[][][] =>
  geometry.type === 'Polygon' ? [geometry.arcs as number[][]] : geometry.type === 'MultiPolygon' ? (geometry.arcs as number[][][]) : [];

/**
 * The countries of a world-atlas topology that the extent can show: every polygon whose outer ring
 * reaches into the extent, whole; countries with none are left out, and so is every other object
 * (world-atlas's `land`). Arcs are simplified by TOLERANCE_STEPS on the source's own grid; an arc
 * shared by two countries is simplified once, so neighbours still meet without a gap.
 */
export function keepCountries(source: Topology, extent: LonLatExtent = VIEW_EXTENT): Topology {
  const { scale, translate } = source.transform;
  const toGrid = (lonLat: LonLatExtent): Box[] => extentBoxes(lonLat).map(([w, s, e, n]): Box =>
    [(w - translate[0]) / scale[0], (s - translate[1]) / scale[1], (e - translate[0]) / scale[0], (n - translate[1]) / scale[1]]);
  const grid = toGrid(extent);
  const arcs = decodeArcs(source.arcs);
  const arcBoxes = arcs.map(boxOf);
  const reaches = (polygon: number[][]): boolean => {
    const box = boxOf(polygon[0].flatMap((index) => [arcBoxes[arcOf(index)].slice(0, 2), arcBoxes[arcOf(index)].slice(2)]));
    return grid.some((part) => overlaps(box, part));
  };

  const kept: Geometry[] = [];
  for (const geometry of source.objects.countries.geometries) {
    const polygons = polygonsOf(geometry).filter(reaches);
    if (polygons.length === 0) continue;
    const { arcs: _, type: __, ...rest } = geometry;
    kept.push(polygons.length === 1
      ? { type: 'Polygon', arcs: polygons[0], ...rest }
      : { type: 'MultiPolygon', arcs: polygons, ...rest });
  }

  // Renumber the arcs still used, in the order they are first met.
  const renumbered = new Map<number, number>();
  const rings = kept.flatMap(polygonsOf).flat();
  for (const ring of rings) {
    for (const index of ring) if (!renumbered.has(arcOf(index))) renumbered.set(arcOf(index), renumbered.size);
  }
  const used = [...renumbered.keys()];
  const [frontier] = toGrid(FRONTIER_EXTENT);
  const tolerance = (arc: number): number => (overlaps(arcBoxes[arc], frontier) ? TOLERANCE_STEPS.frontier : TOLERANCE_STEPS.elsewhere);
  const simplified = new Map(used.map((arc) => [arc, simplifyArc(arcs[arc], tolerance(arc))]));
  // A ring that simplification would flatten or turn over keeps its arcs as they were.
  const simplifiedArcs = arcs.map((arc, i) => simplified.get(i) ?? arc);
  for (const ring of rings) {
    const before = ringArea(ring, arcs);
    const after = ringArea(ring, simplifiedArcs);
    if (Math.sign(after) !== Math.sign(before) || Math.abs(after) < Math.abs(before) / 2) {
      for (const index of ring) simplified.set(arcOf(index), arcs[arcOf(index)]);
    }
  }

  const renumber = (index: number): number => (index < 0 ? ~renumbered.get(~index)! : renumbered.get(index)!);
  const geometries = kept.map((geometry) => ({
    ...geometry,
    arcs: geometry.type === 'Polygon'
      ? (geometry.arcs as number[][]).map((ring) => ring.map(renumber))
      : (geometry.arcs as number[][][]).map((polygon) => polygon.map((ring) => ring.map(renumber))),
  }));
  const outArcs = used.map((arc) => simplified.get(arc)!);
  const [x0, y0, x1, y1] = boxOf(outArcs.flat());
  const lonLat = (x: number, y: number) => [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  return {
    type: 'Topology',
    bbox: [...lonLat(x0, y0), ...lonLat(x1, y1)],
    transform: source.transform,
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs: outArcs.map(encodeArc),
  };
}
