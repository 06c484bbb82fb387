import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces, readTable } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';

/**
 * Rapporter: a nämndledamot reads the board's published monthly reports. Exempelkommun's demo
 * has April 2025 published by its controller; Alingsås's demo has none.
 */

const mainMenu = async (page: Page): Promise<string[]> => {
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await menu.waitFor();
  return (await menu.getByRole('link').allInnerTexts()).map(normaliseSpaces);
};

describe.skipIf(!chromiumAvailable())('Rapporter in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'ek-ledamot' });

  test('a nämndledamot finds the published April report and downloads it, and nothing else', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/');
    expect(await mainMenu(page)).toEqual(['Översikt', 'Rapporter', 'Mål och nyckeltal']);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Rapporter' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Rapporter Socialnämnden' }).waitFor();
    const table = page.getByRole('table', { name: /^Publicerade månadsrapporter/ });
    await table.waitFor();
    const read = await readTable(table);
    expect(read.head).toEqual(['Rapport', 'Publicerad', 'Ladda ned']);
    expect(read.rows.map((row) => row.slice(0, 2))).toEqual([
      ['Resultatrapport april 2025', '2025-05-13 10:00 av Maria Sjöberg'],
    ]);
    expect(await table.getByRole('link').allTextContents()).toEqual([
      'Word (DOCX) för resultatrapport april 2025',
      'PDF för resultatrapport april 2025',
      'HTML för resultatrapport april 2025',
    ]);
    await expectAccessible(page);
    await tab.screenshot('rapporter-ledamot');

    // The links give the documents, as the browser downloads them.
    const link = table.getByRole('link', { name: 'HTML för resultatrapport april 2025' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/published-reports\/report\?year=2025&month=4&format=html$/);
    const html = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return {
        status: response.status,
        disposition: response.headers.get('content-disposition') ?? '',
        text: await response.text(),
      };
    }, href);
    expect(html.status).toBe(200);
    expect(html.disposition).toMatch(/^attachment;/);
    expect(html.text).toContain('Resultatrapport april 2025');
    const download = page.waitForEvent('download');
    await table.getByRole('link', { name: 'Word (DOCX) för resultatrapport april 2025' }).click();
    expect((await download).suggestedFilename()).toBe('Resultatrapport 2025-04 Socialnämnden.docx');

    // The follow-up is not theirs: the page says so without asking the server.
    await tab.goto('/uppfoljning?ar=2025&manad=4');
    await page.getByRole('heading', { level: 1, name: 'Ingen behörighet' }).waitFor();
    await expectAccessible(page);
  });

  test('a board without a published report says so', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('ledamot');
    await tab.goto('/rapporter');
    await page.getByRole('heading', { level: 1, name: 'Rapporter Socialnämnden' }).waitFor();
    await page
      .getByText(
        'Socialnämnden har ingen publicerad månadsrapport ännu. Rapporten för en månad visas här när controllern har publicerat den.',
      )
      .waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page);
    await tab.screenshot('rapporter-inga-publicerade');
  });
});
