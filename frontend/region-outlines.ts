/*
 * Pure: which region outlines the map draws. Outlines everywhere all the time would cover the map with
 * overlapping boxes, so a region is outlined only while it matters: every region while the region picker
 * is open or focused (the user is choosing one), the region under the pointer, and the chosen region
 * (drawn bold). The others stay invisible, but their areas can still be clicked.
 */

/** How a region is drawn: bold (chosen), a faint outline, or not at all. */
export type RegionOutline = 'chosen' | 'outlined' | 'hidden';

export class RegionOutlines {
  /** Whether the region picker is open or focused. */
  picking = false;
  /** The region under the pointer, or null. */
  hovered: string | null = null;
  /** The chosen region (the state's), or null. */
  chosen: string | null = null;

  outlineOf(regionId: string): RegionOutline {
    if (regionId === this.chosen) return 'chosen';
    return this.picking || regionId === this.hovered ? 'outlined' : 'hidden';
  }

  /** The regions drawn now, of those given, in their order. */
  drawn(regionIds: string[]): string[] {
    return regionIds.filter((id) => this.outlineOf(id) !== 'hidden');
  }
}
