import { test } from 'node:test';
import assert from 'node:assert/strict';

import { SharedByGroup } from '../shared-by-group';

test('the two maps of a comparison share one view', () => {
  let made = 0;
  const views = new SharedByGroup(() => ({ view: ++made }));
  const left = views.acquire('compare');
  const right = views.acquire('compare');
  assert.equal(left, right);
  assert.equal(made, 1);
  assert.equal(views.users('compare'), 2);
});

test('a map without a group gets its own view each time', () => {
  const views = new SharedByGroup(() => ({}));
  assert.notEqual(views.acquire(null), views.acquire(null));
});

test('the view is forgotten when its last map leaves, and a new one is made after', () => {
  let made = 0;
  const views = new SharedByGroup(() => ({ view: ++made }));
  const first = views.acquire('compare');
  views.acquire('compare');
  views.release('compare');
  assert.equal(views.users('compare'), 1);
  views.release('compare');
  assert.equal(views.users('compare'), 0);
  assert.notEqual(views.acquire('compare'), first);
});
