import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces, rowValues } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { StatementPage } from '../support/pages/statement-page';

describe.skipIf(!chromiumAvailable())('A figure’s transactions in Chromium', () => {
  const currentTab = useBrowserTabs();

  test('only the actuals lead to transactions', async () => {
    const tab = currentTab();
    const { page } = tab;
    await (await StatementPage.open(tab, { year: 2023, month: 8 })).table();
    const row = page.getByRole('row', { name: /^Personalkostnader/ });
    // The label leads to the accounts; of the six figures only the two actuals are links.
    expect(await row.getByRole('link').count()).toBe(3);
    const links = row.getByRole('link', { name: /visa transaktionerna$/ });
    expect(await links.count()).toBe(2);
    const hrefs = await Promise.all([0, 1].map((index) => links.nth(index).getAttribute('href')));
    expect(
      hrefs.map((href) => new URL(href ?? '', 'http://x').searchParams.get('verifikat')),
    ).toEqual(['actual', 'actualPreviousYear']);
    // Subtotals and totals are sums of groups: nothing of their own to trace.
    const total = page.getByRole('row', { name: /^Verksamhetens nettokostnader/ });
    expect(await total.getByRole('link').count()).toBe(0);
  });

  test('a group’s transactions are shown 200 at a time and sum to the statement’s figure', async () => {
    const tab = currentTab();
    const { page } = tab;
    const statement = await StatementPage.open(tab, { year: 2023, month: 8 });
    const board = await statement.table();
    const lastYear = rowValues(board, 'Köp av tjänster')[4];
    const title = await statement.transactions(
      page
        .getByRole('row', { name: /^Köp av tjänster/ })
        .getByRole('link', { name: /visa transaktionerna/ })
        .nth(1),
      'Socialnämnden',
      'januari–augusti 2022',
    );
    const table = page.getByRole('table', { name: title });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(200);
    const status = page.getByRole('status').filter({ hasText: /^Visar/ });
    expect(normaliseSpaces(await status.innerText())).toMatch(/^Visar 200 av \d+ transaktioner\.$/);
    const summary = normaliseSpaces(await page.locator('.facts').innerText());
    expect(summary).toContain(`(${lastYear ?? ''} tkr)`);
    expect(summary).toContain('Utfall föregående år');
    await expectAccessible(page);
    await tab.screenshot('transaktioner-kontogrupp');

    const more = page.getByRole('button', { name: 'Visa fler' });
    await more.click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(400);
    expect(await page.locator(':focus').innerText()).toBe('Visa fler');
    while ((await more.count()) > 0) {
      const shown = await table.locator('tbody tr').count();
      await more.click();
      await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(shown);
    }
    expect(normaliseSpaces(await status.innerText())).toMatch(/^Visar alla \d+ transaktioner\.$/);
    expect(await page.locator(':focus').innerText()).toMatch(/^Visar alla/);
    // Back to the statement through the breadcrumb.
    await statement.upTo('Socialnämnden');
    expect(new URL(page.url()).searchParams.get('verifikat')).toBeNull();
  });
});
