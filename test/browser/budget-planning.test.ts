import { describe, expect, test } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { BudgetPage } from '../support/pages/budget-page';

const text = async (locator: { innerText(): Promise<string> }) =>
  (await locator.innerText()).replace(/\s+/g, ' ').trim();

describe.skipIf(!chromiumAvailable())('Planning next year’s budget in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('a controller walks the allocation to 2027 with PKV, volume and a frame adjustment', async () => {
    const tab = currentTab();
    const { page } = tab;
    await BudgetPage.open(tab, 2027);
    const walk = page.getByRole('table', { name: 'Kommunbidragets förändring, tkr' });
    const allocationRow = walk.getByRole('row', { name: /^Kommunbidrag \d/ });
    // From the demo's 2026 walk: 2027 is 275 214 tkr.
    await expect.poll(() => text(allocationRow)).toBe('Kommunbidrag 275 214 285 152 285 152');
    expect(await page.getByLabel('Kommunbidrag 2026 (tkr)').inputValue()).toBe('265\u00a0836');
    await expectAccessible(page);

    await page.getByLabel('PKV 2027 (procent)').fill('3,0');
    await page.getByLabel('Volymuppräkning 2027 (tkr)').fill('2 000');
    await page.getByRole('button', { name: 'Lägg till ramjustering 2027' }).click();
    const adjustment = page.getByRole('group', { name: 'Ramjustering 1 2027' });
    await adjustment.getByLabel('Avser').fill('Ramjustering lokalkostnader till kommunstyrelsen');
    await adjustment.getByLabel(/^Belopp/).fill('-100');
    // 265 836 x 3,0 % = 7 975; + 2 000 - 100 = 275 711; the plan years follow.
    await expect.poll(() => text(allocationRow)).toMatch(/^Kommunbidrag 275 711 /);
    await page
      .getByText('För 2027 uppgår kommunbidraget till 275,7 miljoner kronor', { exact: false })
      .waitFor();
    await page
      .getByText('Ramjustering lokalkostnader till kommunstyrelsen', { exact: false })
      .first()
      .waitFor();
    await expectAccessible(page);
    await tab.screenshot('budget-ramforandring');

    // A PKV that is not a percentage is named and nothing is saved.
    await page.getByLabel('PKV 2028 (procent)').fill('tre');
    await page.getByRole('button', { name: 'Spara ramförändringen' }).click();
    await page.getByText('Ange PKV i procent med högst två decimaler, t.ex. 3,1.').waitFor();
    await page.getByLabel('PKV 2028 (procent)').fill('3,2');
    await page.getByRole('button', { name: 'Spara ramförändringen' }).click();
    await page.getByRole('status').getByText('Sparad.', { exact: false }).waitFor();

    await page.reload();
    await expect.poll(() => text(allocationRow)).toMatch(/^Kommunbidrag 275 711 /);
    expect(await page.getByLabel('PKV 2027 (procent)').inputValue()).toBe('3,0');
    expect(
      await page
        .getByRole('group', { name: 'Ramjustering 1 2027' })
        .getByLabel('Avser')
        .inputValue(),
    ).toBe('Ramjustering lokalkostnader till kommunstyrelsen');
  });

  test('a controller distributes the frame to the units and phases a line', async () => {
    const tab = currentTab();
    const { page } = tab;
    await BudgetPage.open(tab, 2027);
    await page.getByRole('button', { name: 'Ny budgetversion' }).click();
    await page
      .getByRole('region', { name: 'Ny budgetversion för 2027' })
      .getByRole('button', { name: 'Skapa budgetversion' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Förslag 2027' }).waitFor();

    // The balance: 2026's net costs against 2027's larger allocation is a surplus.
    const balance = page.getByRole('table', { name: 'Budgetens balans 2027, tkr' });
    await expect
      .poll(() => text(balance.getByRole('row', { name: /^Verksamhetens nettokostnad/ })))
      .toBe('Verksamhetens nettokostnad -265 836');
    await page
      .getByText(/^Budgeten 2027 avviker med [\d\s]+ tkr från det planerade resultatet\.$/)
      .waitFor();

    const frames = page.getByRole('table', { name: /^Ramfördelning 2027/ });
    await page.getByRole('button', { name: 'Fördela efter budget 2026' }).click();
    await expect
      .poll(() => text(frames.getByRole('row', { name: /^Ofördelat/ })))
      .toBe('Ofördelat 0');
    const mottagning = await page.getByLabel('Ram 2027, Mottagning, tkr').inputValue();
    expect(mottagning).toMatch(/^-1\d\u00a0\d{3}$/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Spara ramfördelningen' }).click();
    await page.getByText('Ramfördelningen är sparad.').waitFor();
    await tab.screenshot('budget-ramfordelning');

    // The unit's personnel costs per account: the grid's cell stays their sum.
    const phasing = page.getByRole('region', { name: 'Konton och periodisering 2027' });
    await phasing.getByLabel('Enhet', { exact: true }).selectOption({ label: '8111 Mottagning' });
    await phasing
      .getByLabel('Kontogrupp', { exact: true })
      .selectOption({ label: 'Personalkostnader' });
    const perAccount = phasing.getByRole('table', { name: 'Budget per konto 2027, tkr' });
    const sumRow = perAccount.getByRole('row', { name: /^Summa/ });
    await expect.poll(() => text(sumRow)).toMatch(/\d$/);
    const cellTotal = await text(sumRow);
    const totalTkr = Number(/(-?[\d\s]+)$/.exec(cellTotal)?.[1]?.replace(/\s/g, '') ?? 'x');
    await perAccount.getByRole('textbox').first().fill('-1 000');
    await phasing.getByLabel('Ej kontofördelat, 2027, tkr').fill(String(totalTkr + 1_000));
    await expect.poll(() => text(sumRow)).toBe(cellTotal);
    await phasing.getByRole('button', { name: 'Spara kontofördelningen' }).click();
    await phasing.getByText('Kontofördelningen är sparad.').waitFor();
    await expectAccessible(page);

    // Phasing: the same cell, first by calendar days, then all in September.
    const months = phasing.getByRole('table', { name: 'Månadsbelopp 2027, tkr' });
    await months.getByRole('columnheader', { name: 'Budget nu (rak (1/12 per månad))' }).waitFor();
    await phasing.getByLabel('Kalenderdagar').check();
    await phasing.getByRole('button', { name: 'Spara periodiseringen' }).click();
    await phasing.getByText('Periodiseringen är sparad.').waitFor();
    await months.getByRole('columnheader', { name: 'Budget nu (kalenderdagar)' }).waitFor();

    await phasing.getByLabel('Egna vikter per månad').check();
    for (const month of ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti'])
      await phasing.getByLabel(`Vikt ${month}`).fill('0');
    for (const month of ['oktober', 'november', 'december'])
      await phasing.getByLabel(`Vikt ${month}`).fill('0');
    const total = await text(months.getByRole('row', { name: /^Summa/ }));
    const september = months.getByRole('row', { name: /^September/ });
    const annual = /^Summa (-?[\d ]+) /.exec(total)?.[1] ?? 'none';
    await expect.poll(() => text(september)).toContain(annual);
    await expectAccessible(page);
    await phasing.getByRole('button', { name: 'Spara periodiseringen' }).click();
    await phasing.getByText('Periodiseringen är sparad.').waitFor();
    await months.getByRole('columnheader', { name: 'Budget nu (egna vikter per månad)' }).waitFor();
    expect(await text(september)).toMatch(new RegExp(`^September ${annual} ${annual}`));
    await tab.screenshot('budget-periodisering');
  });
});
