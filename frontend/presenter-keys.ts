/*
 * Which presenter key does what during a lesson. A pure function without the DOM, so that it can be
 * tested on its own (frontend/test/presenter-keys.test.ts); kept free of imports for the same reason.
 */

/** A step to go to ("presenter-step"), the notes to show or hide, or full screen to toggle. */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'notes' | 'full-screen';

/** Where the key was pressed. */
export interface KeyPlace {
  /** A right-to-left page: the arrows are mirrored. */
  rtl: boolean;
  /** On the map, where arrows, Home and End pan and zoom the map instead. */
  onMap: boolean;
  /** On a button or link, where space presses it instead. */
  onButton: boolean;
}

/**
 * Page Down, the forward arrow, ↓ and space go to the next step; Page Up, the back arrow and ↑ to
 * the previous one; Home and End to the first and last (presenter clickers send Page Up/Down). N shows
 * or hides the notes, F toggles full screen. Other keys: undefined.
 */
export function presenterAction(key: string, place: KeyPlace): PresenterAction | undefined {
  const forward = place.rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = place.rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === 'PageDown' || (!place.onMap && (key === forward || key === 'ArrowDown'))) return 'next';
  if (key === 'PageUp' || (!place.onMap && (key === back || key === 'ArrowUp'))) return 'previous';
  if (key === ' ' && !place.onButton) return 'next';
  if (key === 'Home' && !place.onMap) return 'first';
  if (key === 'End' && !place.onMap) return 'last';
  if (key === 'n' || key === 'N') return 'notes';
  if (key === 'f' || key === 'F') return 'full-screen';
  return undefined;
}
