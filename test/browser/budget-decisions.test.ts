import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces } from '../support/browser';
import { acceptRefusedLoads, expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { BudgetPage } from '../support/pages/budget-page';

describe.skipIf(!chromiumAvailable())('Beslut under året in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'ek-controller' });

  test('the controller sees 003’s decisions, is refused a decision in a published month, adds one, distributes it and removes it', async () => {
    const tab = currentTab();
    const { page } = tab;
    await BudgetPage.open(tab, 2025);
    const section = page.getByRole('region', { name: 'Beslut under året 2025' });
    const table = section.getByRole('table', { name: 'Beslut under året 2025' });
    await table.waitFor();
    const rows = async () =>
      (await table.getByRole('row').allInnerTexts()).map((text) =>
        normaliseSpaces(text).replace(/\s+/g, ' ').trim(),
      );
    expect((await rows()).slice(1)).toEqual([
      'KS 2025-02-12 § 34 2025-02-12 KS Kommunbidrag 47 Kapitaltjänst och hyror för färdigställda investeringar Över hela året Ta bort',
      'KF 2025-03-26 § 48 2025-03-26 KF Investeringsbudget, Reinvestering: Inventarier 500 Justering av investeringsbudget Över hela året Ta bort',
    ]);
    await section
      .getByText('Kommunbidrag 2025: 766 803 tkr i budget, 766 850 tkr efter årets beslut.')
      .waitFor();
    await expectAccessible(page);

    // April is published: a decision dated then is refused at the date, and nothing is added.
    await section.getByLabel('Beslutsreferens').fill('KS 2025-04-16 § 50');
    await section.getByLabel('Beslutsdatum').fill('2025-04-16');
    await section.getByLabel('Belopp (tkr)').fill('-1 600');
    await section.getByLabel('Orsak', { exact: true }).selectOption({ label: 'PO-påslag' });
    await section.getByRole('button', { name: 'Registrera beslutet' }).click();
    await section
      .getByText(/Beslutsdatum ligger i en månad vars månadsrapport redan är publicerad/)
      .first()
      .waitFor();
    acceptRefusedLoads(tab, 400, 1);
    expect(await rows()).toHaveLength(3);

    // In May it is taken: the kommunbidrag after the year's decisions falls by 1 600 tkr.
    await section.getByLabel('Beslutsdatum').fill('2025-05-14');
    await section.getByRole('button', { name: 'Registrera beslutet' }).click();
    await section
      .getByText('Kommunbidrag 2025: 766 803 tkr i budget, 765 250 tkr efter årets beslut.')
      .waitFor();
    await section
      .getByRole('status')
      .getByText('Beslutet är registrerat (3 beslut 2025).')
      .waitFor();
    expect((await rows()).at(-1)).toBe(
      'KS 2025-04-16 § 50 2025-05-14 KS Kommunbidrag -1 600 PO-påslag Från beslutsmånaden Ta bort',
    );
    await expectAccessible(page);

    // The May decision distributed to Övergripande as a budget adjustment: nothing left over.
    const may = page.getByRole('region', { name: 'Fördelning på enheter: KS 2025-04-16 § 50' });
    await may.getByText('Ej fördelat -1 600 tkr.').waitFor();
    await may.getByLabel('Enhet').selectOption({ label: '7302 Övergripande' });
    await may.getByLabel('Andel (tkr)').fill('-1 600');
    await may.getByRole('button', { name: 'Fördela' }).click();
    await may.getByText('Ej fördelat 0 tkr.').waitFor();
    await section.getByText('Ej fördelat på enheter: 47 tkr.').waitFor();
    // April is published: 003's KS decision, phased over the whole year, stays undistributed.
    const february = page.getByRole('region', {
      name: 'Fördelning på enheter: KS 2025-02-12 § 34',
    });
    await february.getByLabel('Enhet').selectOption({ label: '7302 Övergripande' });
    await february.getByLabel('Andel (tkr)').fill('47');
    await february.getByRole('button', { name: 'Fördela' }).click();
    await february
      .getByText(
        /Beslutet skulle ändra budgeten i en månad vars månadsrapport redan är publicerad och först behöver öppnas igen \(april\)/,
      )
      .first()
      .waitFor();
    acceptRefusedLoads(tab, 400, 1);
    await february.getByText('Ej fördelat 47 tkr.').waitFor();

    await section.getByRole('button', { name: 'Ta bort KS 2025-04-16 § 50' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort beslutet' }).click();
    await section
      .getByText('Kommunbidrag 2025: 766 803 tkr i budget, 766 850 tkr efter årets beslut.')
      .waitFor();
    expect(await rows()).toHaveLength(3);

    // The operating statement at April names the kommunbidrag as budgeted and as revised.
    await tab.goto('/driftredovisning?ar=2025&manad=4');
    await page
      .getByText(
        'Kommunbidraget är ändrat genom beslut under året: 766 803 tkr i budget, 766 850 tkr efter besluten till och med april',
      )
      .waitFor();
  });
});
