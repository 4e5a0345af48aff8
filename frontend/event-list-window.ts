/*
 * Which of the event list's cards are drawn. The list holds every shown event but draws only the first
 * ones, and more in batches as the reader scrolls, tabs or arrows towards the end, or as a selection
 * far down must be shown; printing draws them all. Kept apart from the element so it can be tested alone.
 */

/** Cards drawn at first: more than a projector's panel shows, far fewer than a long period holds. */
export const FIRST_CARDS = 8;
/** Cards added each time the reader nears the last drawn one. */
export const BATCH = 8;

/**
 * How many cards should be drawn: at least `drawn`, enough to include the card at `mustInclude`
 * (-1: none) with a batch after it, and never more than `total`.
 */
export function cardsToDraw(drawn: number, total: number, mustInclude = -1): number {
  const wanted = mustInclude < 0 ? Math.max(drawn, FIRST_CARDS) : Math.max(drawn, mustInclude + 1 + BATCH);
  return Math.min(total, wanted);
}

/** Where a key moves the focus from the card at `index` among `total`; null when the key is not ours. */
export function cardAfterKey(key: string, index: number, total: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(total - 1, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
}
