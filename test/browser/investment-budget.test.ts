import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { BudgetPage } from '../support/pages/budget-page';

/** A table row's text with every run of white space as one space. */
const rowText = async (row: Locator): Promise<string> =>
  normaliseSpaces(await row.innerText()).replace(/\s+/g, ' ');

describe.skipIf(!chromiumAvailable())('The investment budget in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('a controller adds lines to next year’s investment budget, types amounts, saves and sees the totals', async () => {
    const tab = currentTab();
    const { page } = tab;
    await BudgetPage.open(tab, 2027);
    await page.getByRole('button', { name: 'Ny budgetversion' }).click();
    const form = page.getByRole('region', { name: 'Ny budgetversion för 2027' });
    await form.getByRole('button', { name: 'Skapa budgetversion' }).click();
    await page.getByRole('heading', { level: 2, name: 'Förslag 2027' }).waitFor();

    // Started from Budget 2026: its lines for 2027-2030, 2031 repeating 2030.
    const table = page.getByRole('table', { name: /^Investeringsbudget Förslag 2027/ });
    await table.waitFor();
    expect(await page.getByLabel('Inventarier, Budget 2027, tkr').inputValue()).toBe('400');
    expect(await page.getByLabel('Inventarier, Plan 2031, tkr').inputValue()).toBe('400');
    const total = table.getByRole('row', { name: /^Totala utgifter/ });
    expect(await rowText(total)).toBe('Totala utgifter 800 800 800 800 800');
    await expectAccessible(page);

    // A line under Reinvestering gets the next standard name; one under Expansion a name typed.
    await page.getByRole('button', { name: 'Lägg till rad under Reinvestering' }).click();
    const offered = page.getByLabel('Namn, rad 3 under Reinvestering');
    expect(await offered.inputValue()).toBe('Transportmedel');
    await page.getByLabel('Transportmedel, Budget 2027, tkr').fill('150');
    await page.getByLabel('Transportmedel, Plan 2028, tkr').fill('1 200');
    await page.getByRole('button', { name: 'Lägg till rad under Expansionsinvestering' }).click();
    await expect
      .poll(() =>
        page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label') ?? null"),
      )
      .toBe('Namn, rad 1 under Expansionsinvestering');
    await page.keyboard.type('Nytt gruppboende');
    await page.getByLabel('Nytt gruppboende, Plan 2029, tkr').fill('2 000');
    await page.getByRole('button', { name: 'Ta bort Lokalanpassning i annans fastighet' }).click();

    // The totals follow before saving.
    expect(await rowText(total)).toBe('Totala utgifter 850 1 900 2 700 700 700');
    await page.getByText('Osparade ändringar i investeringsbudgeten.').waitFor();

    // A figure that is not whole tkr is named and blocks saving.
    const inventarier2028 = page.getByLabel('Inventarier, Plan 2028, tkr');
    await inventarier2028.fill('12,5');
    await page.getByText('Inventarier, Plan 2028: ”12,5” är inte ett helt tal i tkr.').waitFor();
    const save = page.getByRole('button', { name: 'Spara investeringsbudgeten' });
    expect(await save.isDisabled()).toBe(true);
    await expectAccessible(page);
    await inventarier2028.fill('400');

    await save.click();
    await page.getByRole('status').getByText('Investeringsbudgeten är sparad.').waitFor();
    expect(await rowText(total)).toBe('Totala utgifter 850 1 900 2 700 700 700');
    expect(await rowText(table.getByRole('row', { name: /^Expansionsinvestering/ }))).toMatch(
      /^Expansionsinvestering 0 0 2 000 0 0/,
    );
    expect(await page.getByLabel('Namn, rad 1 under Anpassningsinvestering').count()).toBe(0);
    await expectAccessible(page);
    await tab.screenshot('investeringsbudget-forslag');

    // Read again from the server: the lines are stored.
    await page.reload();
    await table.waitFor();
    expect(await page.getByLabel('Nytt gruppboende, Plan 2029, tkr').inputValue()).toBe(
      '2\u00a0000',
    );
    expect(await rowText(total)).toBe('Totala utgifter 850 1 900 2 700 700 700');
  });

  test('a controller enters a month’s actual and forecast for the year’s investments', async () => {
    const tab = currentTab();
    const { page } = tab;
    await page.setViewportSize({ width: 1280, height: 800 });
    await BudgetPage.open(tab, 2026);
    const section = page.getByRole('region', { name: 'Investeringar 2026: utfall och prognos' });
    await section.getByText('en justering läggs till det bokförda', { exact: false }).waitFor();
    // The latest month with entries: August, as the demo entered it.
    const august = section.getByRole('table', {
      name: /^Investeringar 2026, utfall till och med augusti/,
    });
    await august.waitFor();
    expect(
      await page.getByLabel('Inventarier, justering av utfall t.o.m. augusti, tkr').inputValue(),
    ).toBe('121');
    // The table fits a 1280 px window: neither it nor the page scrolls sideways.
    const frame = section.getByRole('region', {
      name: 'Tabell över investeringarnas utfall och prognos 2026',
    });
    const overflow = (box: { scrollWidth: number; clientWidth: number }) =>
      box.scrollWidth - box.clientWidth;
    expect(await frame.evaluate(overflow)).toBe(0);
    expect(await page.locator('html').evaluate(overflow)).toBe(0);
    await expectAccessible(page);

    await section.getByLabel('Rapportmånad').selectOption({ label: 'september' });
    const table = section.getByRole('table', {
      name: /^Investeringar 2026, utfall till och med september/,
    });
    await table.waitFor();
    // Nothing entered for September yet: August's forecast is proposed, no actual.
    const actual = page.getByLabel('Inventarier, justering av utfall t.o.m. september, tkr');
    expect(await actual.inputValue()).toBe('');
    expect(await page.getByLabel('Inventarier, prognos helår, tkr').inputValue()).toBe('230');
    await actual.fill('150');
    // An adjustment is labelled: the save waits for a comment saying what it corrects.
    await section
      .getByText('Skriv i kommentaren vad justeringen rättar: Inventarier.', { exact: false })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Spara utfall och prognos' }).isDisabled()).toBe(
      true,
    );
    await page.getByLabel('Inventarier, kommentar').fill('Stolar levererade, faktura ej bokförd.');
    await page.getByLabel('IT-utrustning, justering av utfall t.o.m. september, tkr').fill('210');
    await page.getByLabel('IT-utrustning, prognos helår, tkr').fill('280');
    await page.getByLabel('IT-utrustning, kommentar').fill('Färre datorer byts ut i år.');
    // The variance follows as typed: budget 300 - forecast 280; the actual is booked 0 + 210.
    const itRow = table.getByRole('row', { name: /^IT-utrustning/ });
    expect(await rowText(itRow)).toContain('300');
    await expect.poll(async () => rowText(itRow)).toMatch(/300\s+0\s+210\s+20$/);

    await page.getByRole('button', { name: 'Spara utfall och prognos' }).click();
    await page
      .getByRole('status')
      .getByText('Utfall och prognos för september är sparade.')
      .waitFor();
    const total = table.getByRole('row', { name: /^Totala utgifter/ });
    // Budget 800; booked 0 (the demo's projects have no purchase in 2026; Lokalanpassning is
    // linked to none); adjustments 150 + 210; actual 360; forecast 230 + 280 + 250; variance 40.
    expect(await rowText(total)).toBe('Totala utgifter 800 0 360 360 760 40');
    expect(await section.getByLabel('Rapportmånad').locator('option:checked').innerText()).toBe(
      'september (ifylld)',
    );
    await expectAccessible(page);
    await tab.screenshot('investeringar-uppfoljning');

    await BudgetPage.open(tab, 2026, { query: '&manad=9' });
    await table.waitFor();
    expect(
      await page.getByLabel('Inventarier, justering av utfall t.o.m. september, tkr').inputValue(),
    ).toBe('150');
    expect(await page.getByLabel('IT-utrustning, kommentar').inputValue()).toBe(
      'Färre datorer byts ut i år.',
    );
  });

  test('the booked actual of a line opens the ledger transactions behind it (001, August 2023)', async () => {
    const tab = currentTab();
    const { page } = tab;
    await BudgetPage.open(tab, 2023, { query: '&manad=8' });
    const section = page.getByRole('region', { name: 'Investeringar 2023: utfall och prognos' });
    await section
      .getByRole('table', { name: /^Investeringar 2023, utfall till och med augusti/ })
      .waitFor();
    await page
      .getByRole('button', { name: 'Inventarier, bokfört 213 tkr: visa verifikat' })
      .click();
    const transactions = page.getByRole('region', {
      name: 'Verifikat bakom bokfört utfall för Reinvestering/Inventarier, januari–augusti 2023',
    });
    await transactions.getByRole('table').waitFor();
    const text = normaliseSpaces(await transactions.innerText());
    expect(text).toContain('Ljudabsorbenter');
    expect(text).toContain('Summa, 3 transaktioner');
    expect(text).toContain('213 000,00');
    await expectAccessible(page);

    // The links: a project another line has is refused naming it; the line's own are kept.
    const links = page.getByRole('region', { name: 'Koppling till bokföringen' });
    await links
      .getByLabel('Investeringsrad')
      .selectOption({ label: 'Reinvestering/Transportmedel' });
    const projects = links.getByLabel('Projektkoder');
    expect(await projects.inputValue()).toBe('91030');
    await projects.fill('91030, 91010');
    await links.getByRole('button', { name: 'Spara kopplingen' }).click();
    await links
      .getByText('Projektkoden är redan kopplad till en annan investeringsrad i nämnden', {
        exact: false,
      })
      .waitFor();
    expect(await links.innerText()).toContain('91010: Reinvestering/Inventarier');
    // The refused save's 400 is the one failed load the page may log.
    const refused = tab.problems.filter((problem) => problem.includes('status of 400'));
    expect(refused).toHaveLength(1);
    tab.problems.splice(
      0,
      tab.problems.length,
      ...tab.problems.filter((problem) => !refused.includes(problem)),
    );
    await projects.fill('91030, 91031');
    await links.getByRole('button', { name: 'Spara kopplingen' }).click();
    await links.getByText('Reinvestering/Transportmedel: projekt 91030, 91031').waitFor();
    await expectAccessible(page);
  });
});
