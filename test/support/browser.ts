import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Locator,
  type Page,
} from 'playwright-core';
import { inject } from 'vitest';
import type { Database } from '#server/db/connect';
import { buildApp } from '#server/http/app';
import { projectRoot } from '#server/project-root';
import { CHROMIUM_PATH } from './chromium-server';
import { APP_ENGINE, openTestDatabase } from './test-database';

export const WEB_ROOT = join(projectRoot(), 'dist', 'web');
export const SCREENSHOT_DIR = join(projectRoot(), 'test-results', 'screenshots');
/**
 * Screenshots are for people to look at, not asserted: taken with NAMNDKOLL_SCREENSHOTS=1 (about
 * a fifth of a second each, seventy in a run).
 */
const TAKE_SCREENSHOTS = process.env.NAMNDKOLL_SCREENSHOTS === '1';

/**
 * Whether the browser tests can run here. Without Chromium they are skipped with a warning,
 * unless NAMNDKOLL_REQUIRE_CHROMIUM=1 (as in CI), where a missing Chromium is a failure.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.NAMNDKOLL_REQUIRE_CHROMIUM === '1') {
    throw new Error(
      `Chromium is required (NAMNDKOLL_REQUIRE_CHROMIUM=1) but ${CHROMIUM_PATH} does not exist`,
    );
  }
  console.warn(`Chromium not found at ${CHROMIUM_PATH}: the browser tests are skipped.`);
  return false;
}

/**
 * Reports CSP violations from inside the page too, as console errors. Playwright's init
 * scripts are injected by the browser itself, so the page's CSP does not block this one.
 */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
});`;

/** A browser tab on the app that records everything that went wrong in it. */
export interface TrackedPage {
  readonly page: Page;
  /** Console errors, uncaught exceptions and CSP violations, in order. */
  readonly problems: string[];
  /** Opens a path of the app (such as /driftredovisning?ar=2023). */
  goto(path: string): Promise<void>;
  /**
   * Signs in as a user (a demo user's password by default) through the API in this tab's
   * browser context, so the session cookie is the browser's own; a previous user is replaced.
   */
  signIn(username: string, password?: string): Promise<void>;
  /** A full-page screenshot in test-results/screenshots/<name>.png (NAMNDKOLL_SCREENSHOTS=1). */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real app on a free port with the demo municipality, and a connection to the run's
 * Chromium to look at it.
 */
export interface BrowserHarness {
  readonly baseUrl: string;
  /** The app's database, to set up what the app itself cannot (a user in two municipalities). */
  readonly database: Database;
  /**
   * A new tab in a fresh browser context (no storage, no cache), signed in as a demo user or,
   * with null, not signed in. The first tab of a user signs in through the API; later ones take
   * that session's cookie, as long as the server still knows it (a sign-out or a password
   * change ends it, and the next tab signs in again).
   */
  newPage(user?: string | null): Promise<TrackedPage>;
  close(): Promise<void>;
}

async function trackedPage(context: BrowserContext, baseUrl: string): Promise<TrackedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    problems.push(`page error: ${error.message}`);
  });
  await page.addInitScript({ content: REPORT_CSP_VIOLATIONS });
  return {
    page,
    problems,
    async goto(path) {
      await page.goto(new URL(path, baseUrl).toString());
    },
    async signIn(username, password = `demo-${username}`) {
      const response = await context.request.post(new URL('/api/session', baseUrl).toString(), {
        data: { username, password },
      });
      if (!response.ok()) {
        throw new Error(`Sign-in as ${username} failed: ${String(response.status())}`);
      }
    },
    async screenshot(name) {
      if (!TAKE_SCREENSHOTS) return;
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close();
    },
  };
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The username the context's session cookie is signed in as, or null. */
async function signedInAs(context: BrowserContext, baseUrl: string): Promise<string | null> {
  const response = await context.request.get(new URL('/api/session', baseUrl).toString());
  if (!response.ok()) return null;
  const { user } = (await response.json()) as { user: { username: string } | null };
  return user?.username ?? null;
}

/** The built app's index.html; fails with what to do when the web app is not built. */
export function readBuiltIndexHtml(): string {
  const indexHtml = join(WEB_ROOT, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(`${indexHtml} is missing: run npm run build:web first`);
  }
  return readFileSync(indexHtml, 'utf8');
}

export async function startBrowserHarness(): Promise<BrowserHarness> {
  readBuiltIndexHtml();
  let database: Database | null = null;
  let browser: Browser | null = null;
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  const close = async (): Promise<void> => {
    await browser?.close();
    await app?.close();
    await database?.close();
  };
  try {
    const endpoint = inject('chromiumEndpoint');
    if (endpoint === null) throw new Error(`The run's Chromium did not start (${CHROMIUM_PATH})`);
    database = await openTestDatabase(APP_ENGINE, 'demo');
    app = await buildApp({ database, webRoot: WEB_ROOT });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    // Closing a connected browser closes the contexts it made and disconnects; the run's
    // Chromium goes on for the other files.
    browser = await chromium.connect(endpoint);
    const running = browser;
    const sessions = new Map<string, StorageState>();
    const newPage = async (user: string | null = null): Promise<TrackedPage> => {
      const storageState = user === null ? undefined : sessions.get(user);
      const context = await running.newContext({ reducedMotion: 'reduce', storageState });
      const tab = await trackedPage(context, baseUrl);
      if (user === null || (storageState && (await signedInAs(context, baseUrl)) === user)) {
        return tab;
      }
      await tab.signIn(user);
      sessions.set(user, await context.storageState());
      return tab;
    };
    return { baseUrl, database, newPage, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** What axe found wrong, short enough to read in a failed assertion. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on the page against WCAG 2.1 A and AA. axe is injected through Playwright's
 * evaluate, which the page's CSP does not govern, so the CSP itself stays in force.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate<boolean>("typeof window.axe === 'object'");
  if (!loaded) await page.evaluate(AXE_SOURCE);
  // Only the violations are wanted: axe then keeps one node of each passed or inapplicable rule
  // instead of all of them, which is most of its time on a page of large tables.
  const options = JSON.stringify({
    runOnly: { type: 'tag', values: WCAG_21_AA_TAGS },
    resultTypes: ['violations'],
  });
  return page.evaluate<AxeViolation[]>(`window.axe.run(document, ${options}).then((results) =>
    results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ') + ' -> ' + node.failureSummary),
    })))`);
}

/**
 * A download's bytes. The browser runs in a server of its own (one for the run), so the file is
 * saved to a folder of the test's rather than read where the browser put it.
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const path = join(
    mkdtempSync(join(tmpdir(), 'namndkoll-download-')),
    download.suggestedFilename(),
  );
  await download.saveAs(path);
  return readFileSync(path);
}

/** Text as shown, with no-break spaces (thousands separators) made ordinary spaces. */
export function normaliseSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ').trim();
}

export interface TableText {
  readonly head: string[];
  /** Every body row's cells (row header first), spaces normalised. */
  readonly rows: string[][];
}

/** The little of a DOM element that readTable uses in the page (the tests have no DOM types). */
interface ElementWithText {
  readonly innerText: string;
  querySelectorAll(selectors: string): ArrayLike<ElementWithText>;
}

/** The visible text of a table's header and body cells. */
export async function readTable(table: Locator): Promise<TableText> {
  // One round trip for the whole table (a locator per row took one per row, each querying
  // the table anew): the same cells as the locators 'thead th', 'tbody tr' and 'th, td' give.
  // The function runs in the page, so it uses nothing from here.
  const text = await table.evaluate((element: unknown) => {
    const root = element as ElementWithText;
    const texts = (host: ElementWithText, selectors: string): string[] =>
      Array.from(host.querySelectorAll(selectors), (cell) => cell.innerText);
    return {
      head: texts(root, 'thead th'),
      rows: Array.from(root.querySelectorAll('tbody tr'), (row) => texts(row, 'th, td')),
    };
  });
  return {
    head: text.head.map(normaliseSpaces),
    rows: text.rows.map((cells) => cells.map(normaliseSpaces)),
  };
}

/** The cells after the label of the body row whose label is `label`. */
export function rowValues(table: TableText, label: string): string[] {
  const row = table.rows.find((cells) => cells[0] === label);
  if (!row) {
    throw new Error(`No row "${label}"; rows: ${table.rows.map((cells) => cells[0]).join(', ')}`);
  }
  return row.slice(1);
}
