import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces, readTable } from '../support/browser';
import { acceptRefusedLoads, expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { openPage } from '../support/pages/app-page';

/**
 * Mål och nyckeltal in Chromium: the controller reads 001's goals of 2023 and sets an
 * assessment; the enhetschef enters the outcome of their unit's indicator (and is told what is
 * wrong with a figure); a nämndledamot reads and changes nothing.
 */

const TITLE = 'Mål och nyckeltal Socialnämnden 2023';

const oneLine = (text: string): string => normaliseSpaces(text).replace(/\s+/g, ' ');

const goalSection = (page: Page, text: string) =>
  page.locator('section.goal').filter({ has: page.getByRole('heading', { level: 3, name: text }) });

describe.skipIf(!chromiumAvailable())('Mål och nyckeltal in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the controller reads 001’s goals and indicators and sets a goal’s assessment', async () => {
    const tab = currentTab();
    const { page } = tab;
    // Översikt first: the start address redirects there, and a menu click made before the
    // redirect would be overtaken by it.
    await openPage(tab, '/oversikt', 'Översikt');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Mål och nyckeltal' })
      .click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByLabel('Rapportmånad').inputValue()).toBe('8');
    expect(await page.locator('section.council-goal > h2').allInnerTexts()).toEqual([
      '2. I Alingsås finns goda livsmiljöer genom en långsiktig ekologisk, social och ekonomisk hållbar utveckling',
      '3. Alingsåsarna har inflytande, får god service och ett gott bemötande från kommunen',
    ]);
    const first = goalSection(page, 'Antal personer som blir självförsörjande ska öka');
    await expect
      .poll(() => first.locator('.goal__assessment').innerText())
      .toBe('Bedömning: Ej uppfyllt');
    const table = await readTable(
      page.getByRole('table', {
        name: 'Nyckeltal för ”Antal personer som blir självförsörjande ska öka”',
      }),
    );
    expect(table.head).toEqual([
      'Nyckeltal',
      'Mål 2023',
      'Utfall',
      'Kvinnor / män',
      'Föregående år',
      'Status',
      'Över åren',
    ]);
    expect(table.rows.map((row) => row.slice(1, 6).map(oneLine))).toEqual([
      ['≤135', '166 31 aug 2023', '85 / 81', '139', 'Når inte målet'],
      ['≥81', '70 % 31 aug 2023', '69 % / 70 %', '81 %', 'Når inte målet'],
    ]);
    await expectAccessible(page);
    await tab.screenshot('mal-controller');

    // The assessment: the proposal beside it, the level chosen, the analysis kept.
    const sap = goalSection(page, 'Att samverkan i våld i nära ärenden ökar');
    await sap.getByText('Bedöm målet').click();
    await sap.getByText(/^Förslag utifrån nyckeltalen: Ej uppfyllt/).waitFor();
    await sap.getByLabel('I hög grad uppfyllt').check();
    await sap.getByLabel('Kommentar och analys').fill('Modellen är på plats i fler ärenden.');
    await sap.getByRole('button', { name: 'Spara bedömningen' }).click();
    await sap.getByText('Bedömningen är sparad.').waitFor();
    await expect
      .poll(() => sap.locator('.goal__assessment').innerText())
      .toBe('Bedömning: I hög grad uppfyllt');
    await sap
      .locator('.goal__analysis')
      .getByText('Modellen är på plats i fler ärenden.')
      .waitFor();
    await expectAccessible(page);
  });

  test('the enhetschef enters their unit’s outcome; a figure out of range is refused by field', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('enhetschef');
    await openPage(tab, '/mal-och-nyckeltal', TITLE);
    // One panel to enter outcomes: for the indicator Utredning ungdom owns.
    expect(await page.getByText('Ange utfall', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Bedöm målet').count()).toBe(0);
    const sap = goalSection(page, 'Att samverkan i våld i nära ärenden ökar');
    await sap.getByText('Ange utfall', { exact: true }).click();
    const form = sap.getByRole('group', { name: /^Ange utfall för Våld i nära SAP/ });
    expect(await form.getByLabel('Datum').inputValue()).toBe('2023-08-31');
    await form.getByLabel('Totalt').fill('120');
    await form.getByRole('button', { name: 'Spara utfallet' }).click();
    await form.getByText('Totalt ska ligga mellan 0 och 100 % (120).').first().waitFor();
    acceptRefusedLoads(tab, 400, 1);
    await expectAccessible(page);
    await form.getByLabel('Totalt').fill('65,5');
    await form.getByRole('button', { name: 'Spara utfallet' }).click();
    await form.getByText('Utfallet per 2023-08-31 är sparat.').waitFor();
    const row = sap.getByRole('row', { name: /^Våld i nära SAP/ });
    await expect.poll(async () => normaliseSpaces(await row.innerText())).toContain('65,5 %');
    await tab.screenshot('mal-enhetschef');
  });

  test('a nämndledamot reads the goals and is offered no change', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('ledamot');
    await openPage(tab, '/mal-och-nyckeltal', TITLE);
    await page
      .getByRole('table', { name: /^Nyckeltal för/ })
      .first()
      .waitFor();
    expect(await page.locator('details').count()).toBe(0);
    await expectAccessible(page);
    await tab.screenshot('mal-ledamot');
    // Måluppföljning as a document, as the browser downloads it.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Måluppföljningen som PDF' }).click();
    expect((await download).suggestedFilename()).toBe(
      'Måluppföljning augusti 2023 Socialnämnden.pdf',
    );
  });

  test('the controller changes an indicator’s target and links it to Kolada', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('controller');
    await openPage(tab, '/mal-och-nyckeltal?ar=2023&manad=8', TITLE);
    const goal = goalSection(
      page,
      'De som tar kontakt med socialförvaltningen via telefon och är nöjda med bemötandet ska öka',
    );
    await goal.getByText('Ändra målet och nyckeltalen').click();
    const form = goal.getByRole('group', { name: /^Ändra nyckeltalet Nöjd med bemötandet/ });
    await form.getByLabel('Målvärde').fill('83');
    await form.getByLabel('Kolada-id').fill('x123');
    await form.getByRole('button', { name: 'Spara nyckeltalet' }).click();
    await form
      .getByText('Ett Kolada-id är en bokstav och fem siffror, till exempel N31807.')
      .waitFor();
    await form.getByLabel('Kolada-id').fill('n31807');
    await form.getByRole('button', { name: 'Spara nyckeltalet' }).click();
    await form.getByText('Nyckeltalet är sparat.').waitFor();
    const row = goal.getByRole('row', { name: /^Nöjd med bemötandet/ });
    await expect
      .poll(async () => oneLine(await row.innerText()))
      .toMatch(/^.*≥83 82,2 .*Når inte målet/);
    await row.getByText('(Kolada N31807)').waitFor();
    // Linked, the comparison opens: the board's own series; nothing is read from Kolada yet.
    await goal.getByText('Jämför med andra kommuner (Kolada)').click();
    const comparisonTable = goal.getByRole('table', {
      name: /^Nöjd med bemötandet via telefoni, index 0-100: jämförelse per år/,
    });
    await comparisonTable.waitFor();
    const comparison = await readTable(comparisonTable);
    expect(comparison.head).toEqual(['Serie', '2023']);
    expect(comparison.rows).toEqual([['Nämndens utfall', '82,2']]);
    await expectAccessible(page);
  });

  // Last: the carried year becomes the page's default year.
  test('the controller carries the goals over to next year, targets to review', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('controller');
    await openPage(tab, '/mal-och-nyckeltal?ar=2023&manad=8', TITLE);
    await page.getByRole('button', { name: 'För över målen till 2024' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Mål och nyckeltal Socialnämnden 2024' })
      .waitFor();
    const row = page
      .getByRole('table', {
        name: 'Nyckeltal för ”Antal personer som blir självförsörjande ska öka”',
      })
      .getByRole('row', { name: /^Antal vuxna biståndsmottagare/ });
    // The target copied; 2023's outcome is the year before's, read from the series.
    await expect
      .poll(async () => oneLine(await row.innerText()))
      .toMatch(/≤135 Utfall saknas – 166 Utfall saknas/);
    expect(await page.getByRole('button', { name: /^För över målen/ }).count()).toBe(1);
    await expectAccessible(page);
  });
});
