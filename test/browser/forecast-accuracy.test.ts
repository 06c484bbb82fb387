import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { generateDemoDataset } from '#domain/demo/demo-dataset';
import { roundToTkr, subtractOre, sumOre } from '#domain/kernel/money';
import { chromiumAvailable, normaliseSpaces, readTable, rowValues } from '../support/browser';
import { expectAccessible, tkr, useBrowserTabs } from '../support/browser-suite';

/**
 * Uppföljning › Prognossäkerhet in the demo: 2022 is closed (actuals January-December) and
 * its units forecast every month but January, July and December (Våld i nära relationer in
 * tertials); 2023 has actuals through August only.
 */

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const accuracyTable = (page: Page) =>
  page.getByRole('table', { name: /^Prognossäkerhet per enhet 2022/ });

/** A unit's error at a report month of 2022 as the page writes it: +1 234 or -567 tkr. */
function expectedError(unitCode: string, month: number): string {
  const demo = generateDemoDataset();
  const forecast = sumOre(
    demo.forecasts
      .find((each) => each.year === 2022 && each.reportMonth === month)
      ?.lines.filter((line) => line.unitCode === unitCode)
      .map((line) => line.amount) ?? [],
  );
  const actual = sumOre(
    demo.transactions
      .filter((each) => each.unitCode === unitCode && each.date.startsWith('2022'))
      .map((each) => each.amount),
  );
  const error = roundToTkr(subtractOre(forecast, actual));
  return error > 0 ? `+${tkr(error)}` : tkr(error);
}

describe.skipIf(!chromiumAvailable())('Prognossäkerhet in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the controller sees each unit’s forecast error per month and ranks the units', async () => {
    const tab = currentTab();
    const { page } = tab;

    // The tab of Uppföljning, keeping the chosen year.
    await tab.goto('/uppfoljning?ar=2022&manad=12');
    await page
      .getByRole('navigation', { name: 'Uppföljning' })
      .getByRole('link', { name: 'Prognossäkerhet' })
      .click();
    await heading(page, 'Prognossäkerhet Socialnämnden 2022').waitFor();
    expect(new URL(page.url()).pathname).toBe('/prognossakerhet');

    const table = accuracyTable(page);
    await table.waitFor();
    const text = await readTable(table);
    // Enhet, nine report months, Utfall, Medelfel, Medelfel i %, Plats.
    expect(text.head).toHaveLength(14);
    expect(text.head[1]).toContain('feb');
    const mottagning = rowValues(text, 'Mottagning');
    expect(mottagning[0]).toBe(expectedError('8111', 2));
    expect(mottagning[8]).toBe(expectedError('8111', 11));
    expect(mottagning[11]).toMatch(/^\d+,\d %$/);
    // Våld i nära relationer forecast in April, August and October only.
    const vald = rowValues(text, 'Våld i nära relationer');
    expect(vald[0]).toMatch(/^–\s*ingen prognos$/);
    expect(vald[2]).toBe(expectedError('8125', 4));
    expect(normaliseSpaces((await table.locator('tfoot').innerText()).split('\t')[0] ?? '')).toBe(
      'Hela nämnden',
    );
    await expectAccessible(page);
    await tab.screenshot('prognossakerhet-organisation');

    // The most accurate first, then the least.
    await page.getByLabel('Sortering').selectOption({ label: 'Träffsäkrast först' });
    const best = accuracyTable(page);
    await page.getByRole('table', { name: /, träffsäkrast först\./ }).waitFor();
    const places = (await readTable(best)).rows.map((row) => row.at(-1));
    expect(places).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(new URL(page.url()).searchParams.get('sortering')).toBe('traffsakrast');
    await page.getByLabel('Sortering').selectOption({ label: 'Minst träffsäker först' });
    await page.getByRole('table', { name: /, minst träffsäker först\./ }).waitFor();
    expect((await readTable(accuracyTable(page))).rows[0]?.at(-1)).toBe('11');
    await expectAccessible(page);

    // A year not closed says so.
    await page.getByLabel('År').selectOption('2023');
    await heading(page, 'Prognossäkerhet Socialnämnden 2023').waitFor();
    await page
      .getByText(
        'Året är inte avslutat – prognossäkerheten visas när årets alla månader är bokförda/importerade.',
        { exact: false },
      )
      .waitFor();
    await page.getByText('Utfall finns för 8 av årets 12 månader.', { exact: false }).waitFor();
    await expectAccessible(page);
  });
});
