import { describe, expect, test } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { acceptRefusedLoads, expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { pageHeading } from '../support/pages/app-page';
import { MAIN_MENU, mainMenu, SignInPage, signOut } from '../support/pages/sign-in-page';

describe.skipIf(!chromiumAvailable())('Signing in per role in Chromium', () => {
  const currentTab = useBrowserTabs({ user: null });

  test('each role signs in with the form, sees its own menu, and signs out', async () => {
    const tab = currentTab();
    const { page } = tab;
    let form = await SignInPage.open(tab);
    await expectAccessible(page);
    await tab.screenshot('logga-in');
    for (const [username, menu] of Object.entries(MAIN_MENU)) {
      await form.submit(username, `demo-${username}`);
      expect(await mainMenu(page)).toEqual(menu);
      // Signed in, the start address is Översikt (checked with axe per role in overview.test.ts).
      await pageHeading(page, 'Översikt').waitFor();
      expect(new URL(page.url()).pathname).toBe('/oversikt');
      form = await signOut(tab);
    }
  });

  test('a wrong password is told in Swedish, without saying which part was wrong', async () => {
    const tab = currentTab();
    const { page } = tab;
    const form = await SignInPage.open(tab);
    await form.submit('controller', 'fel lösenord');
    await page.getByRole('alert').getByText('Fel användarnamn eller lösenord.').waitFor();
    acceptRefusedLoads(tab, 401, 1);
    await expectAccessible(page);
  });

  test('after repeated failures the page tells how long to wait', async () => {
    const tab = currentTab();
    const { page } = tab;
    const form = await SignInPage.open(tab);
    const attempt = async (password: string): Promise<number> => {
      const [answer] = await Promise.all([
        page.waitForResponse(
          (response) =>
            response.url().endsWith('/api/session') && response.request().method() === 'POST',
        ),
        form.submit('ingen-sadan-person', password),
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
