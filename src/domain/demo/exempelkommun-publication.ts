import type { Month } from '../kernel/period';

/** A month of a demo municipality that its controller has published (and so locked). */
export interface DemoPublication {
  readonly year: number;
  readonly month: Month;
  /** When, ISO time in UTC. */
  readonly at: string;
  /** Who, by user name (one of the municipality's demo users). */
  readonly byUsername: string;
}

/**
 * Exempelkommun's published months: 003's report for April 2025, published by the controller
 * in the middle of May, so a nämndledamot has a report to read and the month is locked.
 */
export const EXEMPELKOMMUN_PUBLICATIONS: readonly DemoPublication[] = [
  { year: 2025, month: 4, at: '2025-05-13T08:00:00.000Z', byUsername: 'ek-controller' },
];

/**
 * Alingsås (demo)'s published months: July 2023, published by the controller in late August,
 * so its nämndledamot has a report to read; August 2023, the month with the latest actuals,
 * stays open for the units and the controller.
 */
export const ALINGSAS_PUBLICATIONS: readonly DemoPublication[] = [
  { year: 2023, month: 7, at: '2023-08-22T08:00:00.000Z', byUsername: 'controller' },
];
