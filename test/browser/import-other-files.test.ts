import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

    // A file with a problem: its line and column in Swedish, and nothing read in.
    const bad = join(mkdtempSync(join(tmpdir(), 'namndkoll-hr-')), 'fel.csv');
    writeFileSync(
      bad,
      'anstallningsnummer;kon;fodelsear;enhet;period;schemalagd_tid;sjuk_dag_1_14;sjuk_dag_15_59;sjuk_dag_60\n' +
        '10011;X;1998;8131;202308;140,52;5,2;2,6;11,58\n',
    );
    await page.getByLabel('Fil', { exact: true }).setInputFiles(bad);
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Inget lästes in' });
    await alert.waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^fel\.csv rad 2, kolumn kon: .*”X”/),
    ]);
    expect((await readTable(history)).rows.length).toBe(before + 1);
    // The refusal (400) is the browser's console error the test expects; no other.
    const refused = tab.problems.filter((problem) => problem.includes('status of 400'));
    expect(refused).toHaveLength(1);
    tab.problems.splice(
      0,
      tab.problems.length,
      ...tab.problems.filter((problem) => !refused.includes(problem)),
    );
  });
});
