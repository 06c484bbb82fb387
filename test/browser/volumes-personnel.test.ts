import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, readTable, rowValues } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { openPage } from '../support/pages/app-page';

/** The table with this accessible name once it is drawn, read. */
async function tableOf(page: Page, name: string | RegExp) {
  const table = page.getByRole('table', { name });
  await table.waitFor();
  return readTable(table);
}

/**
 * Volymer och personal in Chromium, on Alingsås's demo: the controller reads the placements,
 * the financial assistance (001: 139 long-term households in 2022) and the reports of concern
 * (001: +41 %) and the sick leave (001: 8,2 % January–July 2023, -3,0 against 2022), and picks a
 * unit whose small groups are "–"; HR reads the sick leave; the enhetschef of 8113 sees her
 * unit's placements and no sick leave; a nämndledamot the board's volumes and no sick leave.
 */

const TITLE = 'Volymer och personal Socialnämnden';
const JULY_2023 = '/volymer-och-personal?ar=2023&manad=7';
const AUGUST_2023 = '/volymer-och-personal?ar=2023&manad=8';
const SICK_LEAVE = 'Sjukfrånvaro januari–juli 2023, Socialnämnden';
const UNIT_8131 = 'Enhet 8131 Administration';
const PLACEMENTS = 'Placeringar per enhet januari–augusti 2023';

const section = (page: Page, heading: string): Locator =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });

const headings = (page: Page) => page.getByRole('heading', { level: 2 }).allInnerTexts();

describe.skipIf(!chromiumAvailable())('Volymer och personal in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the controller reads every section and a unit’s sick leave with its small groups', async () => {
    const tab = currentTab();
    const { page } = tab;
    // Översikt first: the start address redirects there, and a menu click made before the
    // redirect would be overtaken by it.
    await openPage(tab, '/oversikt', 'Översikt');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Volymer och personal' })
      .click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // By default the latest month with imported volumes: August 2023.
    expect(await page.getByLabel('År', { exact: true }).inputValue()).toBe('2023');
    expect(await page.getByLabel('Månad', { exact: true }).inputValue()).toBe('8');
    const placements = await tableOf(page, PLACEMENTS);
    expect(placements.head).toEqual([
      'Enhet',
      'Placeringar',
      'Vårddygn hittills',
      'Kostnad hittills',
      'Prognos resten av året',
      'Prognos helår',
    ]);
    expect(placements.rows.map((row) => row[0]?.slice(0, 4))).toEqual([
      '8112',
      '8113',
      '8115',
      '8121',
      '8125',
      'Summ',
    ]);
    const assistance = await tableOf(page, 'Ekonomiskt bistånd per månad januari–augusti 2023');
    expect(assistance.head).toEqual([
      'Månad',
      'Hushåll',
      'Utbetalt',
      'Per hushåll',
      'Hushåll 2022',
      'Förändring hushåll',
    ]);
    expect(assistance.rows.map((row) => row[0])).toEqual([
      'januari',
      'februari',
      'mars',
      'april',
      'maj',
      'juni',
      'juli',
      'augusti',
      'Summa jan–aug',
    ]);
    expect(await section(page, 'Ekonomiskt bistånd').innerText()).toContain('139 hushåll');
    const volumes = await tableOf(page, 'Övriga volymer januari–augusti 2023');
    expect(volumes.rows[0]).toEqual([
      'orosanmälningar',
      '8111 Mottagning',
      '846',
      '600',
      '+41,0 %',
    ]);

    await openPage(tab, JULY_2023, TITLE);
    const sick = await tableOf(page, SICK_LEAVE);
    expect(sick.head).toEqual(['Sjukfrånvaro', '2023', '2022', 'Differens']);
    expect(rowValues(sick, 'Total sjukfrånvaro')).toEqual(['8,2', '11,2', '-3,0']);
    await expectAccessible(page);
    await page.evaluate('window.scrollTo(0, 0)');
    await tab.screenshot('volymer-controller');

    const sickSection = section(page, 'Sjukfrånvaro');
    await sickSection.getByLabel('Visa för').selectOption({ label: UNIT_8131 });
    const unitTable = sickSection.getByRole('table', {
      name: /^Sjukfrånvaro januari–juli 2023, enhet 8131/,
    });
    await unitTable.waitFor();
    const unit = await readTable(unitTable);
    expect(unit.rows.flat()).toContain('–');
    expect(await sickSection.innerText()).toContain('– = färre än 5 anställda i gruppen');
    expect(new URL(page.url()).searchParams.get('enhet')).not.toBeNull();
    await expectAccessible(page);
    await sickSection.scrollIntoViewIfNeeded();
    await tab.screenshot('volymer-controller-enhet');
  });

  test('HR reads the sick leave beside the volumes', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('hr');
    await openPage(tab, JULY_2023, TITLE);
    const sick = await tableOf(page, SICK_LEAVE);
    expect(rowValues(sick, 'Kvinnor')).toEqual(['9,8', '12,7', '-2,9']);
    expect(await headings(page)).toEqual([
      'Sjukfrånvaro',
      'Placeringar',
      'Ekonomiskt bistånd',
      'Övriga volymer',
    ]);
    await expectAccessible(page);
    await tab.screenshot('volymer-hr');
  });

  test('the enhetschef of 8113 sees her unit’s placements and no sick leave', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('enhetschef');
    await openPage(tab, AUGUST_2023, TITLE);
    const placements = await tableOf(page, PLACEMENTS);
    expect(placements.rows.map((row) => row[0])).toEqual(['8113 Utredning ungdom', 'Summa']);
    expect(placements.rows[0]?.slice(1)).toEqual(placements.rows[1]?.slice(1));
    expect(await headings(page)).toEqual(['Placeringar', 'Ekonomiskt bistånd', 'Övriga volymer']);
    expect(await page.getByText('Du ser siffrorna för dina egna enheter.').count()).toBe(1);
    await expectAccessible(page);
    await tab.screenshot('volymer-enhetschef');
  });

  test('a nämndledamot reads the board’s volumes and no sick leave', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('ledamot');
    await openPage(tab, AUGUST_2023, TITLE);
    const placements = await tableOf(page, PLACEMENTS);
    expect(placements.rows).toHaveLength(6);
    expect(await headings(page)).toEqual(['Placeringar', 'Ekonomiskt bistånd', 'Övriga volymer']);
    await expectAccessible(page);
    await tab.screenshot('volymer-ledamot');
  });
});
