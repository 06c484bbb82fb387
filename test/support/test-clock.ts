import type { Clock } from '#server/clock';

/** A clock a test moves by hand, so that no test waits for time to pass. */
export interface TestClock extends Clock {
  advanceSeconds(seconds: number): void;
  advanceMinutes(minutes: number): void;
  /** Sets the time to an ISO moment. */
  set(iso: string): void;
}

export function testClock(start: string): TestClock {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    advanceSeconds: (seconds) => {
      now += seconds * 1000;
    },
    advanceMinutes: (minutes) => {
      now += minutes * 60_000;
    },
    set: (iso) => {
      now = Date.parse(iso);
    },
  };
}
