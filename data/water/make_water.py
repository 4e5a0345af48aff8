#!/usr/bin/env python3
"""
Regenerates frontend/water/water.json, the rivers and lakes of the base map, from Natural Earth.

Usage: python3 data/water/make_water.py RIVERS LAKES [OUT]
  RIVERS  ne_10m_rivers_lake_centerlines.json
  LAKES   ne_10m_lakes.json
  OUT     default frontend/water/water.json

Both inputs come from the repository martynafford/natural-earth-geojson (CC0), folder 10m/physical/,
unpacked from their .7z archives (see data/water/README.md). Only the rivers and lakes listed below
are kept; each line is simplified (Douglas-Peucker, finer in the border zone) and rounded to 4 decimals.
"""
import json
import math
import sys
from pathlib import Path

# The map's extent (see frontend/map-camera.ts INITIAL_EXTENT): nothing outside is kept.
EXTENT = (40.0, 15.0, 180.0, 78.0)

# Douglas-Peucker tolerances in degrees. At zoom 9 (the lessons' island steps) a pixel is about
# 0.0027° of longitude, so border rivers keep their bends at that zoom; the others are drawn at
# small scales only and can lose far more.
FINE = 0.002
COARSE = 0.02

# rank: 1 the big rivers (widest line), 2 the others, 3 rivers drawn for context only.
# fine: simplified with FINE (the China-Russia border zone) instead of COARSE.
# Names: English from Natural Earth (shortened); Arabic from the sources in data/water/README.md.
# A river or lake without a sourced Arabic name has name_ar None and no Arabic label.
RIVERS = {
    # Natural Earth name -> our id
    'Amur': 'amur', 'Heilong Jiang': 'amur',
    "Argun’": 'argun',
    'Ussuri': 'ussuri',
    'Songhua': 'songhua',
    'Tumen': 'tumen',
    'Ertis': 'irtysh', 'Ertix': 'irtysh', 'Irtysh': 'irtysh',
    'Ile': 'ili',
    'Shilka': 'shilka', 'Zeya': 'zeya', 'Hailar': 'hailar', 'Selenga': 'selenga', 'Angara': 'angara',
    'Ob': 'ob', 'Yenisey': 'yenisey', 'Lena': 'lena', 'Huang': 'huang',
    'Chang Jiang': 'yangtze', 'Yangtze': 'yangtze', 'Jinsha': 'yangtze',
}
LAKES = {
    'Lake Baikal': 'baikal', 'Lake Khanka': 'khanka', 'Lake Balkhash': 'balkhash', 'Lake Zaysan': 'zaysan',
    'Hulun Nuur': 'hulun', 'Khövsgöl Nuur': 'khovsgol', 'Issyk-Kul': 'issyk-kul',
}
NAMES = {
    'amur': ('Amur', 'نهر آمور', 1, True),
    'argun': ('Argun', 'نهر أرغون', 1, True),
    'ussuri': ('Ussuri', 'نهر أوسوري', 1, True),
    'songhua': ('Songhua', 'نهر سونغوا', 2, True),
    'tumen': ('Tumen', 'نهر تومين', 2, True),
    'irtysh': ('Irtysh', 'نهر إرتيش', 1, False),
    'ili': ('Ili', 'نهر إيلي', 2, False),
    'baikal': ('Lake Baikal', 'بحيرة بايكال', 1, False),
    'khanka': ('Lake Khanka', 'بحيرة خانكا', 2, True),
}
CONTEXT_FINE = {'shilka', 'zeya', 'hailar', 'hulun'}


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def simplify(points, tolerance):
    """Douglas-Peucker, iterative; keeps the first and last point."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, distance = 0, 0.0
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last])
            if d > distance:
                index, distance = i, d
        if distance > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def rounded(points):
    out = []
    for lon, lat in ((round(p[0], 4), round(p[1], 4)) for p in points):
        if not out or out[-1] != [lon, lat]:
            out.append([lon, lat])
    return out


def inside(points):
    return all(EXTENT[0] <= lon <= EXTENT[2] and EXTENT[1] <= lat <= EXTENT[3] for lon, lat in points)


def lines_of(geometry):
    return [geometry['coordinates']] if geometry['type'] == 'LineString' else geometry['coordinates']


def polygons_of(geometry):
    return [geometry['coordinates']] if geometry['type'] == 'Polygon' else geometry['coordinates']


def properties(kind, wid):
    name_en, name_ar, rank, _ = NAMES.get(wid, (None, None, 3, False))
    return {'kind': kind, 'water': wid, 'rank': rank, 'name_en': name_en, 'name_ar': name_ar}


def tolerance(wid):
    return FINE if NAMES.get(wid, (0, 0, 0, False))[3] or wid in CONTEXT_FINE else COARSE


def rivers(collection):
    parts = {}
    for feature in collection['features']:
        wid = RIVERS.get(feature['properties'].get('name'))
        if not wid or not feature['geometry']:
            continue
        for line in lines_of(feature['geometry']):
            line = rounded(simplify(line, tolerance(wid)))
            if len(line) >= 2 and inside(line):
                parts.setdefault(wid, []).append(line)
    return [{'type': 'Feature', 'id': wid, 'properties': properties('river', wid),
             'geometry': {'type': 'MultiLineString', 'coordinates': lines}} for wid, lines in parts.items()]


def lakes(collection):
    out = []
    for feature in collection['features']:
        wid = LAKES.get(feature['properties'].get('name'))
        if not wid or not feature['geometry']:
            continue
        polygons = []
        for polygon in polygons_of(feature['geometry']):
            rings = [rounded(simplify(ring, tolerance(wid))) for ring in polygon]
            if len(rings[0]) >= 4 and inside(rings[0]):
                polygons.append([ring for ring in rings if len(ring) >= 4])
        if polygons:
            out.append({'type': 'Feature', 'id': wid, 'properties': properties('lake', wid),
                        'geometry': {'type': 'MultiPolygon', 'coordinates': polygons}})
    return out


def main(rivers_file, lakes_file, out_file='frontend/water/water.json'):
    river_features = rivers(json.loads(Path(rivers_file).read_text(encoding='utf-8')))
    lake_features = lakes(json.loads(Path(lakes_file).read_text(encoding='utf-8')))
    missing = sorted(set(RIVERS.values()) - {f['id'] for f in river_features}) + \
        sorted(set(LAKES.values()) - {f['id'] for f in lake_features})
    if missing:
        sys.exit(f'not found in Natural Earth: {missing}')
    # Lakes first: drawn under the rivers that flow through them.
    collection = {'type': 'FeatureCollection', 'features': lake_features + sorted(river_features, key=lambda f: -f['properties']['rank'])}
    text = json.dumps(collection, ensure_ascii=False, separators=(',', ':'))
    Path(out_file).parent.mkdir(parents=True, exist_ok=True)
    Path(out_file).write_text(text + '\n', encoding='utf-8')
    points = sum(len(line) for f in river_features for line in f['geometry']['coordinates'])
    print(f'{out_file}: {len(river_features)} rivers ({points} points), {len(lake_features)} lakes, {len(text.encode())} bytes')


if __name__ == '__main__':
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
