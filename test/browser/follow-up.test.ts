import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces, type TrackedPage } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';

/**
 * The monthly follow-up in the demo's 2023 (budget and ledger actuals): the enhetschef of
 * Utredning ungdom (8113) gives the forecast and the comments and submits; the controller
 * approves, publishes and reopens; two people saving the same comment see each other's.
 */

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });
const statusLine = (page: Page) => page.locator('.report-actions [role="status"]');
const forecastTable = (page: Page) =>
  page.getByRole('table', { name: /^Prognos för helåret per kontogrupp/ });
const forecastRow = (page: Page, group: string) =>
  forecastTable(page).getByRole('row', { name: new RegExp(`^${group}`) });

/** Takes the expected failed loads (a refused call) out of the tab's problems. */
function acceptRefusedLoads(tab: TrackedPage, status: number, count: number): void {
  const refused = tab.problems.filter((problem) => problem.includes(`status of ${String(status)}`));
  expect(refused).toHaveLength(count);
  tab.problems.splice(0, tab.problems.length, ...tab.problems.filter((p) => !refused.includes(p)));
}

/** From the follow-up page of a month, the enhetschef's own unit's report. */
async function openOwnReport(tab: TrackedPage, month: number, monthName: string): Promise<void> {
  const { page } = tab;
  await tab.goto(`/uppfoljning?ar=2023&manad=${String(month)}`);
  await heading(page, `Månadsuppföljning Socialnämnden, ${monthName} 2023`).waitFor();
  const units = page.getByRole('table', { name: /^Dina enheter/ });
  // The controller's table, scoped to the unit: its report, and its statement beside it.
  await units.getByRole('link', { name: 'Utredning ungdom', exact: true }).click();
  await heading(page, `Uppföljning Utredning ungdom, ${monthName} 2023`).waitFor();
  await forecastTable(page).waitFor();
}

describe.skipIf(!chromiumAvailable())('Månadsuppföljning in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the unit manager forecasts, comments and submits; the controller approves and publishes', async () => {
    const tab = currentTab();
    const { page } = tab;

    // The controller asks for comments on variances beyond 100 tkr.
    await tab.goto('/oversikt');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Uppföljning' })
      .click();
    await page.getByRole('navigation', { name: 'Uppföljning' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/uppfoljning');
    await tab.goto('/uppfoljning?ar=2023&manad=8');
    await heading(page, 'Månadsuppföljning Socialnämnden, augusti 2023').waitFor();
    await page.getByLabel('Belopp (tkr)').fill('100');
    await page.getByRole('button', { name: 'Spara gränsen' }).click();
    await page.getByText('Gränsen är sparad.').waitFor();
    await page
      .getByText(
        /Kommentar och åtgärd krävs när avvikelsen eller prognosavvikelsen är större än 100 tkr/,
      )
      .waitFor();

    // The enhetschef opens the unit's report from Uppföljning.
    await tab.signIn('enhetschef');
    await openOwnReport(tab, 8, 'augusti');
    await expectAccessible(page);
    await tab.screenshot('uppfoljning-enhet-ej-paborjad');
    expect(normaliseSpaces(await page.locator('.facts').first().innerText())).toContain(
      'Ej påbörjad',
    );
    await page.getByLabel(/^Kommentar till avvikelsen \(krävs\)/).waitFor();

    // Take a proposal for personnel costs: the field gets its figure and its method.
    const personnel = forecastRow(page, 'Personalkostnader');
    const proposal = personnel.getByRole('button', {
      name: /^Ta förslaget: Utfall hittills \+ återstående budget/,
    });
    const proposalText = normaliseSpaces(await proposal.innerText());
    const proposed = /budget (-?[\d ]+)/.exec(proposalText)?.[1]?.trim() ?? '';
    expect(proposed).toMatch(/^-?\d/);
    await proposal.click();
    const personnelInput = page.getByLabel('Prognos helår Personalkostnader, tkr');
    expect(normaliseSpaces(await personnelInput.inputValue())).toBe(proposed);
    await personnel.getByText('Metod: Utfall hittills + återstående budget').waitFor();
    // A proposal without a figure is there, disabled, with its reason.
    const unavailable = forecastTable(page).locator('button:disabled');
    expect(await unavailable.count()).toBeGreaterThanOrEqual(0);

    // Change a figure: it is the user's own.
    const purchases = page.getByLabel('Prognos helår Köp av tjänster, tkr');
    await purchases.fill('-12 345');
    await forecastRow(page, 'Köp av tjänster').getByText('Metod: Inmatad').waitFor();
    const sum = forecastTable(page).locator('tfoot tr');
    expect(normaliseSpaces(await sum.innerText())).toMatch(/^Summa/);
    // The comment on the forecast, under the forecast table (never required).
    const forecastComment = page.getByRole('textbox', { name: 'Kommentar till prognosen' });
    await forecastComment.fill('Färre externa placeringar under hösten.');

    // A draft first; submitting asks for the required texts.
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await statusLine(page).getByText('Utkastet är sparat.').waitFor();
    expect(normaliseSpaces(await personnelInput.inputValue())).toBe(proposed);
    expect(await purchases.inputValue()).toBe('-12\u00a0345');
    expect(await forecastComment.inputValue()).toBe('Färre externa placeringar under hösten.');
    await page.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByText('Kommentar till avvikelsen krävs för att lämna in.').waitFor();
    await expectAccessible(page);
    await page
      .getByRole('textbox', { name: /^Kommentar till avvikelsen/ })
      .fill('Köp av externa placeringar är lägre än budget tack vare hemtagningarna.');
    await page
      .getByRole('textbox', { name: /^Åtgärd till avvikelsen/ })
      .fill('Fortsätta hemtagningsarbetet och följa upp återplaceringar.');
    await page.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByText('Rapporten är inlämnad.').waitFor();
    await page.locator('.facts').getByText('Inlämnad').waitFor();
    // Handed in: the unit manager changes nothing more.
    expect(await page.getByRole('button', { name: 'Spara utkast' }).count()).toBe(0);
    await page.getByText('Fortsätta hemtagningsarbetet och följa upp återplaceringar.').waitFor();
    await page.getByText('Färre externa placeringar under hösten.').waitFor();
    await expectAccessible(page);
    await tab.screenshot('uppfoljning-enhet-inlamnad');

    // The controller sees the unit as Inlämnad, approves it, publishes the month.
    await tab.signIn('controller');
    await tab.goto('/uppfoljning?ar=2023&manad=8');
    await heading(page, 'Månadsuppföljning Socialnämnden, augusti 2023').waitFor();
    const table = page.getByRole('table', { name: /^Månadsuppföljning per enhet, augusti 2023/ });
    const unitRow = table.getByRole('row', { name: /^Utredning ungdom/ });
    expect(normaliseSpaces(await unitRow.innerText())).toContain('Inlämnad');
    expect(normaliseSpaces(await table.locator('thead').innerText())).toBe(
      [
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
      ].join('\t'),
    );
    await page.getByText(/^1 av \d+ enheter har lämnat in/).waitFor();
    await page.getByRole('img', { name: 'Nämndens ackumulerade resultat 2023, mnkr' }).waitFor();
    await expectAccessible(page);
    await tab.screenshot('uppfoljning-controller');

    // Sorted by variance the units stand alone; a filter leaves the larger ones.
    await page.getByLabel('Sortering').selectOption('variance');
    await page.getByRole('table', { name: /störst avvikelse först/ }).waitFor();
    expect(await table.locator('tr.row--subtotal').count()).toBe(0);
    await page.getByLabel('Visa bara enheter med avvikelse över (tkr)').fill('1000000');
    await page.getByText('Ingen enhet har en avvikelse över 1000000 tkr.').waitFor();
    await page.getByLabel('Visa bara enheter med avvikelse över (tkr)').fill('');
    await page.getByLabel('Sortering').selectOption('organisation');

    // The drill-down to the unit's operating statement.
    await unitRow.getByRole('link', { name: 'Driftredovisning för Utredning ungdom' }).click();
    await heading(page, /^Driftredovisning Utredning ungdom/).waitFor();
    await page
      .getByRole('navigation', { name: 'Uppföljning' })
      .getByRole('link', { name: 'Månadsuppföljning' })
      .click();
    await heading(page, 'Månadsuppföljning Socialnämnden, augusti 2023').waitFor();

    await unitRow.getByRole('link', { name: 'Utredning ungdom' }).first().click();
    await heading(page, 'Uppföljning Utredning ungdom, augusti 2023').waitFor();
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText('Rapporten är godkänd.').waitFor();
    await page.locator('.facts .status-tag--approved').getByText('Godkänd').waitFor();
    // Approved, it looks locked to the controller too: text, not fields; who approved, when.
    await page
      .locator('.facts')
      .getByText(/^Karin Ek, \d{4}-\d\d-\d\d \d\d:\d\d$/)
      .waitFor();
    await page.getByText(/^Rapporten är godkänd och kan inte ändras\./).waitFor();
    expect(await page.getByRole('button', { name: 'Spara utkast' }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(1); // the remark for a return
    await expectAccessible(page);
    await tab.screenshot('uppfoljning-enhet-godkand-controller');

    await page.getByRole('link', { name: 'Månadsuppföljning augusti 2023' }).click();
    await heading(page, 'Månadsuppföljning Socialnämnden, augusti 2023').waitFor();
    expect(normaliseSpaces(await unitRow.innerText())).toContain('Godkänd');
    // The controller's own text goes into the report after the figures' sentences.
    await page
      .getByLabel('Resultat', { exact: true })
      .fill('Avvikelsen beror främst på fler externa placeringar.');
    await page.getByRole('button', { name: 'Spara Resultat' }).click();
    await page.getByRole('status').getByText('Resultat: sparad.').waitFor();
    const reportHref = await page
      .getByRole('link', { name: 'Ladda ned HTML' })
      .getAttribute('href');
    const reportHtml = await page.evaluate<string>(
      `fetch(${JSON.stringify(reportHref)}).then((r) => r.text())`,
    );
    expect(reportHtml).toContain('Avvikelsen beror främst på fler externa placeringar.');
    // Publishing asks first, naming the units without an approved report; Avbryt publishes nothing.
    const units = await table.getByRole('row').count();
    await page.getByRole('button', { name: 'Publicera' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Publicera månadsrapporten för augusti 2023?',
    });
    await dialog.waitFor();
    const missing = dialog.getByRole('list', { name: 'Enheter utan godkänd rapport' });
    const missingCount = await missing.getByRole('listitem').count();
    expect(missingCount).toBeGreaterThan(5);
    expect(missingCount).toBeLessThan(units);
    await dialog
      .getByText(
        new RegExp(
          `^${String(missingCount)} av \\d+ enheter har ingen godkänd rapport för månaden\\.$`,
        ),
      )
      .waitFor();
    expect(normaliseSpaces(await missing.innerText())).not.toContain('Utredning ungdom');
    expect(normaliseSpaces(await missing.getByRole('listitem').first().innerText())).toMatch(
      /^\d{3,4} .+ – (Ej påbörjad|Utkast|Inlämnad|Återskickad)$/,
    );
    await expectAccessible(page);
    await tab.screenshot('uppfoljning-publicera-fraga');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Månadsrapporten har inte publicerats.').waitFor();
    await page.getByRole('button', { name: 'Publicera' }).click();
    await dialog.getByRole('button', { name: 'Publicera' }).click();
    await page
      .getByText('Månadsrapporten för augusti 2023 är publicerad och månaden är låst.', {
        exact: true,
      })
      .waitFor();
    await page
      .getByText(/^Månadsrapporten för augusti 2023 är publicerad och månaden är låst\. Inget/)
      .waitFor();
    await page
      .getByText(/^Publicerad \d{4}-\d\d-\d\d \d\d:\d\d av .* Utan godkänd rapport: /)
      .waitFor();
    await expectAccessible(page);
    await tab.screenshot('uppfoljning-publicerad');

    // The month's report downloads as Word and PDF: a click saves the file under its name.
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ned PDF' }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe('Resultatrapport 2023-08 Socialnämnden.pdf');
    for (const [label, type] of [
      ['Ladda ned Word (DOCX)', 'officedocument.wordprocessingml'],
      ['Ladda ned PDF', 'application/pdf'],
    ] as const) {
      const href = await page.getByRole('link', { name: label }).getAttribute('href');
      expect(href).toMatch(/\/follow-up\/report\?year=2023&month=8&format=/);
      const answer = await page.evaluate<{ status: number; type: string }>(
        `fetch(${JSON.stringify(href)}).then((r) => ({ status: r.status, type: r.headers.get('content-type') ?? '' }))`,
      );
      expect(answer.status, label).toBe(200);
      expect(answer.type, label).toContain(type);
    }

    // Locked: the report is shown read-only.
    await unitRow.getByRole('link', { name: 'Utredning ungdom' }).first().click();
    await heading(page, 'Uppföljning Utredning ungdom, augusti 2023').waitFor();
    await page.getByText(/^Månaden är publicerad och låst/).waitFor();
    expect(await page.getByRole('button', { name: 'Godkänn' }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page);

    // The controller opens the month again, with a reason that is recorded.
    await page.getByRole('link', { name: 'Månadsuppföljning augusti 2023' }).click();
    await page.getByLabel('Skäl att öppna igen').fill('Rättelse av Boendeenhetens prognos.');
    await page.getByRole('button', { name: 'Öppna igen' }).click();
    await page.getByText('Månaden augusti 2023 är öppen igen.').waitFor();
    await page.getByText(/^Öppnad igen .* Skäl: Rättelse av Boendeenhetens prognos\.$/).waitFor();
    await page.getByRole('button', { name: 'Publicera' }).waitFor();
  });
});

describe.skipIf(!chromiumAvailable())('The month report of a month without actuals', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('says why there is no report, on the page, instead of saving a file', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/uppfoljning?ar=2025&manad=5');
    await heading(page, 'Månadsuppföljning Socialnämnden, maj 2025').waitFor();
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('link', { name: 'Ladda ned PDF' }).click();
    await page
      .getByRole('alert')
      .getByText(
        'Det finns inget bokfört utfall för januari–maj 2025. Läs in bokföringen för månaderna först.',
      )
      .waitFor();
    expect(downloads).toBe(0);
    acceptRefusedLoads(tab, 404, 1);
    await expectAccessible(page);
  });
});

describe.skipIf(!chromiumAvailable())('Two controllers writing one report text in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the second save shows the first one’s text and saves over it when asked again', async () => {
    const tab = currentTab();
    const { page } = tab;
    const address = '/uppfoljning?ar=2023&manad=5';
    await tab.goto(address);
    await heading(page, 'Månadsuppföljning Socialnämnden, maj 2023').waitFor();
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const other = await browser.newContext();
    try {
      const signedIn = await other.request.post(new URL('/api/session', page.url()).toString(), {
        data: { username: 'controller', password: 'demo-controller' },
      });
      expect(signedIn.ok()).toBe(true);
      const otherPage = await other.newPage();
      await otherPage.goto(new URL(address, page.url()).toString());
      await heading(otherPage, 'Månadsuppföljning Socialnämnden, maj 2023').waitFor();

      const result = (on: Page) => on.getByLabel('Resultat', { exact: true });
      await result(page).fill('Min förklaring av resultatet.');
      await result(otherPage).fill('Den andras förklaring.');
      await otherPage.getByRole('button', { name: 'Spara Resultat' }).click();
      await otherPage.getByRole('status').getByText('Resultat: sparad.').waitFor();

      await page.getByRole('button', { name: 'Spara Resultat' }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'har sparat Resultat' });
      await conflict.waitFor();
      expect(normaliseSpaces(await conflict.innerText())).toContain(
        'Karin Ek har sparat Resultat medan du skrev.',
      );
      await conflict.getByText('Den andras förklaring.').waitFor();
      await conflict.getByText('Min förklaring av resultatet.').waitFor();
      expect(await result(page).inputValue()).toBe('Min förklaring av resultatet.');
      acceptRefusedLoads(tab, 409, 1);
      await expectAccessible(page);

      // Saved again, over the version now seen: the user's text is the report's.
      await page.getByRole('button', { name: 'Spara Resultat' }).click();
      await page.getByRole('status').getByText('Resultat: sparad.').waitFor();
      await page.reload();
      await heading(page, 'Månadsuppföljning Socialnämnden, maj 2023').waitFor();
      expect(await result(page).inputValue()).toBe('Min förklaring av resultatet.');
    } finally {
      await other.close();
    }
  });
});

describe.skipIf(!chromiumAvailable())('Two people editing one report in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'enhetschef' });

  test('the second save of the same comment shows the conflict and keeps both versions', async () => {
    const tab = currentTab();
    const { page } = tab;
    await openOwnReport(tab, 6, 'juni');
    const address = page.url();

    // The avdelningschef opens the same report in another browser.
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const other = await browser.newContext();
    try {
      const signedIn = await other.request.post(new URL('/api/session', address).toString(), {
        data: { username: 'avdelningschef', password: 'demo-avdelningschef' },
      });
      expect(signedIn.ok()).toBe(true);
      const otherPage = await other.newPage();
      await otherPage.goto(address);
      await heading(otherPage, 'Uppföljning Utredning ungdom, juni 2023').waitFor();

      // Both write; the avdelningschef saves first.
      await page
        .getByRole('textbox', { name: /^Kommentar till avvikelsen/ })
        .fill('Saras förklaring.');
      await otherPage
        .getByRole('textbox', { name: /^Kommentar till avvikelsen/ })
        .fill('Jonas förklaring.');
      await otherPage.getByRole('button', { name: 'Spara utkast' }).click();
      await statusLine(otherPage).getByText('Utkastet är sparat.').waitFor();

      await page.getByRole('button', { name: 'Spara utkast' }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'Någon annan har sparat' });
      await conflict.waitFor();
      expect(normaliseSpaces(await conflict.innerText())).toContain(
        'Någon annan har sparat ändringar medan du skrev: Kommentar till avvikelsen',
      );
      await conflict.getByText('Jonas förklaring.').waitFor();
      await conflict.getByText('Saras förklaring.').waitFor();
      // The user's text is still in the field.
      expect(
        await page.getByRole('textbox', { name: /^Kommentar till avvikelsen/ }).inputValue(),
      ).toBe('Saras förklaring.');
      acceptRefusedLoads(tab, 409, 1);
      await expectAccessible(page);
      await tab.screenshot('uppfoljning-krock');

      // Take theirs, add to it, and save over the version now read.
      await conflict.getByRole('button', { name: /^Ta den sparade versionen/ }).click();
      const comment = page.getByRole('textbox', { name: /^Kommentar till avvikelsen/ });
      expect(await comment.inputValue()).toBe('Jonas förklaring.');
      await comment.fill('Jonas förklaring. Saras tillägg.');
      await page.getByRole('button', { name: 'Spara utkast' }).click();
      await statusLine(page).getByText('Utkastet är sparat.').waitFor();
      await page.reload();
      await heading(page, 'Uppföljning Utredning ungdom, juni 2023').waitFor();
      expect(
        await page.getByRole('textbox', { name: /^Kommentar till avvikelsen/ }).inputValue(),
      ).toBe('Jonas förklaring. Saras tillägg.');
    } finally {
      await other.close();
    }
  });
});
