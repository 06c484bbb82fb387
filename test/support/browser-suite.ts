import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import {
  axeViolations,
  readTable,
  startBrowserHarness,
  type BrowserHarness,
  type TableText,
  type TrackedPage,
} from './browser';

/** The board's statement title for the reference period (2023 through August). */
export const BOARD_TITLE_2023_AUGUST = 'Driftredovisning Socialnämnden, januari–augusti 2023';

/** Whole tkr as the reference document writes them: -137 901 (here with ordinary spaces). */
export const tkr = (value: number): string =>
  (value < 0 ? '-' : '') + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/**
 * Takes the refused loads a test expects (the console reports each) off the tab's problems,
 * asserting how many there were, so that only unexpected ones fail the test.
 */
export function acceptRefusedLoads(tab: TrackedPage, status: number, count: number): void {
  const refused = tab.problems.filter((problem) => problem.includes(`status of ${String(status)}`));
  expect(refused).toHaveLength(count);
  tab.problems.splice(0, tab.problems.length, ...tab.problems.filter((p) => !refused.includes(p)));
}

/** Asserts that axe finds nothing against WCAG 2.1 AA, printing what it found if it does. */
export async function expectAccessible(page: Page): Promise<void> {
  // Figures being replaced are dimmed (aria-busy): check what the user reads once they are in.
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  const violations = await axeViolations(page);
  if (violations.length > 0) console.error(JSON.stringify(violations, null, 2));
  expect(violations).toEqual([]);
}

/** Waits for the table with this accessible name and reads its text. */
export async function waitForTable(page: Page, title: string): Promise<TableText> {
  const table = page.getByRole('table', { name: title });
  await table.waitFor();
  return readTable(table);
}

/**
 * Registers the hooks of a browser suite (call inside describe): one app and Chromium for the
 * suite, a fresh tab per test signed in as the controller (or the user given; the session is
 * signed in once and reused while it lasts), and a failure when a test left console errors,
 * page errors or CSP violations behind. Returns the current test's tab.
 */
export function useBrowserTabs(
  options: {
    /** The demo user each test's tab is signed in as; null: not signed in. */
    readonly user?: string | null;
  } = {},
): () => TrackedPage {
  const user = options.user === undefined ? 'controller' : options.user;
  let harness: BrowserHarness | undefined;
  let tab: TrackedPage | undefined;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    if (!harness) throw new Error('the browser harness did not start');
    tab = await harness.newPage(user);
  });
  afterEach(async () => {
    if (!tab) return;
    const { problems } = tab;
    await tab.close();
    tab = undefined;
    expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
  });
  return () => {
    if (!tab) throw new Error('no tab: useBrowserTabs() gives one inside a test only');
    return tab;
  };
}
