import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { OrganisationAdmin } from '#contract/administration';
import { grantRole } from '#server/features/users/users.service';
import {
  chromiumAvailable,
  normaliseSpaces,
  startBrowserHarness,
  type BrowserHarness,
  type TrackedPage,
} from '../support/browser';
import { acceptRefusedLoads, expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { AdminPages } from '../support/pages/admin-pages';
import { openPage } from '../support/pages/app-page';
import { MAIN_MENU, mainMenu, signOut } from '../support/pages/sign-in-page';
import { unguarded } from '../support/test-database';

describe.skipIf(!chromiumAvailable())('Administration in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'admin' });

  test('an administrator adds a unit and a user for it, who signs in and sees only that unit', async () => {
    const tab = currentTab();
    const { page } = tab;
    const admin = new AdminPages(tab);
    await admin.openOrganisation();
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
    await admin.toAuditLog();
    await page.getByLabel('Händelse', { exact: true }).selectOption({ label: 'Ändrad enhet' });
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const logRow = page.getByRole('row', { name: /Ändrad enhet/ });
    await logRow.waitFor();
    const logText = (await logRow.innerText()).replace(/\s+/g, ' ');
    expect(logText).toContain('Åsa Lind admin');
    expect(logText).toContain('Ungdomsmottagningen');
    expect(logText).toContain('Ungdomsmottagning');
    await tab.screenshot('granskningslogg-andrad-enhet');
    await admin.toOrganisation();

    await admin.toUsers();
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

    await admin.toUser('Maja Strand');
    await expectAccessible(page);
    await tab.screenshot('administration-anvandare-maja');

    // Maja signs in with the temporary password (her name in any case), chooses her own, and
    // sees her unit only.
    await (await signOut(tab)).submit('Maja.Strand', password);
    await page.getByRole('heading', { name: 'Välj ett eget lösenord' }).waitFor();
    expect(await page.getByText('En administratör har återställt ditt lösenord').count()).toBe(0);
    await page
      .getByText(/^Välkommen till Nämndkoll! Du har loggat in med ett tillfälligt/)
      .waitFor();
    await page.getByLabel('Tillfälligt lösenord').fill(password);
    await expectAccessible(page);
    await tab.screenshot('forsta-inloggning');
    // A common password is refused at its field, saying why.
    await page.getByLabel('Nytt lösenord').fill('Sommar2024!!');
    await page.getByLabel('Upprepa det nya lösenordet').fill('Sommar2024!!');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await page
      .getByText(/Det nya lösenordet finns bland de vanligaste eller läckta lösenorden/)
      .waitFor();
    acceptRefusedLoads(tab, 400, 1);
    await expectAccessible(page);
    await page.getByLabel('Nytt lösenord').fill('en egen lång mening');
    await page.getByLabel('Upprepa det nya lösenordet').fill('en egen lång mening');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    expect(await mainMenu(page)).toEqual(MAIN_MENU.enhetschef);
    await openPage(
      tab,
      '/driftredovisning?ar=2023&manad=8',
      /^Driftredovisning Ungdomsmottagningen/,
    );
    await tab.screenshot('maja-driftredovisning');
  });

  test('the account mapping refuses overlapping ranges and names the rows', async () => {
    const tab = currentTab();
    const { page } = tab;
    const admin = new AdminPages(tab);
    await admin.openAccountMapping();
    const table = admin.accountRangesTable;
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

/** A POST from the page as its signed-in user (with the session's CSRF token), as JSON. */
async function postFromPage(
  page: Page,
  url: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ url, body }) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    },
    { url, body },
  );
}

async function getFromPage(page: Page, url: string): Promise<unknown> {
  return page.evaluate(async (address) => (await fetch(address)).json() as unknown, url);
}

describe.skipIf(!chromiumAvailable())('Two administrators saving at once in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'admin' });

  test('a unit saved by another meanwhile: the edits stay, both versions show, saving again wins', async () => {
    const tab = currentTab();
    const { page } = tab;
    await new AdminPages(tab).openOrganisation();
    const row = page.getByRole('row', { name: /^8113 / });
    await row.getByRole('button', { name: /^Ändra/ }).click();
    const form = page.getByRole('region', { name: /^Ändra 8113 / });
    await form.getByLabel('Namn', { exact: true }).fill('Utredning ungdom (min)');
    await form.getByLabel('Giltig till').fill('2030-12-31');

    // Another administrator saves the unit's name while the form is open.
    const { municipalities } = (await getFromPage(page, '/api/municipalities')) as {
      municipalities: { id: string }[];
    };
    const municipalityId = municipalities[0]?.id ?? '';
    const organisation = (await getFromPage(
      page,
      `/api/municipalities/${municipalityId}/administration/organisation`,
    )) as OrganisationAdmin;
    const unit = organisation.boards
      .flatMap((board) => board.units)
      .find((candidate) => candidate.code === '8113');
    if (!unit) throw new Error('no unit 8113');
    const other = await postFromPage(
      page,
      `/api/municipalities/${municipalityId}/administration/org-units/${unit.id}`,
      {
        kind: unit.kind,
        code: unit.code,
        name: 'Utredning ungdom (annan)',
        parentId: unit.parentId,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        ledgerCodes: ['8113-annan'],
        baseRevision: unit.revision,
      },
    );
    expect(other.status).toBe(200);

    await form.getByRole('button', { name: 'Spara', exact: true }).click();
    const note = form.getByRole('alert');
    await note.waitFor();
    const noteText = normaliseSpaces(await note.innerText());
    expect(noteText).toContain(
      'Någon annan har sparat enheten medan du ändrade (sparat av Åsa Lind',
    );
    expect(noteText).toContain('Sparat: Utredning ungdom (annan). Ditt: Utredning ungdom (min).');
    acceptRefusedLoads(tab, 409, 1);
    // The user's edits stay; what only the other changed (the further codes) is taken.
    expect(await form.getByLabel('Namn', { exact: true }).inputValue()).toBe(
      'Utredning ungdom (min)',
    );
    expect(await form.getByLabel('Giltig till').inputValue()).toBe('2030-12-31');
    expect(await form.getByLabel('Fler ansvarskoder i bokföringen').inputValue()).toBe(
      '8113-annan',
    );
    await expectAccessible(page);
    await tab.screenshot('administration-enhet-krock');

    await form.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').getByText('Sparat: 8113 Utredning ungdom (min).').waitFor();
  });
});

describe.skipIf(!chromiumAvailable())('A user with roles in two municipalities in Chromium', () => {
  let harness: BrowserHarness | undefined;
  let tab: TrackedPage | undefined;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await tab?.close();
    await harness?.close();
  });

  test('the municipality’s administrator is told why password, SSO and disabling are not theirs', async () => {
    if (!harness) throw new Error('the browser harness did not start');
    tab = await harness.newPage();
    const { page } = tab;
    await tab.signIn('admin');
    await tab.goto('/oversikt');
    const { municipalities } = (await getFromPage(page, '/api/municipalities')) as {
      municipalities: { id: string; name: string }[];
    };
    const alingsas = municipalities.find((m) => m.name.includes('Alingsås'))?.id ?? '';
    const exempelkommun = municipalities.find((m) => m.name.includes('Exempelkommun'))?.id ?? '';
    const create = async (username: string, role: string) => {
      const created = await postFromPage(
        page,
        `/api/municipalities/${alingsas}/administration/users`,
        {
          username,
          displayName: username === 'dubbel' ? 'Dubbel Roll' : 'Kommunens Admin',
          email: '',
          ssoSubject: '',
          password: true,
          grant: { role, boardId: null, orgUnitId: null },
        },
      );
      expect(created.status).toBe(200);
      return created.json as { user: { id: string }; temporaryPassword: string };
    };
    const admin = await create('kommunadmin', 'admin');
    const dubbel = await create('dubbel', 'auditor');
    // The administration gives roles to a municipality's own users only: written as the demo does.
    await grantRole(unguarded(harness.database), dubbel.user.id, {
      role: 'auditor',
      municipalityId: exempelkommun,
      boardId: null,
      orgUnitId: null,
    });

    await tab.signIn('kommunadmin', admin.temporaryPassword);
    await tab.goto('/oversikt');
    const changed = await postFromPage(page, '/api/session/password', {
      currentPassword: admin.temporaryPassword,
      newPassword: 'Förvaltare av nämnden sedan 1619',
    });
    expect(changed.status).toBe(200);
    await new AdminPages(tab).openUser(dubbel.user.id, 'Dubbel Roll');
    const reason =
      'Användaren har roller även i en annan kommun. Lösenord, id i kommunens inloggning och inaktivering kan därför bara ändras av en installationsadministratör';
    expect(await page.getByText(reason).count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Återställ lösenord' }).count()).toBe(0);
    expect(await page.getByLabel('Id i kommunens inloggning').count()).toBe(0);
    expect(await page.getByLabel('Inaktiverad').count()).toBe(0);
    // The name is still the administrator's to change.
    await page.getByLabel('Namn', { exact: true }).fill('Dubbel Roll-Ek');
    await page.getByRole('button', { name: 'Spara uppgifter' }).click();
    await page.getByRole('status').getByText('Uppgifterna är sparade.').waitFor();
    await expectAccessible(page);
    await tab.screenshot('administration-anvandare-i-tva-kommuner');
    expect(tab.problems).toEqual([]);
  });
});
