/*
 * One object shared by every user of the same group name, kept while one of them uses it: maps with
 * the same view-group attribute share one OpenLayers View (the compare view), so panning or zooming
 * one moves the other exactly. No group: each user gets its own.
 */
export class SharedByGroup<T> {
  private readonly shared = new Map<string, { value: T; users: number }>();
  private readonly create: () => T;

  // No parameter property: Node runs this file's tests by stripping types only.
  constructor(create: () => T) {
    this.create = create;
  }

  /** The group's object (made on first use), counting one more user; a new object when there is no group. */
  acquire(group: string | null): T {
    if (!group) return this.create();
    const entry = this.shared.get(group) ?? { value: this.create(), users: 0 };
    entry.users++;
    this.shared.set(group, entry);
    return entry.value;
  }

  /** One user fewer; the last one to leave forgets the object. */
  release(group: string | null): void {
    const entry = group ? this.shared.get(group) : undefined;
    if (entry && --entry.users <= 0) this.shared.delete(group!);
  }

  /** How many use the group's object now. */
  users(group: string): number {
    return this.shared.get(group)?.users ?? 0;
  }
}
