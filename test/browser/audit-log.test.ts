import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, readTable } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';

const RESULTS = 'Händelser som matchar sökningen';

/**
 * Searches and waits until the answer is shown: the log's answer has arrived and the results
 * are no longer busy (aria-busy), so the rows read are the search's, not the ones before it.
 */
async function search(page: Page): Promise<void> {
  await Promise.all([
    page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname.endsWith('/audit-log') &&
        response.request().method() === 'GET',
    ),
    page.getByRole('button', { name: 'Sök', exact: true }).click(),
  ]);
  await page.locator('[aria-labelledby="audit-results-heading"][aria-busy="false"]').waitFor();
}

describe.skipIf(!chromiumAvailable())('Granskningslogg in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'revisor' });

  test('the revisor finds the controller’s sign-in, exports the search, and sees the export logged', async () => {
    const tab = currentTab();
    const { page } = tab;
    // The controller signs in, then the revisor again (the tab's session is the revisor's).
    await tab.signIn('controller');
    await tab.signIn('revisor');

    await tab.goto('/driftredovisning');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Granskningslogg' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/administration/granskningslogg');
    expect(await page.title()).toBe('Granskningslogg – Administration – Nämndkoll');
    await page.getByRole('table', { name: 'Alla händelser' }).waitFor();

    await page.getByLabel('Användare').fill('controller');
    await search(page);
    const table = page.getByRole('table', { name: RESULTS });
    await table.waitFor();
    expect(new URL(page.url()).searchParams.get('anvandare')).toBe('controller');
    const { head, rows } = await readTable(table);
    expect(head).toEqual([
      'Tid',
      'Användare',
      'Händelse',
      'Objekt',
      'Före',
      'Efter',
      'Detaljer',
      'IP-adress',
    ]);
    expect(rows.length).toBeGreaterThan(0);
    for (const cells of rows) expect(cells[1]?.replace(/\s+/g, ' ')).toBe('Karin Ek controller');
    const signIn = rows.find((cells) => cells[2] === 'Inloggning');
    expect(signIn?.[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(signIn?.slice(3, 7).map((cell) => cell.replace(/\s+/g, ' '))).toEqual([
      '– inget',
      '– inget',
      '– inget',
      'Sätt: Lösenord',
    ]);
    expect(await page.getByRole('status').filter({ hasText: 'Visar' }).innerText()).toMatch(
      /^Visar (alla \d+ händelser|den enda händelsen)\.$/,
    );

    await expectAccessible(page);
    await tab.screenshot('granskningslogg');

    // The export has the search's filters, and is itself in the log.
    const exportLink = page.getByRole('link', { name: 'Exportera (CSV)' });
    expect(await exportLink.getAttribute('href')).toMatch(
      /^\/api\/municipalities\/[0-9a-f-]{36}\/audit-log\/export\?user=controller$/,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^granskningslogg-\d{4}-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.getByLabel('Användare').fill('revisor');
    await page
      .getByLabel('Händelse', { exact: true })
      .selectOption({ label: 'Export av granskningsloggen' });
    await search(page);
    expect(new URL(page.url()).searchParams.get('handelse')).toBe('audit-log-export');
    const exports = await readTable(page.getByRole('table', { name: RESULTS }));
    expect(exports.rows).toHaveLength(1);
    expect(exports.rows[0]?.slice(2, 4).map((cell) => cell.replace(/\s+/g, ' '))).toEqual([
      'Export av granskningsloggen',
      'Granskningslogg',
    ]);
    expect(exports.rows[0]?.[6]?.replace(/\s+/g, ' ')).toMatch(
      /^Urval: Användare: controller Rader: \d+$/,
    );
  });

  test('a period that ends before it starts is put right at the field', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/administration/granskningslogg');
    await page.getByRole('table', { name: 'Alla händelser' }).waitFor();
    await page.getByLabel('Från').fill('2026-12-05');
    await page.getByLabel('Till').fill('2026-12-01');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const to = page.getByLabel('Till');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(':focus').getAttribute('id')).toBe('audit-to');
    expect((await page.locator('#audit-to-error').innerText()).replace(/\s+/g, ' ')).toBe(
      'Fel: Till är före Från. Välj en period som slutar efter att den börjar.',
    );
    expect(new URL(page.url()).search).toBe('');
    await expectAccessible(page);
  });
  test('Visa fler shows the next page, and then says all are shown', async () => {
    const tab = currentTab();
    const { page } = tab;
    // One more sign-in than a page holds.
    for (let count = 0; count < 51; count += 1) await tab.signIn('ledamot');
    await tab.signIn('revisor');
    await tab.goto('/administration/granskningslogg?anvandare=ledamot');
    const table = page.getByRole('table', { name: RESULTS });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(50);
    const status = page.getByRole('status').filter({ hasText: 'Visar' });
    expect(await status.innerText()).toBe('Visar 50 av 51 händelser.');
    await page.getByRole('button', { name: 'Visa fler' }).click();
    await page.getByText('Visar alla 51 händelser.').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(51);
    // The button is gone: the focus is on the count instead.
    expect(await page.locator(':focus').innerText()).toBe('Visar alla 51 händelser.');
  });
  test('Kontrollera loggen checks the chains and says they are whole', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/administration/granskningslogg');
    await page.getByRole('heading', { level: 3, name: 'Kontroll av loggen' }).waitFor();
    await page.getByRole('button', { name: 'Kontrollera loggen' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Loggen är hel' });
    await result.waitFor();
    const text = (await result.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(
      /^Loggen är hel: ingen rad har ändrats, tagits bort eller lagts till i efterhand\. Kedjan för Alingsås \(demo\) är hel \(\d+ rad(er)?, nr 1–\d+\)\. Senaste kontrollsumma: nr \d+, ([0-9a-f]{8} ){7}[0-9a-f]{8}\. Installationens kedja \(inloggningar och användare\) är hel \(nr 1–\d+\)\. Senaste kontrollsumma: nr \d+, ([0-9a-f]{8} ){7}[0-9a-f]{8}\. Kontrollerad \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.$/,
    );
    await expectAccessible(page);
    await tab.screenshot('granskningslogg-kontroll');
  });
});
