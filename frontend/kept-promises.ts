/*
 * Promises kept by key: the work is started on the first call and shared by every later one, and a
 * failed one is forgotten, so the next call tries again (a download that failed offline, for example).
 */
export class KeptPromises<K, T> {
  private readonly kept = new Map<K, Promise<T>>();

  get(key: K, start: () => Promise<T>): Promise<T> {
    let promise = this.kept.get(key);
    if (!promise) {
      promise = start();
      const started = promise;
      // Only forget this one, not one started since.
      started.catch(() => {
        if (this.kept.get(key) === started) this.kept.delete(key);
      });
      this.kept.set(key, started);
    }
    return promise;
  }
}
