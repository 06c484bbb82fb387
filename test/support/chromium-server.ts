import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * One Chromium for the whole run, which every browser test file connects to (each file's
 * tabs in browser contexts of its own: no cookies, storage or cache shared); null when
 * Chromium is not installed (the browser tests then skip or fail, as chromiumAvailable says).
 */
export async function launchSharedChromium(): Promise<BrowserServer | null> {
  if (!existsSync(CHROMIUM_PATH)) return null;
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
