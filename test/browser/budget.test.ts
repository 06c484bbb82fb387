import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, downloadedBytes, normaliseSpaces } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { BudgetPage } from '../support/pages/budget-page';

describe.skipIf(!chromiumAvailable())('The budget in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('a controller builds next year’s budget from this year’s, types and pastes cells, saves and decides', async () => {
    const tab = currentTab();
    const { page } = tab;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const budget = await BudgetPage.open(tab, 2024);
    await page.getByText('Det finns ingen budget för 2024 ännu.').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Ny budgetversion' }).click();
    const form = page.getByRole('region', { name: 'Ny budgetversion för 2024' });
    await form.getByLabel('Uppräkning (procent)').fill('2,5');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Skapa budgetversion' }).click();
    await page.getByRole('heading', { level: 2, name: 'Förslag 2024' }).waitFor();
    const versions = budget.versions;
    await versions.getByRole('link', { name: 'Förslag 2024' }).waitFor();

    // 8111 Mottagning's personnel costs: 2023's budget -9 800 tkr + 2,5 % = -10 045.
    const cell = page.getByLabel('Mottagning, Personalkostnader, 2024, tkr');
    expect(await cell.inputValue()).toBe('-10\u00a0045');
    const grid = page.getByRole('table', { name: /^Budget 2024, belopp i tkr/ });
    const boardRow = grid.getByRole('row', { name: /^Verksamhetens nettokostnader/ });
    const before = normaliseSpaces(await boardRow.innerText());
    await expectAccessible(page);
    await tab.screenshot('budget-forslag');

    // Type a figure, Enter moves down; a block copied from Excel fills right and down.
    await cell.click();
    await page.keyboard.type('-11 000');
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate<string | null>(
        "document.activeElement?.getAttribute('aria-label') ?? null",
      ),
    ).toBe('Utredning barn, Personalkostnader, 2024, tkr');
    const copied = '-1 000\t-2 000\r\n-3 000\t-4 000\r\n';
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(copied)})`);
    await page.keyboard.press('Control+V');
    expect(await page.getByLabel('Utredning barn, Lokalhyror, 2024, tkr').inputValue()).toBe(
      '-2 000',
    );
    expect(
      await page.getByLabel('Utredning ungdom, Personalkostnader, 2024, tkr').inputValue(),
    ).toBe('-3 000');
    await page.getByText('5 osparade ändringar.').waitFor();
    // The totals follow before saving.
    expect(normaliseSpaces(await boardRow.innerText())).not.toBe(before);
    const mottagning = grid.getByRole('row', { name: /^8111 Mottagning/ });
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('status').getByText('5 celler är sparade.').waitFor();
    expect(await cell.inputValue()).toBe('-11\u00a0000');
    // Its net cost: -11 000 personnel and 2023's other groups raised by 2,5 %.
    expect(normaliseSpaces(await mottagning.innerText())).toMatch(/-12 359$/);

    // A text that is not a number is marked and blocks saving.
    await cell.fill('elva');
    await page.getByText('1 cell är inte ett helt tal i tkr.').waitFor();
    expect(await page.getByRole('button', { name: 'Spara ändringarna' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Ångra osparade ändringar' }).click();
    expect(await cell.inputValue()).toBe('-11\u00a0000');

    // The plan years have their own cells.
    await page.getByRole('button', { name: 'Plan 2025' }).click();
    expect(await page.getByLabel('Mottagning, Personalkostnader, 2025, tkr').inputValue()).toBe(
      '-10\u00a0045',
    );

    await page.getByLabel('Beslutad av').fill('SN 2023-11-21 § 101');
    await page.getByLabel('Beslutsdatum').fill('2023-11-21');
    await page.getByRole('button', { name: 'Spara beslutet' }).click();
    await page.getByText('Beslutet är sparat.').waitFor();
    await page.getByText('Versionen är beslutad och ändras inte.', { exact: false }).waitFor();
    expect(await page.getByLabel('Mottagning, Personalkostnader, 2025, tkr').count()).toBe(0);
    const row = versions.getByRole('row', { name: /Förslag 2024/ });
    await expect
      .poll(async () => (await row.innerText()).replace(/\s+/g, ' '))
      .toContain('Beslutad Ja');
    await expectAccessible(page);
    await tab.screenshot('budget-beslutad');
  });

  test('the decided 2026 budget gives the budget document, as Word and as PDF', async () => {
    const tab = currentTab();
    const { page } = tab;
    const versions = (await BudgetPage.open(tab, 2026)).versions;
    const row = versions.getByRole('row', { name: /Budget 2026/ });
    await row.waitFor();
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain(
      'Beslutad Ja SN 2025-10-21 § 85',
    );
    // The texts: the frame walk is proposed from the figures; a text written is saved.
    const frameWalk = page.getByLabel('Kommunbidraget (ramförändringen)');
    expect(await frameWalk.inputValue()).toMatch(
      /^För 2026 uppgår kommunbidraget till 265,8 miljoner kronor/,
    );
    const introduction = page.getByLabel('Inledning', { exact: true });
    await introduction.fill('Socialnämndens budget 2026–2028 pekar ut färdriktningen.');
    await page.getByRole('button', { name: 'Spara Inledning' }).click();
    await page.getByRole('status').getByText('Inledning: sparad.').waitFor();
    await expectAccessible(page);
    await tab.screenshot('budget-2026');
    for (const [label, name] of [
      ['Ladda ned Word (DOCX)', 'Budget 2026 Socialnämnden.docx'],
      ['Ladda ned PDF', 'Budget 2026 Socialnämnden.pdf'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const head = (await downloadedBytes(download)).subarray(0, 4).toString('latin1');
      expect(head).toBe(name.endsWith('.pdf') ? '%PDF' : 'PK\u0003\u0004');
    }
  });

  test('a draft goes to Excel and back: the download, a file read in, the count and the figures', async () => {
    const tab = currentTab();
    const { page } = tab;
    await BudgetPage.open(tab, 2026);
    await page.getByRole('button', { name: 'Ny budgetversion' }).click();
    const form = page.getByRole('region', { name: 'Ny budgetversion för 2026' });
    await form.getByLabel('Namn').fill('Förslag 2026 i Excel');
    await form.getByRole('button', { name: 'Skapa budgetversion' }).click();
    await page.getByRole('heading', { level: 2, name: 'Förslag 2026 i Excel' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ned som Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Förslag 2026 i Excel, Socialnämnden.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloadedBytes(download)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Budget 2026');
    let row = 0;
    let column = 0;
    sheet?.eachRow((candidate, number) => {
      if (candidate.getCell(1).value === '8111') row = number;
    });
    sheet?.getRow(1).eachCell((cell, number) => {
      if (cell.value === 'personnel_costs') column = number;
    });
    if (!sheet || row === 0 || column === 0) throw new Error('8111 Mottagning is not in the file');
    sheet.getCell(row, column).value = -11_000;
    const file = join(mkdtempSync(join(tmpdir(), 'namndkoll-budget-')), 'budget.xlsx');
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));

    await page.getByLabel('Läs in från Excel').setInputFiles(file);
    await page.getByRole('status').getByText('1 cell ändrades.').waitFor();
    expect(await page.getByLabel('Mottagning, Personalkostnader, 2026, tkr').inputValue()).toBe(
      '-11\u00a0000',
    );
    await expectAccessible(page);

    // A file with a problem is refused, naming the place; nothing changes.
    sheet.getCell(row, column).value = 'elva';
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    await page.getByLabel('Läs in från Excel').setInputFiles(file);
    const alert = page.getByRole('alert');
    await alert.getByText('Filen lästes inte in och inget sparades.', { exact: false }).waitFor();
    expect(normaliseSpaces(await alert.innerText())).toContain(
      `Budget 2026!${sheet.getCell(row, column).address} (Personalkostnader, 8111 Mottagning) är inte ett belopp i tkr`,
    );
    // The refused upload's 400 is the one failed load the page may log.
    expect(tab.problems).toEqual([
      'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
    tab.problems.length = 0;
    expect(await page.getByLabel('Mottagning, Personalkostnader, 2026, tkr').inputValue()).toBe(
      '-11\u00a0000',
    );
    await expectAccessible(page);
  });
});
