// Writes frontend/base-map/countries.json, the base map's countries, from world-atlas's countries-50m
// (node_modules, the version package.json pins): only what the map's extent can show, lightly
// simplified (frontend/base-map-extent.ts says how). The same source gives the same bytes.
//   .tools/node24/bin/node frontend/base-map/make-countries.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { keepCountries } from '../base-map-extent.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE = join(root, 'node_modules', 'world-atlas', 'countries-50m.json');
const TARGET = join(root, 'frontend', 'base-map', 'countries.json');

/** The file's text from the source topology's text. */
export function countriesJson(sourceText) {
  return JSON.stringify(keepCountries(JSON.parse(sourceText)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = JSON.parse(readFileSync(join(root, 'node_modules', 'world-atlas', 'package.json'), 'utf8')).version;
  const text = countriesJson(readFileSync(SOURCE, 'utf8'));
  writeFileSync(TARGET, text);
  const sizes = (bytes) => `${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip, ${brotliCompressSync(bytes).length} B brotli`;
  const countries = JSON.parse(text).objects.countries.geometries.length;
  console.log(`world-atlas ${version} countries-50m.json: ${sizes(readFileSync(SOURCE))}`);
  console.log(`frontend/base-map/countries.json: ${countries} countries, ${sizes(Buffer.from(text))}`);
}
