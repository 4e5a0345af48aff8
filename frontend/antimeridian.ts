/*
 * Natural Earth cuts Russia (and a few others) at 180°. Projected as-is, the pieces east of
 * 180° land on the far left of the map and polygons that jump from +180 to -180 smear across
 * the whole world. Moving those longitudes past +180 keeps Chukotka beside the rest of Russia.
 */
type Position = number[];

const FAR_EAST = -168;

function shiftRing(ring: Position[]): Position[] {
  const lons = ring.map((p) => p[0]);
  const spansAntimeridian = Math.max(...lons) - Math.min(...lons) > 180;
  const allFarEast = lons.every((lon) => lon < FAR_EAST);
  // A shape split at 180° (a region box, a patrol route) has a part that starts at -180: it belongs east of 180.
  const startsAtAntimeridian = Math.min(...lons) <= -179.99;
  if (!spansAntimeridian && !allFarEast && !startsAtAntimeridian) return ring;
  return ring.map(([lon, lat, ...rest]) => [lon < 0 ? lon + 360 : lon, lat, ...rest]);
}

function shiftGeometry(geometry: any): any {
  if (!geometry) return geometry;
  switch (geometry.type) {
    case 'LineString':
      return { ...geometry, coordinates: shiftRing(geometry.coordinates) };
    case 'Polygon':
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map(shiftRing) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((p: Position[][]) => p.map(shiftRing)) };
    case 'Point': {
      const [lon, lat] = geometry.coordinates;
      return lon < FAR_EAST ? { ...geometry, coordinates: [lon + 360, lat] } : geometry;
    }
    default:
      return geometry;
  }
}

/** Returns a copy of a GeoJSON FeatureCollection with far-east longitudes moved past +180. */
export function shiftAcrossAntimeridian(collection: any): any {
  return {
    ...collection,
    features: collection.features.map((f: any) => ({ ...f, geometry: shiftGeometry(f.geometry) })),
  };
}
