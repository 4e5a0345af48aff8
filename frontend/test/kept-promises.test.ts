import { test } from 'node:test';
import assert from 'node:assert/strict';

import { KeptPromises } from '../kept-promises';

test('the work for a key starts once and every call shares it', async () => {
  const kept = new KeptPromises<string, number>();
  let starts = 0;
  const start = () => Promise.resolve(++starts);
  assert.equal(await kept.get('a', start), 1);
  assert.equal(await kept.get('a', start), 1);
  assert.equal(await kept.get('b', start), 2);
});

test('a failed one is forgotten: the next call starts it again', async () => {
  const kept = new KeptPromises<string, number>();
  await assert.rejects(kept.get('a', () => Promise.reject(new Error('offline'))));
  assert.equal(await kept.get('a', () => Promise.resolve(7)), 7);
});
