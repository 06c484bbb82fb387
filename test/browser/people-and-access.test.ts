import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces, type TrackedPage } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';

const FIGURES = ['Översikt', 'Uppföljning', 'Rapporter', 'Mål och nyckeltal'];
const WITH_BUDGET = ['Översikt', 'Budget', 'Uppföljning', 'Rapporter', 'Mål och nyckeltal'];

/** The main menu each demo user sees: what their roles allow, nothing more. */
const NAVIGATION: Readonly<Record<string, readonly string[]>> = {
  // The administrator reads no figures, nor the board's published reports.
  admin: ['Översikt', 'Mål och nyckeltal', 'Internkontroll', 'Import', 'Administration'],
  controller: [...WITH_BUDGET, 'Internkontroll', 'Import'],
  avdelningschef: [...FIGURES, 'Internkontroll'],
  enhetschef: [...FIGURES, 'Internkontroll'],
  ledamot: ['Översikt', 'Rapporter', 'Mål och nyckeltal'],
  revisor: [...WITH_BUDGET, 'Internkontroll', 'Import', 'Administration'],
};

async function signInWithForm(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('heading', { name: 'Logga in' }).waitFor();
  await page.getByLabel('Användarnamn', { exact: true }).fill(username);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
}

const mainMenu = async (page: Page): Promise<string[]> => {
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await menu.waitFor();
  return (await menu.getByRole('link').allInnerTexts()).map(normaliseSpaces);
};

/** Takes the expected failed loads (a refused call) out of the tab's problems. */
function acceptRefusedLoads(tab: TrackedPage, status: number, count: number): void {
  const refused = tab.problems.filter((problem) => problem.includes(`status of ${String(status)}`));
  expect(refused).toHaveLength(count);
  tab.problems.splice(0, tab.problems.length, ...tab.problems.filter((p) => !refused.includes(p)));
}

describe.skipIf(!chromiumAvailable())('Signing in per role in Chromium', () => {
  const currentTab = useBrowserTabs({ user: null });

  test('each role signs in with the form, sees its own menu, and signs out', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/');
    await expectAccessible(page);
    await tab.screenshot('logga-in');
    for (const [username, menu] of Object.entries(NAVIGATION)) {
      await signInWithForm(page, username, `demo-${username}`);
      expect(await mainMenu(page)).toEqual(menu);
      await tab.goto('/oversikt');
      await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
      await expectAccessible(page);
      await tab.screenshot(`oversikt-${username}`);
      await page.getByRole('button', { name: 'Logga ut' }).click();
      await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    }
  });

  test('a wrong password is told in Swedish, without saying which part was wrong', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/');
    await signInWithForm(page, 'controller', 'fel lösenord');
    await page.getByRole('alert').getByText('Fel användarnamn eller lösenord.').waitFor();
    acceptRefusedLoads(tab, 401, 1);
    await expectAccessible(page);
  });

  test('after repeated failures the page tells how long to wait', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/');
    const attempt = async (password: string): Promise<number> => {
      const [answer] = await Promise.all([
        page.waitForResponse(
          (response) =>
            response.url().endsWith('/api/session') && response.request().method() === 'POST',
        ),
        signInWithForm(page, 'ingen-sadan-person', password),
      ]);
      return answer.status();
    };
    for (let guess = 1; guess <= 5; guess += 1) {
      expect(await attempt(`gissning ${String(guess)}`)).toBe(401);
    }
    expect(await attempt('gissning 6')).toBe(429);
    await page
      .getByRole('alert')
      .getByText('För många misslyckade inloggningar. Försök igen om 15 minuter.')
      .waitFor();
    acceptRefusedLoads(tab, 401, 5);
    acceptRefusedLoads(tab, 429, 1);
    await expectAccessible(page);
  });
});

describe.skipIf(!chromiumAvailable())('The frame’s other pages in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the account page, the pages still to come and a missing page pass axe', async () => {
    const tab = currentTab();
    const { page } = tab;
    const pages: readonly [string, string, string][] = [
      ['/konto', 'Byt lösenord', 'konto'],
      ['/mal-och-nyckeltal', 'Mål och nyckeltal', 'mal-kommer'],
      ['/internkontroll', 'Internkontroll', 'internkontroll-kommer'],
      ['/finns-inte', 'Sidan finns inte', 'sidan-finns-inte'],
    ];
    for (const [path, heading, screenshot] of pages) {
      await tab.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectAccessible(page);
      await tab.screenshot(screenshot);
    }
  });
});

describe.skipIf(!chromiumAvailable())('Unit scope in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'enhetschef' });

  test('an enhetschef sees their unit and is refused another unit’s figures', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/driftredovisning?ar=2023&manad=8');
    await page
      .getByRole('heading', { level: 1, name: /^Driftredovisning Utredning ungdom/ })
      .waitFor();
    // Another department's unit, by its id as a controller sees it.
    await tab.signIn('controller');
    const otherUnitId = await page.evaluate(async () => {
      const municipalities = (await (await fetch('/api/municipalities')).json()) as {
        municipalities: { id: string; boards: { id: string }[] }[];
      };
      const municipality = municipalities.municipalities[0];
      const base = `/api/municipalities/${municipality?.id ?? ''}/boards/${municipality?.boards[0]?.id ?? ''}/operating-statement?year=2023&month=8`;
      type Statement = {
        breakdown: { kind: string; orgUnit?: { id: string; code: string } }[];
      };
      const board = (await (await fetch(base)).json()) as Statement;
      const department = board.breakdown.find((row) => row.orgUnit?.code === '812');
      const units = (await (
        await fetch(`${base}&orgUnitId=${department?.orgUnit?.id ?? ''}`)
      ).json()) as Statement;
      return units.breakdown.find((row) => row.orgUnit?.code === '8123')?.orgUnit?.id ?? '';
    });
    expect(otherUnitId).not.toBe('');
    await tab.signIn('enhetschef');
    await tab.goto(`/driftredovisning?ar=2023&manad=8&enhet=${otherUnitId}`);
    await page.getByRole('alert').getByText('Din roll ger inte behörighet till detta.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    acceptRefusedLoads(tab, 403, 1);
    await expectAccessible(page);
    await tab.screenshot('enhetschef-annan-enhet');

    // Pages the role does not open say so without asking the server.
    await tab.goto('/administration/anvandare');
    await page.getByRole('heading', { level: 1, name: 'Ingen behörighet' }).waitFor();
    await tab.goto('/import');
    await page.getByRole('heading', { level: 1, name: 'Ingen behörighet' }).waitFor();
    await expectAccessible(page);
  });
});

describe.skipIf(!chromiumAvailable())('Administration in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'admin' });

  test('an administrator adds a unit and a user for it, who signs in and sees only that unit', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/administration');
    await page.getByRole('heading', { level: 2, name: 'Organisation' }).waitFor();
    await page.getByRole('table', { name: 'Socialnämnden (SN)' }).waitFor();
    await expectAccessible(page);
    await tab.screenshot('administration-organisation');

    await page.getByRole('button', { name: 'Ny avdelning eller enhet' }).click();
    const form = page.getByRole('region', { name: 'Ny avdelning eller enhet' });
    await form.getByLabel('Ligger under').selectOption({ label: '811 Avdelning unga' });
    await form.getByLabel('Ansvarskod', { exact: true }).fill('8119');
    await form.getByLabel('Namn', { exact: true }).fill('Ungdomsmottagning');
    await form.getByLabel('Giltig från').fill('2023-01-01');
    await form.getByLabel('Giltig till').fill('2022-12-31');
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.getByText('Giltig till är före Giltig från (2022-12-31).').first().waitFor();
    acceptRefusedLoads(tab, 400, 1);
    await expectAccessible(page);
    await tab.screenshot('administration-organisation-fel');
    await form.getByLabel('Giltig till').fill('');
    await form.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').getByText('Sparat: 8119 Ungdomsmottagning.').waitFor();
    const row = page.getByRole('row', { name: /Ungdomsmottagning/ });
    expect(normaliseSpaces(await row.innerText())).toMatch(
      /^8119\s+Ungdomsmottagning\s+Enhet\s+2023-01-01\s+–\s+–\s+0/,
    );
    // Change its name; the change is in the audit log, before and after.
    await row.getByRole('button', { name: 'Ändra Ungdomsmottagning' }).click();
    const edit = page.getByRole('region', { name: 'Ändra 8119 Ungdomsmottagning' });
    await edit.getByLabel('Namn', { exact: true }).fill('Ungdomsmottagningen');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').getByText('Sparat: 8119 Ungdomsmottagningen.').waitFor();
    await page.getByRole('link', { name: 'Granskningslogg' }).click();
    await page.getByLabel('Händelse', { exact: true }).selectOption({ label: 'Ändrad enhet' });
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const logRow = page.getByRole('row', { name: /Ändrad enhet/ });
    await logRow.waitFor();
    const logText = (await logRow.innerText()).replace(/\s+/g, ' ');
    expect(logText).toContain('Åsa Lind admin');
    expect(logText).toContain('Ungdomsmottagningen');
    expect(logText).toContain('Ungdomsmottagning');
    await tab.screenshot('granskningslogg-andrad-enhet');
    await page.getByRole('link', { name: 'Organisation' }).click();
    await page.getByRole('table', { name: 'Socialnämnden (SN)' }).waitFor();

    await page.getByRole('link', { name: 'Användare och roller' }).click();
    await page.getByRole('table', { name: /^Användare i/ }).waitFor();
    await page.getByRole('button', { name: 'Ny användare' }).click();
    const newUser = page.getByRole('region', { name: 'Ny användare' });
    await newUser.getByLabel('Användarnamn', { exact: true }).fill('maja.strand');
    await newUser.getByLabel('Namn', { exact: true }).fill('Maja Strand');
    await newUser.getByLabel('Roll', { exact: true }).selectOption({ label: 'Enhetschef' });
    await newUser
      .getByLabel('Enhet', { exact: true })
      .selectOption({ label: '8119 Ungdomsmottagningen' });
    await expectAccessible(page);
    await newUser.getByRole('button', { name: 'Skapa användare' }).click();
    const temporary = page.locator('.temporary-password__value');
    await temporary.waitFor();
    const password = await temporary.innerText();
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const userRow = page.getByRole('row', { name: /Maja Strand/ });
    expect(normaliseSpaces(await userRow.innerText())).toContain(
      'Enhetschef – 8119 Ungdomsmottagningen',
    );
    await expectAccessible(page);
    await tab.screenshot('administration-anvandare');

    await userRow.getByRole('link', { name: 'Maja Strand' }).click();
    await page.getByRole('heading', { level: 2, name: 'Maja Strand' }).waitFor();
    await expectAccessible(page);
    await tab.screenshot('administration-anvandare-maja');

    // Maja signs in with the temporary password, chooses her own, and sees her unit only.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await signInWithForm(page, 'maja.strand', password);
    await page.getByRole('heading', { name: 'Byt lösenord' }).waitFor();
    await page.getByLabel('Nuvarande lösenord').fill(password);
    // A common password is refused at its field, saying why.
    await page.getByLabel('Nytt lösenord').fill('Sommar2024!!');
    await page.getByLabel('Upprepa det nya lösenordet').fill('Sommar2024!!');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page
      .getByText(/Det nya lösenordet finns bland de vanligaste eller läckta lösenorden/)
      .waitFor();
    acceptRefusedLoads(tab, 400, 1);
    await expectAccessible(page);
    await page.getByLabel('Nytt lösenord').fill('en egen lång mening');
    await page.getByLabel('Upprepa det nya lösenordet').fill('en egen lång mening');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    expect(await mainMenu(page)).toEqual(NAVIGATION.enhetschef);
    await tab.goto('/driftredovisning?ar=2023&manad=8');
    await page
      .getByRole('heading', { level: 1, name: /^Driftredovisning Ungdomsmottagningen/ })
      .waitFor();
    await tab.screenshot('maja-driftredovisning');
  });

  test('the account mapping refuses overlapping ranges and names the rows', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/administration/kontogruppering');
    const table = page.getByRole('table', { name: 'Kontointervall och kontogrupp' });
    await table.waitFor();
    await page.getByRole('table', { name: 'Antal konton per kontogrupp' }).waitFor();
    await expectAccessible(page);
    await tab.screenshot('administration-kontogruppering');
    const rows = await table.locator('tbody tr').count();
    await page.getByRole('button', { name: 'Lägg till intervall' }).click();
    const line = `rad ${String(rows + 1)}`;
    await page.getByLabel(`Från konto, ${line}`).fill('5000');
    await page.getByLabel(`Till konto, ${line}`).fill('5099');
    await page.getByRole('button', { name: 'Spara kontogrupperingen' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(normaliseSpaces(await alert.innerText())).toMatch(
      new RegExp(
        `Kontointervallen överlappar ett annat intervall \\(${line}: 5000–5099 och rad \\d+\\)`,
      ),
    );
    acceptRefusedLoads(tab, 400, 1);
    await expectAccessible(page);
  });
});
