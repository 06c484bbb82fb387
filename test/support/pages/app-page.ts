import type { Locator, Page } from 'playwright-core';
import type { TrackedPage } from '../browser';

/** A heading's name: exact text, or a pattern. */
export type HeadingName = string | RegExp;

const MONTH_NAME = new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' });

/** A month's Swedish name, as the pages write it (8: augusti). */
export function monthName(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new Error(`No month ${String(month)}`);
  }
  return MONTH_NAME.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** The page's level-1 heading with this name. */
export const pageHeading = (page: Page, name: HeadingName): Locator =>
  page.getByRole('heading', { level: 1, name });

/**
 * Opens a path of the app and returns once the level-1 heading with this name is drawn.
 * Every page model opens its page through here, and moves on through `clickThrough`: a step
 * never begins before the page it acts on is there.
 */
export async function openPage(tab: TrackedPage, path: string, heading: HeadingName) {
  await tab.goto(path);
  await pageHeading(tab.page, heading).waitFor();
}

/**
 * Clicks what leads to another page and returns once that page's level-1 heading with this
 * name is drawn: until then the previous page's links are still there, and a click on one of
 * them would act on the page being left.
 */
export async function clickThrough(
  page: Page,
  target: Locator,
  heading: HeadingName,
): Promise<void> {
  await target.click();
  await pageHeading(page, heading).waitFor();
}

/** A tab in another browser (a colleague's), signed in as a demo user. */
export interface OtherBrowser {
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Opens the address `page` is at in another browser context (no cookies shared), signed in as a
 * demo user through the API, as a colleague would have the same page open.
 */
export async function openInOtherBrowser(page: Page, username: string): Promise<OtherBrowser> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const other = await browser.newContext();
  try {
    const signedIn = await other.request.post(new URL('/api/session', page.url()).toString(), {
      data: { username, password: `demo-${username}` },
    });
    if (!signedIn.ok()) {
      throw new Error(`Sign-in as ${username} failed: ${String(signedIn.status())}`);
    }
    const otherPage = await other.newPage();
    await otherPage.goto(page.url());
    return { page: otherPage, close: () => other.close() };
  } catch (error) {
    await other.close();
    throw error;
  }
}
