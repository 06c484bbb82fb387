import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces } from '../support/browser';
import { acceptRefusedLoads, expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { openInOtherBrowser, pageHeading } from '../support/pages/app-page';
import { FollowUpPage, openOwnUnitReport } from '../support/pages/follow-up-page';

/**
 * The monthly follow-up when things go wrong: a month without actuals has no report, and two
 * people saving the same text (the controller's report text, a unit's comment) see each
 * other's.
 */

describe.skipIf(!chromiumAvailable())('The month report of a month without actuals', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('says why there is no report, on the page, instead of saving a file', async () => {
    const tab = currentTab();
    const { page } = tab;
    await FollowUpPage.open(tab, 2025, 5);
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
    const month = await FollowUpPage.open(tab, 2023, 5);
    const other = await openInOtherBrowser(page, 'controller');
    try {
      const otherPage = other.page;
      await pageHeading(otherPage, month.title).waitFor();

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
      await month.heading.waitFor();
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
    const report = await openOwnUnitReport(tab, 6);

    // The avdelningschef opens the same report in another browser.
    const other = await openInOtherBrowser(page, 'avdelningschef');
    try {
      const otherPage = other.page;
      await pageHeading(otherPage, report.title).waitFor();

      // Both write; the avdelningschef saves first.
      await page
        .getByRole('textbox', { name: /^Kommentar till avvikelsen/ })
        .fill('Saras förklaring.');
      await otherPage
        .getByRole('textbox', { name: /^Kommentar till avvikelsen/ })
        .fill('Jonas förklaring.');
      await otherPage.getByRole('button', { name: 'Spara utkast' }).click();
      await otherPage
        .locator('.report-actions [role="status"]')
        .getByText('Utkastet är sparat.')
        .waitFor();

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
      await report.statusLine.getByText('Utkastet är sparat.').waitFor();
      await page.reload();
      await report.heading.waitFor();
      expect(
        await page.getByRole('textbox', { name: /^Kommentar till avvikelsen/ }).inputValue(),
      ).toBe('Jonas förklaring. Saras tillägg.');
    } finally {
      await other.close();
    }
  });
});
