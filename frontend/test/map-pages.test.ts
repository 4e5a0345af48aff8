import { test } from 'node:test';
import assert from 'node:assert/strict';

import { showsMap } from '../map-pages';

test('the atlas, the comparison and a lesson step start the map downloads early', () => {
  for (const path of ['/', '/compare', '/lesson/border-1969-2008', '/lesson/border-1969-2008/step/3']) {
    assert.equal(showsMap(path), true, path);
  }
});

test('pages without a map do not download the map data', () => {
  for (const path of ['/lessons', '/login', '/lessons/new', '/lesson/border-1969-2008/notes', '/compare/x', '/nowhere']) {
    assert.equal(showsMap(path), false, path);
  }
});
