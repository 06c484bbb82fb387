import type { ChangeSignal } from '../db/change-signal';

/** How long a value read from the database is used again without asking: changes made by
 * another process (a second server, the CLI on PostgreSQL) are seen within this time. */
export const RECENT_READ_MS = 1_000;

/** Beyond this many kept values, the ones older than RECENT_READ_MS are dropped. */
const TIDY_ABOVE = 10_000;

/**
 * Values read from the database kept for a short time (RECENT_READ_MS) and dropped whenever
 * this process commits a change, so it always reads its own writes at once, and others' within
 * the time. A read that a commit overtook is not kept: it may be older than the commit.
 */
export class RecentReads<V> {
  private readonly entries = new Map<string, { readonly value: V; readonly readAt: number }>();
  /** Reads under way: requests that ask meanwhile wait for the same read. */
  private readonly reading = new Map<string, Promise<V>>();
  /** Counts the clearings: a read begun before one is not kept after it. */
  private generation = 0;

  constructor(
    changes: ChangeSignal,
    private readonly now: () => number = () => performance.now(),
    private readonly maxAgeMs = RECENT_READ_MS,
  ) {
    changes.listen(() => {
      this.entries.clear();
      // A read under way may be older than the change: later requests read anew.
      this.reading.clear();
      this.generation += 1;
    });
  }

  /** The value for key: kept if read recently, else read (and kept unless `keep` says no). */
  async get(
    key: string,
    read: () => Promise<V>,
    keep: (value: V) => boolean = () => true,
  ): Promise<V> {
    const startedAt = this.now();
    const kept = this.entries.get(key);
    if (kept && startedAt - kept.readAt < this.maxAgeMs) return kept.value;
    const running = this.reading.get(key);
    if (running) return running;
    const generation = this.generation;
    const reading = read();
    this.reading.set(key, reading);
    try {
      const value = await reading;
      if (generation === this.generation && keep(value)) {
        if (this.entries.size >= TIDY_ABOVE) this.tidy(startedAt);
        this.entries.set(key, { value, readAt: startedAt });
      }
      return value;
    } finally {
      this.reading.delete(key);
    }
  }

  private tidy(now: number): void {
    for (const [key, entry] of this.entries) {
      if (now - entry.readAt >= this.maxAgeMs) this.entries.delete(key);
    }
  }
}
