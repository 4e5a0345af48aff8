import { test } from 'node:test';
import assert from 'node:assert/strict';

import { BATCH, FIRST_CARDS, cardAfterKey, cardsToDraw } from '../event-list-window';
import { eventCardsPath, isWebAddress } from '../event-cards';

test('a long list draws only its first cards, a short one all of them', () => {
  assert.equal(cardsToDraw(0, 130), FIRST_CARDS);
  assert.equal(cardsToDraw(0, 3), 3);
  assert.equal(cardsToDraw(0, 0), 0);
});

test('cards already drawn stay drawn', () => {
  assert.equal(cardsToDraw(40, 130), 40);
});

test('a selected card far down is drawn, with a batch after it to scroll on into', () => {
  assert.equal(cardsToDraw(FIRST_CARDS, 130, 100), 101 + BATCH);
  assert.equal(cardsToDraw(FIRST_CARDS, 130, 128), 130);
  assert.equal(cardsToDraw(40, 130, 2), 40);
});

test('arrow keys move between cards and stop at the ends; Home and End jump', () => {
  assert.equal(cardAfterKey('ArrowDown', 3, 10), 4);
  assert.equal(cardAfterKey('ArrowDown', 9, 10), 9);
  assert.equal(cardAfterKey('ArrowUp', 0, 10), 0);
  assert.equal(cardAfterKey('Home', 7, 10), 0);
  assert.equal(cardAfterKey('End', 0, 10), 9);
  assert.equal(cardAfterKey('Tab', 0, 10), null);
});

test('the cards are asked for in the page language, English for anything else', () => {
  assert.equal(eventCardsPath('ar'), 'api/event-cards?lang=ar');
  assert.equal(eventCardsPath('en'), 'api/event-cards?lang=en');
  assert.equal(eventCardsPath(''), 'api/event-cards?lang=en');
});

test('only web addresses become links', () => {
  assert.ok(isWebAddress('https://example.org/a'));
  assert.ok(isWebAddress('HTTP://example.org'));
  assert.ok(!isWebAddress('javascript:alert(1)'));
  assert.ok(!isWebAddress(' https://x'));
});
