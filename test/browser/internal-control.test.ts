import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces, readTable } from '../support/browser';
import { acceptRefusedLoads, expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { openInOtherBrowser, openPage } from '../support/pages/app-page';

/**
 * Internkontroll in Chromium, on Alingsås's demo (001's plan of 2023 with its follow-up at
 * August, the sample of September 2023 reviewed by the enhetschef of 8113): the controller
 * changes a risk, follows a control up and draws a sample; the enhetschef reviews one of her
 * items; a nämndledamot reads; the auditor draws the demo's sample again.
 */

const TITLE_2023 = 'Internkontroll Socialnämnden 2023';
const PAGE_2023 = '/internkontroll?ar=2023&manad=8';
const DIGITAL = 'Att vi inte nyttjar digitala möjligheter i tillräcklig grad';
const FEES = 'Att vi har likabehandling i avgiftshanteringen';
const DEMO_SAMPLE = 'Öppna urvalet 2023-09-04–2023-09-10';

const oneLine = (text: string): string => normaliseSpaces(text).replace(/\s+/g, ' ').trim();

const section = (page: Page, heading: string | RegExp): Locator =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });

const rowText = async (row: Locator): Promise<string> => oneLine(await row.innerText());

describe.skipIf(!chromiumAvailable())('Internkontroll in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the controller reassesses a risk, follows a control up and draws a sample', async () => {
    const tab = currentTab();
    const { page } = tab;
    // Översikt first: the start address redirects there, and a menu click made before the
    // redirect would be overtaken by it.
    await openPage(tab, '/oversikt', 'Översikt');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Internkontroll' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: /^Internkontroll Socialnämnden \d{4}$/ })
      .waitFor();
    await page.getByLabel('År', { exact: true }).selectOption('2023');
    await page.getByRole('heading', { level: 1, name: TITLE_2023 }).waitFor();
    expect(new URL(page.url()).searchParams.get('ar')).toBe('2023');
    expect(await page.getByLabel('Rapport').inputValue()).toBe('8');

    // The risks, highest value first, with their place in the matrix in words.
    const risks = section(page, 'Risk- och väsentlighetsanalys');
    const riskTable = risks.getByRole('table', { name: 'Risker 2023, högst riskvärde först' });
    const list = await readTable(riskTable);
    expect(list.head).toEqual([
      'Risk',
      'Beskrivning',
      'Process/område',
      'Sannolikhet',
      'Konsekvens',
      'Riskvärde',
      'Förra året',
      'Hantering',
      'Ägare',
      'Ändra',
    ]);
    expect(
      list.rows.map((row) => [oneLine(row[0] ?? ''), row[3], row[4], oneLine(row[5] ?? '')]),
    ).toEqual([
      [
        '1 Att vi till delar inte har säkerställt att vi har en rättssäker myndighetsutövning',
        '3',
        '3',
        '9 Hög',
      ],
      [`2 ${DIGITAL}`, '3', '2', '6 Måttlig'],
    ]);
    const matrixText = risks.locator('#risk-matrix-text');
    expect(oneLine(await matrixText.innerText())).toContain(
      'Sannolikhet 3 Möjlig, konsekvens 2 Lindrig (riskvärde 6, Måttlig): risk 2.',
    );
    await expectAccessible(page);
    // The sticky table heads drawn where the page was scrolled would cover rows.
    await page.evaluate('window.scrollTo(0, 0)');
    await tab.screenshot('internkontroll-controller');

    // Sannolikhet 3 → 4: 8, Hög, in the list and in the matrix.
    await riskTable.getByRole('button', { name: `Ändra ${DIGITAL}` }).click();
    const riskForm = risks.getByRole('group', { name: `Ändra risken ${DIGITAL}` });
    await riskForm.getByLabel('Sannolikhet').selectOption('4');
    await riskForm.getByRole('button', { name: 'Spara risken' }).click();
    await riskForm.getByText('Risken är sparad med riskvärde 8.').waitFor();
    const digitalRow = riskTable.getByRole('row', { name: new RegExp(DIGITAL) });
    await expect.poll(() => rowText(digitalRow)).toContain('4 2 8 Hög Ny');
    await expect
      .poll(async () => oneLine(await matrixText.innerText()))
      .toContain('Sannolikhet 4 Sannolik, konsekvens 2 Lindrig (riskvärde 8, Hög): risk 2.');
    expect(await risks.locator('.risk-matrix__marker').count()).toBe(2);

    // Someone else saves the same risk meanwhile: this save is refused in Swedish, the draft
    // kept, and saved on the revision read again.
    const other = await openInOtherBrowser(page, 'controller');
    try {
      const otherTable = other.page.getByRole('table', {
        name: 'Risker 2023, högst riskvärde först',
      });
      await otherTable.getByRole('button', { name: `Ändra ${DIGITAL}` }).click();
      const otherForm = other.page.getByRole('group', { name: `Ändra risken ${DIGITAL}` });
      await otherForm.getByLabel('Ägare').fill('Avdelningschef');
      await otherForm.getByRole('button', { name: 'Spara risken' }).click();
      await otherForm.getByText(/^Risken är sparad/).waitFor();
    } finally {
      await other.close();
    }
    await riskForm.getByLabel('Process/område').fill('Försörjningsstöd');
    await riskForm.getByRole('button', { name: 'Spara risken' }).click();
    const conflict = riskForm.getByRole('alert');
    await conflict.waitFor();
    expect(await conflict.innerText()).toMatch(
      /^Någon annan har sparat risken medan du skrev.*Inget av ditt sparades/,
    );
    acceptRefusedLoads(tab, 409, 1);
    expect(await riskForm.getByLabel('Process/område').inputValue()).toBe('Försörjningsstöd');
    await expect.poll(() => rowText(digitalRow)).toContain('Avdelningschef');
    await riskForm.getByRole('button', { name: 'Spara risken' }).click();
    await riskForm.getByText('Risken är sparad med riskvärde 8.').waitFor();
    await expect.poll(() => rowText(digitalRow)).toContain('Försörjningsstöd');

    // A name left empty is refused by its field.
    await riskForm.getByLabel('Risk', { exact: true }).fill('');
    await riskForm.getByRole('button', { name: 'Spara risken' }).click();
    await riskForm.locator('.field__error').first().waitFor();
    acceptRefusedLoads(tab, 400, 1);

    // A critical success factor that takes care of the first risk, and its follow-up.
    const factors = section(page, 'Kritiska verksamhetsfaktorer');
    await factors.getByText('Lägg till en faktor under Verksamhet').click();
    const factorForm = factors.getByRole('group', {
      name: 'Lägg till en kritisk verksamhetsfaktor',
    });
    await factorForm.getByLabel('Kritisk verksamhetsfaktor').fill('Rättssäker handläggning');
    await factorForm.getByLabel(/^Att vi till delar inte har säkerställt/).check();
    await factorForm.getByRole('button', { name: 'Lägg till faktorn' }).click();
    await factorForm.getByText('Faktorn är sparad.').waitFor();
    const factor = factors.locator('li.factor').filter({ hasText: 'Rättssäker handläggning' });
    await expect
      .poll(async () => oneLine(await factor.locator('.factor__risks').innerText()))
      .toBe(
        'Omhändertar: Att vi till delar inte har säkerställt att vi har en rättssäker myndighetsutövning (9).',
      );
    await factor.getByText('Ändra faktorn och dess uppföljning').click();
    await factor
      .getByLabel('Uppföljning vid delåret (augusti)')
      .fill('Handläggarskolan är planerad.');
    await factor.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await factor.getByText('Uppföljningen är sparad.').waitFor();
    await expect
      .poll(async () => oneLine(await factor.locator('.factor__follow-up').innerText()))
      .toBe('Uppföljning vid delåret (augusti): Handläggarskolan är planerad.');

    // The follow-up of the fees' control, Med → Utan anmärkning: three of four in the sentence.
    const followUp = section(page, 'Uppföljning vid delår');
    const summary = followUp.locator('.follow-up-summary');
    expect(await summary.innerText()).toContain('två av totalt fyra kontrollpunkter');
    await followUp.getByRole('button', { name: `Följ upp ${FEES}` }).click();
    const followUpForm = followUp.getByRole('group', { name: new RegExp(`^Följ upp ”${FEES}”`) });
    await followUpForm
      .getByLabel('Kontrollen är genomförd utan anmärkning/med försumbar anmärkning')
      .check();
    await followUpForm.getByLabel('Åtgärder').fill('Manualen är spridd till handläggarna.');
    await followUpForm.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await followUpForm.getByText('Uppföljningen är sparad.').waitFor();
    await expect.poll(() => summary.innerText()).toContain('tre av totalt fyra kontrollpunkter');
    const feesRow = followUp.getByRole('row', { name: new RegExp(`^${FEES}`) });
    await expect.poll(() => rowText(feesRow)).toContain('Utan anmärkning');
    await expect.poll(() => rowText(feesRow)).toContain('Manualen är spridd till handläggarna.');
    await expectAccessible(page);

    // A sample of the following week for the access control, reviewed by 8113.
    const samples = section(page, 'Stickprov');
    await samples.getByText('Dra ett stickprov').click();
    const draw = samples.getByRole('group', { name: 'Dra ett stickprov' });
    await draw.getByLabel('Från').fill('2023-09-11');
    await draw.getByLabel('Till').fill('2023-09-17');
    await draw.getByLabel('Urvalets storlek').fill('5');
    await draw.getByLabel('Frö').fill('vecka 37');
    await draw
      .getByLabel('Kontroll')
      .selectOption({ label: 'Att obehöriga personer ej går in i ärenden' });
    await draw
      .getByLabel('Granskas av chefen för')
      .selectOption({ label: '8113 Utredning ungdom' });
    await draw.getByRole('button', { name: 'Dra urvalet' }).click();
    await draw.getByText(/^Urvalet är draget: 5 av \d+ handläggare/).waitFor();
    const sampleTable = samples.getByRole('table', { name: 'Stickprov 2023' });
    await expect
      .poll(() => sampleTable.getByRole('row').filter({ hasText: '2023-09-11–2023-09-17' }).count())
      .toBe(1);
    const items = samples.getByRole('table', { name: 'Poster i urvalet' });
    await expect.poll(() => items.locator('tbody tr').count()).toBe(5);
    // The controller draws and does not review.
    expect(await items.getByRole('button', { name: /^Granska/ }).count()).toBe(0);
    await expectAccessible(page);
    // The sticky table heads drawn where the page was scrolled would cover rows.
    await page.evaluate('window.scrollTo(0, 0)');
    await tab.screenshot('internkontroll-controller-stickprov');

    // A ledger sample: accounts and the lowest amount in kronor; each item's own unit reviews.
    await draw.getByLabel('Population').selectOption('ledger');
    await draw.getByLabel('Konton').fill('4110');
    await draw.getByLabel('Lägsta belopp (kr)').fill('5 000');
    await draw.getByLabel('Från').fill('2023-08-01');
    await draw.getByLabel('Till').fill('2023-08-31');
    await draw.getByLabel('Urvalets storlek').fill('3');
    await draw.getByLabel('Frö').fill('bistånd');
    await draw.getByLabel('Kontroll').selectOption({ label: 'Ingen kontroll' });
    await draw
      .getByLabel('Granskas av chefen för')
      .selectOption({ label: 'Transaktionens egen enhet' });
    await draw.getByRole('button', { name: 'Dra urvalet' }).click();
    await draw.getByText('Urvalet är draget: 3 av 25 bokförda transaktioner.').waitFor();
    const ledgerRow = sampleTable.getByRole('row').filter({ hasText: 'bistånd' }).first();
    await expect.poll(() => rowText(ledgerRow)).toContain('Konton 4110 från 5 000,00 kr');
    await expect.poll(() => items.locator('tbody tr').count()).toBe(3);

    // Helår: the report month in the address.
    await page.getByLabel('Rapport').selectOption('12');
    await page.getByRole('heading', { level: 2, name: 'Uppföljning vid helår' }).waitFor();
    expect(new URL(page.url()).searchParams.get('manad')).toBe('12');
    await expect
      .poll(() => section(page, 'Uppföljning vid helår').locator('.follow-up-summary').innerText())
      .toMatch(/^Vid årsbokslutet/);
  });

  test('the enhetschef opens the demo’s sample and reviews one of her items', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('enhetschef');
    // The page opens on the latest year (2026) and tells her of her items left in 2023's sample.
    await openPage(tab, '/internkontroll', 'Internkontroll Socialnämnden 2026');
    const pending = page.getByRole('region', { name: 'Att granska' });
    await expect
      .poll(() => pending.innerText())
      .toContain(
        '5 poster i stickprovet 4–10 september 2023 (handläggare i verksamhetssystemets åtkomstlogg).',
      );
    await pending.getByRole('button', { name: 'Visa 2023' }).first().click();
    await page.getByRole('heading', { level: 1, name: TITLE_2023 }).waitFor();
    await page.getByRole('table', { name: 'Internkontrollplan 2023' }).waitFor();
    expect(await page.getByRole('button', { name: /^Ändra|^Följ upp/ }).count()).toBe(0);
    const samples = section(page, 'Stickprov');
    await samples.getByRole('button', { name: DEMO_SAMPLE }).click();
    const items = samples.getByRole('table', { name: 'Poster i urvalet' });
    await expect.poll(() => items.locator('tbody tr').count()).toBe(15);
    // Every item is hers: the ten reviewed (to change) and the five left.
    expect(await items.getByRole('button', { name: /^Granska post/ }).count()).toBe(5);
    expect(await items.getByRole('button', { name: /^Ändra granskningen av post/ }).count()).toBe(
      10,
    );
    expect(await items.getByText('Ej granskad').count()).toBe(5);
    expect(await samples.getByRole('button', { name: 'Gör om dragningen' }).count()).toBe(0);
    await items.getByRole('button', { name: 'Granska post 11' }).click();
    const form = samples.getByRole('group', { name: /^Granska post 11:/ });
    // A remark needs its comment.
    await form.getByLabel('Med anmärkning').check();
    await form.getByRole('button', { name: 'Spara granskningen' }).click();
    await form.locator('.field__error').first().waitFor();
    acceptRefusedLoads(tab, 400, 1);
    await form.getByLabel('Kommentar').fill('Ärendet hör inte till handläggaren.');
    await form.getByRole('button', { name: 'Spara granskningen' }).click();
    await form.getByText('Post 11 är granskad.').waitFor();
    const item = items.getByRole('row').filter({ hasText: 'Ärendet hör inte till handläggaren.' });
    await expect.poll(() => rowText(item)).toContain('Med anmärkning');
    const demoRow = samples
      .getByRole('table', { name: 'Stickprov 2023' })
      .getByRole('row')
      .filter({ hasText: '2023-09-04–2023-09-10' });
    await expect
      .poll(() => rowText(demoRow))
      .toContain('Granskade: 11 av 15, varav 1 med anmärkning.');
    await expectAccessible(page);
    // The sticky table heads drawn where the page was scrolled would cover rows.
    await page.evaluate('window.scrollTo(0, 0)');
    await tab.screenshot('internkontroll-enhetschef');
  });

  test('a nämndledamot reads, changes nothing and opens no sample', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('ledamot');
    await openPage(tab, PAGE_2023, TITLE_2023);
    await page.getByRole('table', { name: 'Internkontrollplan 2023' }).waitFor();
    expect(
      await page.getByRole('button', { name: /^Ändra|^Följ upp|^Öppna|^Starta/ }).count(),
    ).toBe(0);
    // The only panel: the scales.
    expect(await page.locator('details > summary').allInnerTexts()).toEqual(['Skalor']);
    await page.getByText('Skalor').click();
    await page.getByRole('table', { name: 'Sannolikhet' }).getByText('4 Sannolik').waitFor();
    await section(page, 'Stickprov').getByRole('table', { name: 'Stickprov 2023' }).waitFor();
    await expectAccessible(page);
    // The sticky table heads drawn where the page was scrolled would cover rows.
    await page.evaluate('window.scrollTo(0, 0)');
    await tab.screenshot('internkontroll-ledamot');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Uppföljningen som PDF' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  });

  test('the auditor draws the demo’s sample again and gets the same items', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('revisor');
    await openPage(tab, PAGE_2023, TITLE_2023);
    expect(await page.getByRole('button', { name: /^Ändra|^Följ upp/ }).count()).toBe(0);
    const samples = section(page, 'Stickprov');
    await samples.getByRole('button', { name: DEMO_SAMPLE }).click();
    const items = samples.getByRole('table', { name: 'Poster i urvalet' });
    await expect.poll(() => items.locator('tbody tr').count()).toBe(15);
    expect(await items.getByRole('button', { name: /^Granska/ }).count()).toBe(0);
    await samples.getByRole('button', { name: 'Gör om dragningen' }).click();
    const result = samples.locator('.sample-redo__result');
    await expect
      .poll(async () => oneLine(await result.innerText()))
      .toBe('Samma urval: ja Populationen vid dragningen: 40 Populationen nu: 40');
    await expectAccessible(page);
    // The sticky table heads drawn where the page was scrolled would cover rows.
    await page.evaluate('window.scrollTo(0, 0)');
    await tab.screenshot('internkontroll-revisor');
  });

  // Last: the next year's analysis becomes the page's default year.
  test('the controller starts 2027’s analysis from 2026’s, last year’s values beside', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('controller');
    await openPage(tab, '/internkontroll?ar=2026', 'Internkontroll Socialnämnden 2026');
    const risks2026 = await readTable(
      page.getByRole('table', { name: 'Risker 2026, högst riskvärde först' }),
    );
    await tab.screenshot('internkontroll-2026');
    await page.getByRole('button', { name: 'Starta analysen för 2027 från 2026' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Internkontroll Socialnämnden 2027' })
      .waitFor();
    const table = page.getByRole('table', { name: 'Risker 2027, högst riskvärde först' });
    await table.waitFor();
    const risks2027 = await readTable(table);
    // The same risks to reassess, each with 2026's value as Förra året.
    expect(risks2027.rows.map((row) => oneLine(row[0] ?? ''))).toEqual(
      risks2026.rows.map((row) => oneLine(row[0] ?? '')),
    );
    expect(risks2027.rows.map((row) => row[6])).toEqual(
      risks2026.rows.map((row) => oneLine(row[5] ?? '').split(' ')[0]),
    );
    expect(await page.getByRole('button', { name: /^Starta analysen/ }).count()).toBe(1);
    await expectAccessible(page);
  });
});
