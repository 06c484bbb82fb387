import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, readTable, type TrackedPage } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';

/**
 * Översikt, each role's first page, in one browser: every demo user lands on it from the start
 * address and finds their own work there (the controller's month, a head's own units, the
 * nämndledamot's published report, the revisor's log, the administrator's users, organisation
 * and imports), and the Budget page opens on the decided budget of the year.
 */

const heading = (page: Page, level: number, name: string | RegExp) =>
  page.getByRole('heading', { level, name });

/** Signs in, opens the start address and waits for Översikt. */
async function landOnOverview(tab: TrackedPage, username: string): Promise<void> {
  await tab.signIn(username);
  await tab.goto('/');
  await heading(tab.page, 1, 'Översikt').waitFor();
  expect(new URL(tab.page.url()).pathname).toBe('/oversikt');
  await tab.page.getByRole('status').filter({ hasText: 'Hämtar översikten' }).waitFor({
    state: 'detached',
  });
}

const sectionTitles = async (page: Page): Promise<string[]> =>
  page.getByRole('heading', { level: 2 }).allInnerTexts();

describe.skipIf(!chromiumAvailable())('Översikt per role in Chromium', () => {
  const currentTab = useBrowserTabs({ user: null });

  test('the controller lands on the month: who has not handed in, the result, deficits, import', async () => {
    const tab = currentTab();
    const { page } = tab;
    await landOnOverview(tab, 'controller');
    await heading(page, 2, 'Månadsuppföljning augusti 2023').waitFor();
    expect(await sectionTitles(page)).toEqual([
      'Månadsuppföljning augusti 2023',
      'Resultat och prognos',
      'Största negativa prognosavvikelser',
      'Senaste import',
    ]);
    await page.getByText('0 av 11 enheter har lämnat in, 0 är godkända.').waitFor();
    await page.getByText('11 enheter har inte lämnat in för augusti 2023:').waitFor();
    await page.getByRole('link', { name: '8113 Utredning ungdom' }).first().waitFor();
    await page
      .getByRole('img', { name: /resultat/i })
      .first()
      .waitFor();
    const deficits = await readTable(
      page.getByRole('table', { name: /^Största negativa prognosavvikelser/ }),
    );
    expect(deficits.head.slice(0, 2)).toEqual(['Enhet', 'Avvikelse prognos/budget']);
    expect(deficits.rows.length).toBeGreaterThan(0);
    expect(deficits.rows.length).toBeLessThanOrEqual(5);
    await page.getByText('Demodata').first().waitFor();
    // Not the other roles' parts.
    expect(await heading(page, 2, /^Dina enheter/).count()).toBe(0);
    expect(await heading(page, 2, 'Granskningsloggen').count()).toBe(0);
    await expectAccessible(page);
    await tab.screenshot('oversikt-controller');

    // A missing unit's link opens its report for the month.
    await page.getByRole('link', { name: '8113 Utredning ungdom' }).first().click();
    await heading(page, 1, 'Uppföljning Utredning ungdom, augusti 2023').waitFor();
  });

  test('a unit head sees their own unit and what is asked of them, no other unit', async () => {
    const tab = currentTab();
    const { page } = tab;
    await landOnOverview(tab, 'enhetschef');
    expect(await sectionTitles(page)).toEqual(['Dina enheter, augusti 2023']);
    const table = await readTable(page.getByRole('table', { name: /^Dina enheters/ }));
    expect(table.rows.map((row) => row.slice(0, 2))).toEqual([
      ['8113 Utredning ungdom', 'Ej påbörjad'],
    ]);
    expect(table.rows[0]?.at(-1)).toMatch(/lämna in\.$/i);
    await expectAccessible(page);
    await tab.screenshot('oversikt-enhetschef');
  });

  test('an avdelningschef sees the department’s units only', async () => {
    const tab = currentTab();
    const { page } = tab;
    await landOnOverview(tab, 'avdelningschef');
    const table = await readTable(page.getByRole('table', { name: /^Dina enheters/ }));
    const codes = table.rows.map((row) => row[0]?.slice(0, 4));
    expect(codes.length).toBeGreaterThan(1);
    expect(codes.every((code) => code?.startsWith('811'))).toBe(true);
    await expectAccessible(page);
    await tab.screenshot('oversikt-avdelningschef');
  });

  test('the nämndledamot finds the published July report and the board’s statement', async () => {
    const tab = currentTab();
    const { page } = tab;
    await landOnOverview(tab, 'ledamot');
    expect(await sectionTitles(page)).toEqual([
      'Senaste publicerade rapporter',
      'Driftredovisning Socialnämnden, jan–juli 2023',
    ]);
    const statement = await readTable(
      page.getByRole('table', { name: /^Driftredovisning Socialnämnden/ }),
    );
    expect(statement.rows.map((row) => row[0])).toContain('Årets resultat');
    await expectAccessible(page);
    await tab.screenshot('oversikt-ledamot');

    await page.getByRole('link', { name: 'Resultatrapport juli 2023' }).click();
    await heading(page, 1, 'Resultatrapport juli 2023, Socialnämnden').waitFor();
    await page.locator('.report table').first().waitFor();
    await expectAccessible(page);
    await tab.screenshot('rapport-juli-2023');
  });

  test('the revisor sees the latest log rows, the documents made and the published reports', async () => {
    const tab = currentTab();
    const { page } = tab;
    await landOnOverview(tab, 'revisor');
    expect(await sectionTitles(page)).toEqual([
      'Senaste publicerade rapporter',
      'Granskningsloggen',
    ]);
    const latest = await readTable(page.getByRole('table', { name: 'Senaste händelserna' }));
    expect(latest.head).toEqual(['Tid', 'Vem', 'Händelse']);
    expect(latest.rows.length).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Öppna granskningsloggen' }).waitFor();
    await expectAccessible(page);
    await tab.screenshot('oversikt-revisor');
  });

  test('the administrator sees users, organisation and each municipality’s imports', async () => {
    const tab = currentTab();
    const { page } = tab;
    await landOnOverview(tab, 'admin');
    expect(await sectionTitles(page)).toEqual(['Användare', 'Organisation', 'Import av bokföring']);
    await heading(page, 3, 'Alingsås (demo)').waitFor();
    await heading(page, 3, 'Exempelkommun').waitFor();
    // The units no head holds a role for: none of 811's (its avdelningschef's).
    await heading(page, 3, 'Enheter utan enhetschef eller avdelningschef').waitFor();
    await page.getByText('8121 Utredning vuxen', { exact: true }).waitFor();
    expect(await page.getByText('8113 Utredning ungdom', { exact: true }).count()).toBe(0);
    await expectAccessible(page);
    await tab.screenshot('oversikt-admin');
  });

  test('Exempelkommun’s users land on their own board’s month, unit and report', async () => {
    const tab = currentTab();
    const { page } = tab;
    await landOnOverview(tab, 'ek-controller');
    await heading(page, 2, 'Månadsuppföljning april 2025').waitFor();
    await page.getByText(/Månaden är publicerad\./).waitFor();
    await tab.screenshot('oversikt-ek-controller');

    await landOnOverview(tab, 'ek-enhetschef');
    const units = await readTable(page.getByRole('table', { name: /^Dina enheters/ }));
    expect(units.rows.map((row) => row[0])).toEqual(['7104 Utredningsenhet ungdom']);
    expect(units.rows[0]?.at(-1)).toBe('Månaden är publicerad och låst.');
    await tab.screenshot('oversikt-ek-enhetschef');

    await landOnOverview(tab, 'ek-ledamot');
    await page.getByRole('link', { name: 'Resultatrapport april 2025' }).waitFor();
    await expectAccessible(page);
    await tab.screenshot('oversikt-ek-ledamot');
  });

  test('Budget opens on this year’s decided budget, the one the follow-up uses', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('controller');
    // The browser's clock in the demo's budget year (the page takes the year from it).
    await page.clock.setFixedTime(new Date('2026-03-10T09:00:00+01:00'));
    await tab.goto('/budget');
    await heading(page, 1, 'Budget 2026 Socialnämnden').waitFor();
    // The demo's decided Budget 2026 is in the follow-up: opened as its grid.
    await heading(page, 2, 'Budget 2026').waitFor();
    await page
      .getByRole('table', { name: /^Budget 2026/ })
      .first()
      .waitFor();
    expect(await page.getByText(/Det finns ingen budget för/).count()).toBe(0);
    await expectAccessible(page);
    await tab.screenshot('budget-controller');
  });
});
