import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { clickThrough } from '../support/pages/app-page';
import { FollowUpPage, openOwnUnitReport } from '../support/pages/follow-up-page';

/**
 * The monthly follow-up in the demo's 2023 (budget and ledger actuals): the enhetschef of
 * Utredning ungdom (8113) gives the forecast and the comments and submits; the controller
 * approves, publishes and reopens.
 */

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
    await FollowUpPage.open(tab, 2023, 8);
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
    let report = await openOwnUnitReport(tab, 8);
    await expectAccessible(page);
    await tab.screenshot('uppfoljning-enhet-ej-paborjad');
    expect(normaliseSpaces(await page.locator('.facts').first().innerText())).toContain(
      'Ej påbörjad',
    );
    await page.getByLabel(/^Kommentar till avvikelsen \(krävs\)/).waitFor();

    // Take a proposal for personnel costs: the field gets its figure and its method.
    const personnel = report.forecastRow('Personalkostnader');
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
    // Every proposal carries its explanation, and its figure unless it is disabled.
    const proposals = [];
    for (const button of await report.forecastTable
      .getByRole('button', { name: /^Ta förslaget/ })
      .all()) {
      const describedBy = (await button.getAttribute('aria-describedby')) ?? '';
      // The figure ends the visible text, before ", <group>" for screen readers.
      const text = normaliseSpaces((await button.textContent()) ?? '');
      proposals.push({
        withFigure: /\d, [^,]+$/.test(text),
        disabled: await button.isDisabled(),
        explanation: await page.locator(`[id="${describedBy}"]`).innerText(),
      });
    }
    expect(proposals.length).toBeGreaterThan(0);
    for (const proposal of proposals) {
      expect(proposal.disabled).toBe(!proposal.withFigure);
      expect(proposal.explanation.trim()).not.toBe('');
    }

    // The unit buys care: the placements' proposal for Köp av tjänster, and the register
    // beside the ledger under the table.
    await report
      .forecastRow('Köp av tjänster')
      .getByRole('button', { name: /^Ta förslaget: Utfall hittills \+ placeringarnas prognos/ })
      .waitFor();
    await page
      .getByText(/^Placeringar \(köpt vård\): \d+ aktiva i år, .* bokfört på Köp av tjänster/)
      .waitFor();

    // Change a figure: it is the user's own.
    const purchases = page.getByLabel('Prognos helår Köp av tjänster, tkr');
    await purchases.fill('-12 345');
    await report.forecastRow('Köp av tjänster').getByText('Metod: Inmatad').waitFor();
    const sum = report.forecastTable.locator('tfoot tr');
    expect(normaliseSpaces(await sum.innerText())).toMatch(/^Summa/);
    // The comment on the forecast, under the forecast table (never required).
    const forecastComment = page.getByRole('textbox', { name: 'Kommentar till prognosen' });
    await forecastComment.fill('Färre externa placeringar under hösten.');

    // A draft first; submitting asks for the required texts.
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await report.statusLine.getByText('Utkastet är sparat.').waitFor();
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
    let month = await FollowUpPage.open(tab, 2023, 8);
    const table = month.unitTable;
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
    await clickThrough(
      page,
      unitRow.getByRole('link', { name: 'Driftredovisning för Utredning ungdom' }),
      /^Driftredovisning Utredning ungdom/,
    );
    month = await FollowUpPage.reached(
      tab,
      page.getByRole('navigation', { name: 'Uppföljning' }).getByRole('link', {
        name: 'Månadsuppföljning',
      }),
      2023,
      8,
    );

    report = await month.openReport(
      unitRow.getByRole('link', { name: 'Utredning ungdom' }).first(),
      'Utredning ungdom',
    );
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

    month = await report.backToMonth();
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
    report = await month.openReport(
      unitRow.getByRole('link', { name: 'Utredning ungdom' }).first(),
      'Utredning ungdom',
    );
    await page.getByText(/^Månaden är publicerad och låst/).waitFor();
    expect(await page.getByRole('button', { name: 'Godkänn' }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page);

    // The controller opens the month again, with a reason that is recorded.
    await report.backToMonth();
    await page.getByLabel('Skäl att öppna igen').fill('Rättelse av Boendeenhetens prognos.');
    await page.getByRole('button', { name: 'Öppna igen' }).click();
    await page.getByText('Månaden augusti 2023 är öppen igen.').waitFor();
    await page.getByText(/^Öppnad igen .* Skäl: Rättelse av Boendeenhetens prognos\.$/).waitFor();
    await page.getByRole('button', { name: 'Publicera' }).waitFor();
  });
});
