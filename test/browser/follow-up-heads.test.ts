import { describe, expect, test } from 'vitest';
import { chromiumAvailable, readTable } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { FollowUpPage } from '../support/pages/follow-up-page';

/** A department head's Månadsuppföljning: the controller's table, for their department only. */
describe.skipIf(!chromiumAvailable())('A head’s follow-up in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'avdelningschef' });

  test('the avdelningschef sees Avdelning unga with its units in the controller’s columns', async () => {
    const tab = currentTab();
    const { page } = tab;
    const month = await FollowUpPage.open(tab, 2023, 8);
    const table = page.getByRole('table', { name: /^Dina enheter: Avdelning unga, augusti 2023/ });
    await table.waitFor();
    const read = await readTable(table);
    expect(read.head).toEqual([
      'Enhet',
      'Utfall ack.',
      'Budget ack.',
      'Avvikelse',
      'Avvikelse föregående månad',
      'Budget helår',
      'Prognos',
      'Prognosavvikelse',
      'Förändring mot föregående prognos',
      'Status',
      'Detaljer',
    ]);
    const [department, ...units] = read.rows;
    expect(department?.[0]).toBe('Avdelning unga');
    expect(units.map((row) => row[0])).toContain('Utredning ungdom');
    // Every unit has a status; the department's sum row has none. No board total for a part.
    expect(
      units.every((row) => /^(Ej påbörjad|Utkast|Inlämnad|Godkänd|Återskickad)/.test(row[9] ?? '')),
    ).toBe(true);
    expect(department?.[9]).toBe('');
    expect(await table.locator('tfoot').count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(1);
    await expectAccessible(page);
    await tab.screenshot('uppfoljning-avdelningschef');

    await month.openReport(
      table.getByRole('link', { name: 'Utredning ungdom', exact: true }),
      'Utredning ungdom',
    );
  });
});
