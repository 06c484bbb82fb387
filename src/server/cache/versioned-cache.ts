/**
 * Answers kept by key and data version: an answer computed at version n is given again while
 * the version read for a request is still n, and computed anew (once, however many requests
 * ask at the same time) when it has moved on. The oldest-used answers are dropped when the
 * cache holds more than its size. The caller reads the version before computing, so an answer
 * is never older than the version it is kept under.
 */
export class VersionedCache<T extends { readonly length: number }> {
  private readonly entries = new Map<string, { version: number; value: T }>();
  private readonly computing = new Map<string, { version: number; value: Promise<T> }>();
  private size = 0;

  /** maxSize: how much the cache may hold, as the answers' lengths (a Buffer's bytes). */
  constructor(private readonly maxSize: number) {}

  async get(key: string, version: number, compute: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key);
    if (kept?.version === version) {
      // Most recently used last: a Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept.value;
    }
    const running = this.computing.get(key);
    if (running?.version === version) return running.value;
    const value = compute();
    this.computing.set(key, { version, value });
    try {
      const answer = await value;
      this.keep(key, version, answer);
      return answer;
    } finally {
      if (this.computing.get(key)?.value === value) this.computing.delete(key);
    }
  }

  /** How many answers are kept (for tests and the benchmark). */
  get count(): number {
    return this.entries.size;
  }

  private keep(key: string, version: number, value: T): void {
    const kept = this.entries.get(key);
    // A slower computation of an older version does not replace a newer answer.
    if (kept && kept.version > version) return;
    if (kept) this.drop(key, kept.value);
    if (value.length > this.maxSize) return;
    this.entries.set(key, { version, value });
    this.size += value.length;
    for (const [oldKey, oldest] of this.entries) {
      if (this.size <= this.maxSize) break;
      this.drop(oldKey, oldest.value);
    }
  }

  private drop(key: string, value: T): void {
    this.entries.delete(key);
    this.size -= value.length;
  }
}
