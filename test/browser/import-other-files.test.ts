import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, readTable } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { openPage } from '../support/pages/app-page';

const HR_EXPORT = fileURLToPath(new URL('../../examples/hr-export.csv', import.meta.url));

describe.skipIf(!chromiumAvailable())('Reading in other files in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'hr' });

  test('HR reads in the HR export and sees it in the history, and only the HR upload', async () => {
    const tab = currentTab();
    const { page } = tab;
    await openPage(tab, '/import', 'Import');
    const history = page.getByRole('table', { name: 'Tidigare importer' });
    await history.waitFor();
    const before = (await readTable(history)).rows.length;
    const kind = page.getByLabel('Slag av fil');
    expect(await kind.locator('option').allTextContents()).toEqual(['Sjukfrånvaro (HR)']);
    expect(await page.getByRole('heading', { name: 'Läs in bokföring' }).count()).toBe(0);
    await page.getByLabel('Fil', { exact: true }).setInputFiles(HR_EXPORT);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('status').filter({ hasText: 'Läste in 14 rader' }).waitFor();
    await expect.poll(async () => (await readTable(history)).rows.length).toBe(before + 1);
    const rows = (await readTable(history)).rows;
    expect(rows.every((cells) => cells[3] === 'Sjukfrånvaro (HR)')).toBe(true);
    expect(rows[0]?.[2]).toContain('hr-export.csv');
    await expectAccessible(page);
    await tab.screenshot('import-hr');
  });
});
