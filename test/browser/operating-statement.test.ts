import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, readBuiltIndexHtml, rowValues } from '../support/browser';
import {
  BOARD_TITLE_2023_AUGUST,
  expectAccessible,
  tkr,
  useBrowserTabs,
  waitForTable,
} from '../support/browser-suite';
import { StatementPage } from '../support/pages/statement-page';
import { SEED_LINE_LABELS, SEED_OPERATING_STATEMENT_2023_AUGUST } from '../support/seed-tables';

const BOARD_TITLE = BOARD_TITLE_2023_AUGUST;

const statementTable = (page: Page, title: string) => page.getByRole('table', { name: title });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const breadcrumb = (page: Page) => page.getByRole('navigation', { name: 'Nivå' });

describe('the built web app', () => {
  test('has no inline script (the CSP allows scripts from files only)', () => {
    const html = readBuiltIndexHtml();
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts)
      expect(script).toMatch(/^<script\b[^>]*\bsrc="[^"]+"[^>]*><\/script>$/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toMatch(/<html lang="sv">/);
  });
});

describe.skipIf(!chromiumAvailable())('Driftredovisning in Chromium', () => {
  const currentTab = useBrowserTabs();

  test('shows the reference document’s statement for 2023 through August by default', async () => {
    const tab = currentTab();
    const { page } = tab;
    const statement = await StatementPage.open(tab);
    expect(await page.title()).toBe(`${BOARD_TITLE} – Nämndkoll`);

    const table = await statement.table();
    expect(table.head).toEqual([
      'Post',
      'Budget 2023',
      'Prognos helår 2023',
      'Avv. prognos/budget 2023',
      'Utfall jan–aug 2023',
      'Utfall jan–aug 2022',
      'Diff. utfall 2022/2023',
    ]);
    expect(table.rows.map((cells) => cells[0])).toEqual(SEED_LINE_LABELS);
    // The budgets 2025 and 2026 are years to choose too; the page starts at the newest actuals.
    const year = page.getByLabel('År', { exact: true });
    expect(await year.locator('option').allInnerTexts()).toEqual(['2026', '2025', '2023', '2022']);
    expect(await year.inputValue()).toBe('2023');
    for (const [label, values] of Object.entries(SEED_OPERATING_STATEMENT_2023_AUGUST)) {
      expect(rowValues(table, label), label).toEqual(values.map(tkr));
    }
    // The thousands separator is a no-break space, so a figure never wraps.
    const personnel = statementTable(page, BOARD_TITLE).getByRole('row', {
      name: /^Personalkostnader/,
    });
    expect(await personnel.locator('td').first().innerText()).toBe('-137\u00a0901');
    expect(await page.getByText('Belopp i tkr').first().isVisible()).toBe(true);
  });

  test('drills down board → department → unit → accounts and back by clicking', async () => {
    const tab = currentTab();
    const { page } = tab;
    const boardPage = await StatementPage.open(tab);

    // The board, with its departments.
    const board = await boardPage.table();
    const departments = await boardPage.table('Verksamhetens nettokostnader per avdelning');
    expect(departments.head[0]).toBe('Avdelning');
    expect(departments.rows.map((cells) => cells[0])).toEqual([
      'Avdelning unga',
      'Avdelning vuxna',
      'Administrativa avdelningen',
      'Summa',
    ]);
    expect(rowValues(departments, 'Summa')).toEqual(
      rowValues(board, 'Verksamhetens nettokostnader'),
    );
    await expectAccessible(page);
    await tab.screenshot('driftredovisning-namnd');

    // A department, with its units.
    const departmentPage = await boardPage.drillTo('Avdelning unga');
    const departmentTitle = 'Driftredovisning Avdelning unga, januari–augusti 2023';
    expect(departmentPage.title).toBe(departmentTitle);
    expect(new URL(page.url()).searchParams.get('enhet')).toMatch(/^[0-9a-f-]{36}$/);
    const department = await departmentPage.table();
    expect(department.rows.map((cells) => cells[0])).toEqual([
      'Verksamhetens intäkter',
      'Personalkostnader',
      'Lokalhyror',
      'Köp av tjänster',
      'Övriga kostnader',
      'Verksamhetens kostnader',
      'Verksamhetens nettokostnader',
      'Finansnetto',
    ]);
    expect(rowValues(department, 'Verksamhetens nettokostnader')).toEqual(
      rowValues(departments, 'Avdelning unga'),
    );
    const units = await departmentPage.table(
      'Verksamhetens nettokostnader per enhet, Avdelning unga',
    );
    expect(units.head[0]).toBe('Enhet');
    expect(units.rows.map((cells) => cells[0])).toContain('Utredning barn');
    expect(rowValues(units, 'Summa')).toEqual(
      rowValues(department, 'Verksamhetens nettokostnader'),
    );
    expect(await breadcrumb(page).getByRole('link').allInnerTexts()).toEqual(['Socialnämnden']);
    expect(await page.locator(':focus').innerText()).toBe(departmentTitle);
    await expectAccessible(page);
    await tab.screenshot('driftredovisning-avdelning');

    // A unit: no level below it.
    const unitPage = await departmentPage.drillTo('Utredning barn');
    expect(unitPage.title).toBe('Driftredovisning Utredning barn, januari–augusti 2023');
    const unit = await unitPage.table();
    expect(rowValues(unit, 'Verksamhetens nettokostnader')).toEqual(
      rowValues(units, 'Utredning barn'),
    );
    expect(await page.getByRole('heading', { name: /nettokostnader per/ }).count()).toBe(0);
    expect(await breadcrumb(page).getByRole('link').allInnerTexts()).toEqual([
      'Socialnämnden',
      'Avdelning unga',
    ]);
    await expectAccessible(page);
    await tab.screenshot('driftredovisning-enhet');

    // One account group of the unit, account by account.
    const accounts = await unitPage.accountGroup('Köp av tjänster');
    expect(new URL(page.url()).searchParams.get('kontogrupp')).toBe('purchased_services');
    expect(accounts.head[0]).toBe('Konto');
    expect(accounts.rows.map((cells) => cells[0])).toContain('4540 Köp av HVB-vård barn och unga');
    expect(rowValues(accounts, 'Summa Köp av tjänster')).toEqual(
      rowValues(unit, 'Köp av tjänster'),
    );
    expect(await breadcrumb(page).getByRole('link').allInnerTexts()).toEqual([
      'Socialnämnden',
      'Avdelning unga',
      'Utredning barn',
    ]);
    expect(await breadcrumb(page).locator('[aria-current="page"]').innerText()).toBe(
      'Köp av tjänster',
    );
    await expectAccessible(page);
    await tab.screenshot('driftredovisning-konton');

    // Back to the board through the breadcrumb.
    const boardAgain = await unitPage.upTo('Socialnämnden');
    const params = new URL(page.url()).searchParams;
    expect(params.get('enhet')).toBeNull();
    expect(params.get('kontogrupp')).toBeNull();
    expect((await boardAgain.table()).rows).toEqual(board.rows);
  });

  test('choosing another month updates the address and the columns', async () => {
    const tab = currentTab();
    const { page } = tab;
    const august = await (await StatementPage.open(tab)).table();

    const monthSelect = page.getByLabel('Månad');
    await monthSelect.focus();
    await monthSelect.selectOption({ label: 'april' });
    const aprilTitle = 'Driftredovisning Socialnämnden, januari–april 2023';
    await heading(page, aprilTitle).waitFor();
    const params = new URL(page.url()).searchParams;
    expect(params.get('manad')).toBe('4');
    expect(params.get('ar')).toBe('2023');
    const april = await waitForTable(page, aprilTitle);
    expect(april.head).toContain('Utfall jan–apr 2023');
    expect(april.head).toContain('Utfall jan–apr 2022');
    // The annual budget is the same; the actuals cover four months instead of eight.
    expect(rowValues(april, 'Personalkostnader')[0]).toBe(
      rowValues(august, 'Personalkostnader')[0],
    );
    expect(rowValues(april, 'Personalkostnader')[3]).not.toBe(
      rowValues(august, 'Personalkostnader')[3],
    );
    // Focus stays in the select, so the keyboard user can go on choosing.
    expect(await page.locator(':focus').getAttribute('id')).toBe(
      await monthSelect.getAttribute('id'),
    );

    // Back in history is the previous period.
    await page.goBack();
    await heading(page, BOARD_TITLE).waitFor();
  });

  test('tells when the actuals stop before the chosen month', async () => {
    const tab = currentTab();
    const { page } = tab;
    await StatementPage.open(tab, { year: 2023, month: 10 });
    await page.getByText('Utfall finns till och med augusti 2023.').waitFor();
    expect(await page.getByLabel('Månad').inputValue()).toBe('10');
  });

  test('the skip link is the first tab stop and moves focus to main', async () => {
    const tab = currentTab();
    const { page } = tab;
    await StatementPage.open(tab);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('Hoppa till innehållet');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').getAttribute('id')).toBe('innehall');
    expect(await page.evaluate<string>("document.activeElement?.tagName ?? ''")).toBe('MAIN');
  });

  test('shows the server’s error in Swedish', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/driftredovisning?enhet=inte-en-enhet');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'Uppgifterna kunde inte användas: Enhet har fel format (inte-en-enhet).',
    );
    // A wrong request is not helped by trying again; the way out is the whole board.
    expect(await page.getByRole('button', { name: 'Försök igen' }).count()).toBe(0);
    // The browser logs the 400 answer; that one is expected here.
    const expected = /status of 400/;
    expect(tab.problems.every((problem) => expected.test(problem))).toBe(true);
    tab.problems.length = 0;

    await page.getByRole('link', { name: 'Visa hela nämndens driftredovisning' }).click();
    await heading(page, BOARD_TITLE).waitFor();
    expect(new URL(page.url()).searchParams.get('enhet')).toBeNull();
  });

  test('the CSP is enforced and a violation would be caught', async () => {
    const tab = currentTab();
    const { page } = tab;
    await StatementPage.open(tab);
    await page.evaluate(`{
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
    }`);
    await expect.poll(() => tab.problems.length).toBeGreaterThan(0);
    expect(await page.evaluate<boolean>('window.inlineScriptRan === true')).toBe(false);
    expect(tab.problems.join('\n')).toMatch(/Content Security Policy|CSP violation/);
    tab.problems.length = 0;
  });
});
