import { describe, expect, test } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { acceptRefusedLoads, expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { openPage } from '../support/pages/app-page';

describe.skipIf(!chromiumAvailable())('The frame’s other pages in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the account page and a missing page pass axe', async () => {
    const tab = currentTab();
    const { page } = tab;
    const pages: readonly [string, string, string][] = [
      ['/konto', 'Byt lösenord', 'konto'],
      ['/finns-inte', 'Sidan finns inte', 'sidan-finns-inte'],
    ];
    for (const [path, heading, screenshot] of pages) {
      await openPage(tab, path, heading);
      await expectAccessible(page);
      await tab.screenshot(screenshot);
    }
  });
});

describe.skipIf(!chromiumAvailable())('Unit scope in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'enhetschef' });

  test('an enhetschef sees their unit and is refused another unit’s figures', async () => {
    const tab = currentTab();
    const { page } = tab;
    await openPage(tab, '/driftredovisning?ar=2023&manad=8', /^Driftredovisning Utredning ungdom/);
    // Another department's unit, by its id as a controller sees it.
    await tab.signIn('controller');
    const otherUnitId = await page.evaluate(async () => {
      const municipalities = (await (await fetch('/api/municipalities')).json()) as {
        municipalities: { id: string; boards: { id: string }[] }[];
      };
      const municipality = municipalities.municipalities[0];
      const base = `/api/municipalities/${municipality?.id ?? ''}/boards/${municipality?.boards[0]?.id ?? ''}/operating-statement?year=2023&month=8`;
      type Statement = {
        breakdown: { kind: string; orgUnit?: { id: string; code: string } }[];
      };
      const board = (await (await fetch(base)).json()) as Statement;
      const department = board.breakdown.find((row) => row.orgUnit?.code === '812');
      const units = (await (
        await fetch(`${base}&orgUnitId=${department?.orgUnit?.id ?? ''}`)
      ).json()) as Statement;
      return units.breakdown.find((row) => row.orgUnit?.code === '8123')?.orgUnit?.id ?? '';
    });
    expect(otherUnitId).not.toBe('');
    await tab.signIn('enhetschef');
    await tab.goto(`/driftredovisning?ar=2023&manad=8&enhet=${otherUnitId}`);
    await page.getByRole('alert').getByText('Din roll ger inte behörighet till detta.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    acceptRefusedLoads(tab, 403, 1);
    await expectAccessible(page);
    await tab.screenshot('enhetschef-annan-enhet');

    // Pages the role does not open say so without asking the server.
    await openPage(tab, '/administration/anvandare', 'Ingen behörighet');
    await openPage(tab, '/import', 'Ingen behörighet');
    await expectAccessible(page);
  });
});
