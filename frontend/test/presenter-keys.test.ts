import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { presenterAction } from '../presenter-keys.ts';

const page = { rtl: false, onMap: false, onButton: false };
const arabicPage = { ...page, rtl: true };
const onMap = { ...page, onMap: true };
const onButton = { ...page, onButton: true };

describe('presenter keys', () => {
  it('Page Down, the forward arrow, ArrowDown and space go to the next step', () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) assert.equal(presenterAction(key, page), 'next', key);
  });

  it('Page Up, the back arrow and ArrowUp go to the previous step', () => {
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) assert.equal(presenterAction(key, page), 'previous', key);
  });

  it('mirrors the arrows on an Arabic page', () => {
    assert.equal(presenterAction('ArrowLeft', arabicPage), 'next');
    assert.equal(presenterAction('ArrowRight', arabicPage), 'previous');
  });

  it('Home and End go to the first and last steps', () => {
    assert.equal(presenterAction('Home', page), 'first');
    assert.equal(presenterAction('End', page), 'last');
  });

  it('leaves arrows, Home and End to the map when it has focus, but clickers still work', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End']) {
      assert.equal(presenterAction(key, onMap), undefined, key);
    }
    assert.equal(presenterAction('PageDown', onMap), 'next');
    assert.equal(presenterAction('PageUp', onMap), 'previous');
  });

  it('leaves space to a focused button or link', () => {
    assert.equal(presenterAction(' ', onButton), undefined);
    assert.equal(presenterAction('PageDown', onButton), 'next');
  });

  it('N shows or hides the notes and F toggles full screen, in either case', () => {
    assert.equal(presenterAction('n', page), 'notes');
    assert.equal(presenterAction('N', onMap), 'notes');
    assert.equal(presenterAction('f', page), 'full-screen');
    assert.equal(presenterAction('F', page), 'full-screen');
  });

  it('ignores other keys', () => {
    for (const key of ['a', 'Enter', 'Escape', 'Tab']) assert.equal(presenterAction(key, page), undefined, key);
  });
});
