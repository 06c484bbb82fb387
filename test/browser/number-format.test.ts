import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import {
  BOARD_TITLE_2023_AUGUST,
  expectAccessible,
  useBrowserTabs,
} from '../support/browser-suite';

/** The figures of a statement row as the page writes them, character for character. */
async function rowCells(page: Page, table: string, label: string): Promise<string[]> {
  const row = page.getByRole('table', { name: table }).getByRole('row', { name: label });
  return row.locator('td').allTextContents();
}

/** The same row as `report operating-statement` prints it (test/cli checks this file). */
function cliCells(label: string): string[] {
  const text = readFileSync(
    new URL('../fixtures/reports/operating-statement-2023-08.txt', import.meta.url),
    'utf8',
  );
  const line = text.split('\n').find((candidate) => candidate.startsWith(label)) ?? '';
  return line.split(/ {2,}/).slice(1);
}

describe.skipIf(!chromiumAvailable())('One number format in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the statement page writes each figure as the command line does', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/driftredovisning');
    await page.getByRole('table', { name: BOARD_TITLE_2023_AUGUST }).waitFor();
    for (const label of ['Personalkostnader', 'Verksamhetens kostnader', 'Årets resultat']) {
      const web = await rowCells(page, BOARD_TITLE_2023_AUGUST, label);
      expect(web).toEqual(cliCells(label));
    }
    expect(await rowCells(page, BOARD_TITLE_2023_AUGUST, 'Personalkostnader')).toContain(
      '-137\u00a0901',
    );
    await tab.screenshot('driftredovisning-alingsas');
  });

  test('Exempelkommun’s statement shows "–" for 2024, which it has no ledger for, no difference and no links there', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('ek-controller');
    await tab.goto('/driftredovisning');
    const title = 'Driftredovisning Socialnämnden, januari–april 2025';
    const table = page.getByRole('table', { name: title });
    await table.waitFor();
    const personnel = await rowCells(page, title, 'Personalkostnader');
    // Forecast 1 600 tkr over 003's: Övergripande's PO difference is the kommunbidrag's forecast.
    expect(personnel.slice(0, 4)).toEqual([
      '-370\u00a0800',
      '-365\u00a0500',
      '5\u00a0300',
      '-118\u00a0887',
    ]);
    expect(personnel.slice(4).map((cell) => cell.slice(0, 1))).toEqual(['–', '']);
    const lastYear = table.getByRole('row', { name: 'Personalkostnader' }).locator('td').nth(4);
    expect(await lastYear.getByRole('link').count()).toBe(0);
    await expectAccessible(page);
    await tab.screenshot('driftredovisning-exempelkommun');
  });
});
