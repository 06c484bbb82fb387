import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces, readTable } from '../support/browser';
import { openPage } from '../support/pages/app-page';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { MAIN_MENU } from '../support/pages/sign-in-page';

/**
 * Rapporter: a nämndledamot reads the board's published monthly reports. Exempelkommun's demo
 * has April 2025 published by its controller; Alingsås's demo July 2023.
 */

const mainMenu = async (page: Page): Promise<string[]> => {
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await menu.waitFor();
  return (await menu.getByRole('link').allInnerTexts()).map(normaliseSpaces);
};

describe.skipIf(!chromiumAvailable())('Rapporter in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'ek-ledamot' });

  test('a nämndledamot finds the published April report and downloads it, and no follow-up', async () => {
    const tab = currentTab();
    const { page } = tab;
    // Översikt first: the start address redirects there, and a menu click made before the
    // redirect would be overtaken by it.
    await openPage(tab, '/oversikt', 'Översikt');
    expect(await mainMenu(page)).toEqual(MAIN_MENU.ledamot);
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
      'Resultatrapport april 2025',
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

  test('the Alingsås nämndledamot reads the published July report in the app', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('ledamot');
    await tab.goto('/rapporter');
    await page.getByRole('heading', { level: 1, name: 'Rapporter Socialnämnden' }).waitFor();
    const table = page.getByRole('table', { name: /^Publicerade månadsrapporter/ });
    await table.waitFor();
    await expectAccessible(page);
    await tab.screenshot('rapporter-alingsas-ledamot');
    await table.getByRole('link', { name: 'Resultatrapport juli 2023', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Resultatrapport juli 2023, Socialnämnden' })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/rapporter/2023/7');
    await page.getByText('Publicerad 2023-08-22 10:00 av Karin Ek. Daterad 2023-08-22.').waitFor();
    // The document's own headings, tables and chart, drawn in the page (no markup from the server).
    await page.getByRole('heading', { level: 2, name: /^\d Resultat$/ }).waitFor();
    expect(await page.locator('.report table').count()).toBeGreaterThan(0);
    await page
      .getByRole('img', { name: /^Resultat ackumulerat 2023/ })
      .first()
      .waitFor();
    expect(
      await page
        .getByRole('list', { name: 'Ladda ned rapporten' })
        .getByRole('link')
        .allInnerTexts(),
    ).toEqual(['Ladda ned Word (DOCX)', 'Ladda ned PDF', 'Ladda ned HTML']);
    await expectAccessible(page);
    await tab.screenshot('rapport-juli-ledamot');

    // A month not published is told as not found.
    await tab.goto('/rapporter/2023/8');
    await page.getByRole('alert').waitFor();
    tab.problems.splice(0, tab.problems.length, ...tab.problems.filter((p) => !p.includes('404')));
  });
});
