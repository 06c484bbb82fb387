import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  chromiumAvailable,
  normaliseSpaces,
  readTable,
  rowValues,
  type TableText,
  type TrackedPage,
} from '../support/browser';
import { expectAccessible, tkr, useBrowserTabs } from '../support/browser-suite';
import { openPage } from '../support/pages/app-page';
import { StatementPage } from '../support/pages/statement-page';
import { SEED_OPERATING_STATEMENT_2023_AUGUST } from '../support/seed-tables';

const fixture = (path: string): string =>
  fileURLToPath(new URL(`../fixtures/ledger/${path}`, import.meta.url));
const AUGUST_FILE = fixture('ok/demo-august-2023-cp437.se');
const UNBALANCED_FILE = fixture('not-ok/unbalanced-verification.se');
const SEPTEMBER_CSV = fixture('ok/demo-september-2023.csv');
const BAS_ACCOUNT_MAP = fixture('bas-account-map.csv');
const BAS_LEDGER = fileURLToPath(
  new URL('../fixtures/sie/transaktioner_ovnbolag.se', import.meta.url),
);

async function openImportPage(tab: TrackedPage): Promise<void> {
  await openPage(tab, '/import', 'Import');
  await tab.page.getByRole('table', { name: 'Tidigare importer' }).waitFor();
}

/** Chooses the file and waits for the check's result. */
async function check(page: Page, path: string): Promise<void> {
  await page.getByLabel('Fil med bokföring').setInputFiles(path);
  await page.getByRole('button', { name: 'Granska' }).click();
  await page.getByRole('heading', { level: 3, name: /^Granskning av / }).waitFor();
}

/**
 * The history's rows, each cell on one line (a cell may hold a second, smaller line): the
 * ledger's (Slag "Huvudbok …"), or with `allKinds` every row the table shows.
 */
async function historyTable(page: Page, allKinds = false): Promise<TableText> {
  const table = await readTable(page.getByRole('table', { name: 'Tidigare importer' }));
  const rows = table.rows.map((cells) => cells.map((cell) => cell.replace(/\s+/g, ' ')));
  return {
    ...table,
    rows: allKinds ? rows : rows.filter((cells) => cells[3]?.startsWith('Huvudbok')),
  };
}

describe.skipIf(!chromiumAvailable())('Import in Chromium', () => {
  const currentTab = useBrowserTabs();

  test('the page lists the demo import and is reached from the main menu', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/driftredovisning');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Import' })
      .click();
    await page.getByRole('table', { name: 'Tidigare importer' }).waitFor();
    expect(await page.title()).toBe('Import – Nämndkoll');
    const history = await historyTable(page);
    expect(history.head).toEqual([
      'Inläst',
      'Av',
      'Fil',
      'Slag',
      'Avser',
      'Rader',
      'Status',
      'Åtgärd',
    ]);
    expect(history.rows).toHaveLength(1);
    expect(history.rows[0]?.slice(1, 7)).toEqual([
      'demo',
      '– ingen fil',
      'Huvudbok (demodata)',
      'jan–dec 2022, jan–aug 2023',
      '6 251',
      'Aktuell',
    ]);
    expect(await page.getByRole('button', { name: 'Läs in', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page);
    await tab.screenshot('import-tom');
  });

  test('a file with a problem is refused with its line, and nothing is saved', async () => {
    const tab = currentTab();
    const { page } = tab;
    await openImportPage(tab);
    await check(page, UNBALANCED_FILE);
    const alert = page.getByRole('alert');
    const text = normaliseSpaces(await alert.innerText());
    expect(text).toContain('Filen kan inte läsas in. Inget har sparats.');
    expect(await alert.getByRole('listitem').allInnerTexts()).toContain(
      'rad 22: Verifikationen balanserar inte: debet och kredit skiljer 0,50 kr.',
    );
    expect(await page.getByRole('button', { name: 'Läs in', exact: true }).isDisabled()).toBe(true);
    // The result heading takes focus, so a screen reader continues there.
    expect(await page.locator(':focus').innerText()).toBe(
      'Granskning av unbalanced-verification.se',
    );
    expect((await historyTable(page)).rows).toHaveLength(1);
    await expectAccessible(page);
    await tab.screenshot('import-problem');
  });

  test('checks and imports a month, traces a figure to its file line, and undoes the import', async () => {
    const tab = currentTab();
    const { page } = tab;
    const before = await (await StatementPage.open(tab, { year: 2023, month: 8 })).table();

    // Granska: the preview of what the file would do.
    await openImportPage(tab);
    await check(page, AUGUST_FILE);
    expect(await page.getByRole('radio', { name: 'SIE 4' }).isChecked()).toBe(true);
    const months = await readTable(page.getByRole('table', { name: 'Månader' }));
    expect(months.head).toEqual(['Månad', 'Transaktioner', 'Belopp, tkr']);
    expect(months.rows[0]).toEqual(['aug 2023\nersätter tidigare import', '3', '-1 597']);
    const units = await readTable(page.getByRole('table', { name: 'Per enhet' }));
    expect(units.rows.map((cells) => cells[0])).toEqual([
      '8112 Utredning barn',
      '8113 Utredning ungdom',
      '8122 Stöd och försörjning',
    ]);
    const groups = await readTable(page.getByRole('table', { name: 'Per kontogrupp' }));
    expect(rowValues(groups, 'Köp av tjänster')).toEqual(['-1 235']);
    const facts = normaliseSpaces(await page.locator('.facts').innerText());
    expect(facts).toContain('IBM PC 8-bit (CP437, SIE:s PC8)');
    expect(facts).toContain('Alingsås kommun, org.nr 212000-1496');
    expect(facts).toContain('Skapad\n2023-09-05');
    expect(facts).toContain('Kontoplan i filen\nKOMMUN');
    await page.getByText('Avstämd mot filens årssaldon.').waitFor();
    await page.getByText('3 transaktioner på balanskonton läses').waitFor();
    await expectAccessible(page);
    await tab.screenshot('import-granskning');

    // Läs in.
    const commit = page.getByRole('button', { name: 'Läs in', exact: true });
    expect(await commit.isEnabled()).toBe(true);
    await commit.click();
    await page.getByText('Importen är klar: 3 transaktioner för augusti 2023.').waitFor();
    await page.getByRole('cell', { name: /^demo-august-2023-cp437\.se/ }).waitFor();
    const history = await historyTable(page);
    expect(history.rows).toHaveLength(2);
    expect(history.rows[0]?.slice(1, 7)).toEqual([
      'controller',
      'demo-august-2023-cp437.se 802d37ee2755… SHA-256 802d37ee275525240ee62aa360b66098d2209859537cc9a06d93f7f93badbf58',
      'Huvudbok SIE',
      'aug 2023',
      '3',
      'Aktuell',
    ]);
    expect(history.rows[1]?.[4]).toBe(
      'jan–dec 2022, jan–aug 2023 utfall för jan–dec 2022, jan–juli 2023',
    );
    expect(history.rows[1]?.[6]).toBe('Delvis ersatt');
    await expectAccessible(page);
    await tab.screenshot('import-klar');

    // The statement has the file's August: Köp av tjänster changed.
    const board = await StatementPage.reached(
      tab,
      page.getByRole('link', { name: /^Visa driftredovisningen för Socialnämnden/ }),
    );
    const after = await board.table();
    expect(rowValues(after, 'Köp av tjänster')[3]).not.toBe(
      rowValues(before, 'Köp av tjänster')[3],
    );
    expect(rowValues(after, 'Personalkostnader')[3]).not.toBe(
      rowValues(before, 'Personalkostnader')[3],
    );

    // From Utredning ungdom's 4540 actual to the file's line 29.
    const unit = await (await board.drillTo('Avdelning unga')).drillTo('Utredning ungdom');
    const accounts = await unit.accountGroup('Köp av tjänster');
    const figure = rowValues(accounts, '4540 Köp av HVB-vård barn och unga')[3] ?? '';
    expect(figure).toMatch(/^-[\d ]+$/);
    const title = await unit.transactions(
      page
        .getByRole('row', { name: /^4540 Köp av HVB-vård/ })
        .getByRole('link', { name: /visa transaktionerna/ })
        .first(),
    );
    expect(title).toBe('Transaktioner Utredning ungdom, januari–augusti 2023');
    const params = new URL(page.url()).searchParams;
    expect(params.get('verifikat')).toBe('actual');
    expect(params.get('konto')).toBe('4540');
    const transactions = await readTable(page.getByRole('table', { name: title }));
    expect(transactions.head).toEqual([
      'Datum',
      'Verifikation',
      'Text',
      'Konto',
      'Enhet',
      'Belopp',
      'Källa',
    ]);
    const traced = transactions.rows.find(
      (cells) => cells[2] === 'Björkhagens behandlingshem, café-ersättning',
    );
    expect(traced).toEqual([
      '2023-08-12',
      'B 1',
      'Björkhagens behandlingshem, café-ersättning',
      '4540',
      '8113 Utredning ungdom',
      '-1 234 567,00',
      'demo-august-2023-cp437.se rad 29',
    ]);
    // The sum of the transactions is the figure that was clicked.
    const summary = normaliseSpaces(await page.locator('.facts').innerText());
    expect(summary).toContain(`(${figure} tkr)`);
    await expectAccessible(page);
    await tab.screenshot('transaktioner');

    // Undo, with a confirmation step.
    await openImportPage(tab);
    const firstRow = page
      .getByRole('table', { name: 'Tidigare importer' })
      .locator('tbody tr')
      .first();
    await firstRow.getByRole('button', { name: /^Ångra/ }).click();
    const confirm = firstRow.getByRole('button', { name: /^Bekräfta ångra/ });
    expect(await page.locator(':focus').innerText()).toMatch(/^Bekräfta ångra/);
    await firstRow.getByRole('button', { name: 'Avbryt' }).click();
    expect(await page.locator(':focus').innerText()).toMatch(/^Ångra/);
    await firstRow.getByRole('button', { name: /^Ångra/ }).click();
    await confirm.click();
    await page.getByText(/^Importen av demo-august-2023-cp437\.se är ångrad\./).waitFor();
    await firstRow.getByText('Ångrad', { exact: true }).waitFor();
    expect(await firstRow.getByRole('button').count()).toBe(0);
    expect((await historyTable(page)).rows[1]?.[6]).toBe('Aktuell');
    await expectAccessible(page);
    await tab.screenshot('import-angrad');

    // The statement is the reference document's again.
    const restored = await (await StatementPage.open(tab, { year: 2023, month: 8 })).table();
    for (const [label, values] of Object.entries(SEED_OPERATING_STATEMENT_2023_AUGUST)) {
      expect(rowValues(restored, label), label).toEqual(values.map(tkr));
    }
  });

  test('a CSV export: the columns are proposed from its header row, imported and remembered', async () => {
    const tab = currentTab();
    const { page } = tab;
    await openImportPage(tab);
    await page.getByLabel('Fil med bokföring').setInputFiles(SEPTEMBER_CSV);
    await page.getByText(/^Rubriker i filen: Bokföringsdatum, Verifikation/).waitFor();
    expect(await page.getByRole('radio', { name: 'CSV' }).isChecked()).toBe(true);
    const column = (label: string) => page.getByLabel(label, { exact: true }).inputValue();
    expect(
      await Promise.all(['Datum', 'Period', 'Konto', 'Ansvar', 'Belopp', 'Text'].map(column)),
    ).toEqual(['Bokföringsdatum', '', 'Konto', 'Ansvar', 'Belopp', 'Text']);
    expect(await column('Verifikation')).toBe('Verifikation');
    await expectAccessible(page);
    await tab.screenshot('import-csv-kolumner');

    await page.getByRole('button', { name: 'Granska' }).click();
    await page
      .getByRole('heading', { level: 3, name: 'Granskning av demo-september-2023.csv' })
      .waitFor();
    const months = await readTable(page.getByRole('table', { name: 'Månader' }));
    // Debit positive in the file: 812 345,50 + 259 120 + 1 234 567 - 450 000 + 98 765,40 kr.
    expect(months.rows[0]).toEqual(['sep 2023', '5', '-1 955']);
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await page.getByText('Importen är klar: 5 transaktioner för september 2023.').waitFor();
    const history = await historyTable(page);
    expect(history.rows[0]?.slice(3, 7)).toEqual(['Huvudbok CSV', 'sep 2023', '5', 'Aktuell']);

    // The next visit has the columns from the municipality's remembered settings.
    await openImportPage(tab);
    await page.getByRole('radio', { name: 'CSV' }).check();
    expect(await column('Datum')).toBe('Bokföringsdatum');
    expect(await column('Belopp')).toBe('Belopp');
  });

  test('a new municipality from its first file appears in the header', async () => {
    const tab = currentTab();
    await tab.signIn('admin');
    const { page } = tab;
    await openImportPage(tab);
    await page.getByRole('radio', { name: 'Ny kommun från första filen' }).check();
    // Without the new municipality's code and name the form says what is missing.
    await page.getByRole('button', { name: 'Granska' }).click();
    expect(await page.locator(':focus').getAttribute('id')).toBe('import-code');
    expect(await page.getByText('Ange kommunkoden med fyra siffror, t.ex. 1489.').count()).toBe(1);
    await expectAccessible(page);
    await tab.screenshot('import-ny-kommun-fel');

    await page.getByLabel('Kommunkod').fill('9990');
    await page.getByLabel('Kommunens namn').fill('Provköping');
    expect(await page.getByLabel('Nämndens namn').inputValue()).toBe('Socialnämnden');
    await check(page, AUGUST_FILE);
    const months = await readTable(page.getByRole('table', { name: 'Månader' }));
    expect(months.rows[0]).toEqual(['aug 2023', '3', '-1 597']);
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await page.getByText('Importen är klar: 3 transaktioner för augusti 2023.').waitFor();
    const picker = page.getByLabel('Nämnd', { exact: true });
    await picker.waitFor();
    const options = await picker.locator('option').allInnerTexts();
    expect(options).toContain('Provköping · Socialnämnden');
    // The page goes on in the new municipality: chosen in the header, its history has the import.
    await page
      .getByRole('table', { name: 'Tidigare importer' })
      .getByText('demo-august-2023-cp437.se')
      .first()
      .waitFor();
    expect(await picker.locator('option:checked').innerText()).toBe('Provköping · Socialnämnden');
    const history = await historyTable(page);
    expect(history.rows).toHaveLength(1);
    expect(history.rows[0]?.slice(3, 6)).toEqual(['Huvudbok SIE', 'aug 2023', '3']);
    await page.getByText('Importen är klar: 3 transaktioner för augusti 2023.').waitFor();
    await tab.screenshot('import-ny-kommun-klar');
    // The administrator sets municipalities up and reads no figures: no link to them, no menu.
    expect(
      await page.getByRole('link', { name: /^Visa driftredovisningen för Socialnämnden/ }).count(),
    ).toBe(0);
    expect(
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allInnerTexts(),
    ).toEqual(['Översikt', 'Import', 'Administration']);
  });
  test('a new municipality with its own account map, refused first for a group it does not know', async () => {
    const tab = currentTab();
    await tab.signIn('admin');
    const { page } = tab;
    const badMap = join(mkdtempSync(join(tmpdir(), 'namndkoll-map-')), 'kontogrupper.csv');
    writeFileSync(badMap, 'account_from;account_to;account_group\n3000;3999;Intäkter\n');
    await openImportPage(tab);
    await page.getByRole('radio', { name: 'Ny kommun från första filen' }).check();
    await page.getByLabel('Kommunkod').fill('9998');
    await page.getByLabel('Kommunens namn').fill('Baskommun');
    await page.getByText('Avancerat', { exact: true }).click();
    await page.getByLabel('Enhet för transaktioner utan ansvar').fill('HELA');
    const mapField = page.getByLabel('Kontogruppering (valfri)');
    await mapField.setInputFiles(badMap);
    await check(page, BAS_LEDGER);
    await page
      .getByText(/^kontogrupper\.csv rad 2: Okänd kontogrupp .Intäkter.\. Använd: /)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Läs in', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page);
    await tab.screenshot('import-kontogruppering-fel');

    // With the BAS map, 7000-7699 are personnel costs (Kommun-Bas would make most of them other costs).
    await mapField.setInputFiles(BAS_ACCOUNT_MAP);
    await page.getByRole('button', { name: 'Granska' }).click();
    await page.getByRole('table', { name: 'Per kontogrupp' }).waitFor();
    const groups = await readTable(page.getByRole('table', { name: 'Per kontogrupp' }));
    expect(rowValues(groups, 'Personalkostnader')).toEqual(['-528']);
    await page.getByRole('button', { name: 'Läs in', exact: true }).click();
    await page.getByText(/^Importen är klar: 216 transaktioner för januari–mars 2011\./).waitFor();
  });
  test('the other kinds of import are listed, filtered by kind, and the latest undone', async () => {
    const tab = currentTab();
    const { page } = tab;
    await openImportPage(tab);
    const kinds = (await historyTable(page, true)).rows.map((cells) => cells[3]);
    for (const kind of [
      'Sjukfrånvaro (HR)',
      'Placeringar',
      'Ekonomiskt bistånd',
      'Volymer',
      'Åtkomstlogg',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    await page.getByLabel('Visa', { exact: true }).selectOption({ label: 'Sjukfrånvaro (HR)' });
    const hr = await historyTable(page, true);
    expect(hr.rows.map((cells) => cells.slice(3, 5))).toEqual([
      ['Sjukfrånvaro (HR)', 'jan–juli 2023'],
      ['Sjukfrånvaro (HR)', 'jan–juli 2022'],
    ]);
    const table = page.getByRole('table', { name: 'Tidigare importer' });
    // Only the latest HR import can be undone.
    expect(await table.locator('tbody tr').nth(0).getByRole('button').count()).toBe(1);
    expect(await table.locator('tbody tr').nth(1).getByRole('button').count()).toBe(0);

    await page.getByLabel('Visa', { exact: true }).selectOption({ label: 'Placeringar' });
    const placements = await historyTable(page, true);
    expect(placements.rows).toHaveLength(1);
    expect(placements.rows[0]?.[2]).toMatch(/^placeringar-2023-08\.csv [0-9a-f]{12}…/);
    expect(placements.rows[0]?.[6]).toBe('Genomförd');
    const row = table.locator('tbody tr').first();
    await row.getByRole('button', { name: /^Ångra/ }).click();
    await row.getByRole('button', { name: /^Bekräfta ångra/ }).click();
    await page
      .getByText(/^Importen av placeringar-2023-08\.csv \(Placeringar\) är ångrad\./)
      .waitFor();
    await row.getByText('Ångrad', { exact: true }).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    expect((await historyTable(page, true)).rows[0]?.[6]).toMatch(
      /^Ångrad \d{4}-\d{2}-\d{2} \d{2}:\d{2} av controller$/,
    );
    await page.getByLabel('Visa', { exact: true }).selectOption({ label: 'Alla slag' });
    await expectAccessible(page);
    await tab.screenshot('import-alla-slag');
  });
});
