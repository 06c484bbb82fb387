import { describe, expect, test } from 'vitest';
import { chromiumAvailable, normaliseSpaces } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { openInOtherBrowser } from '../support/pages/app-page';
import { BudgetPage } from '../support/pages/budget-page';

describe.skipIf(!chromiumAvailable())('Two controllers editing one budget in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the second save of a cell is refused, names the other’s change, keeps the user’s, and saves again', async () => {
    const tab = currentTab();
    const { page } = tab;
    await BudgetPage.open(tab, 2024);
    await page.getByRole('button', { name: 'Ny budgetversion' }).click();
    const form = page.getByRole('region', { name: 'Ny budgetversion för 2024' });
    await form.getByRole('button', { name: 'Skapa budgetversion' }).click();
    await page.getByRole('heading', { level: 2, name: 'Förslag 2024' }).waitFor();
    const label = 'Mottagning, Personalkostnader, 2024, tkr';
    await expect.poll(() => page.url()).toContain('version=');
    const opened = await page.getByLabel(label).inputValue();

    // The same version in another browser, as a colleague would have it open.
    const other = await openInOtherBrowser(page, 'controller');
    try {
      const otherPage = other.page;

      // Both change Mottagning's personnel costs; the colleague saves first.
      await page.getByLabel(label).fill('-11 000');
      await otherPage.getByLabel(label).fill('-12 000');
      await otherPage.getByRole('button', { name: 'Spara ändringarna' }).click();
      await otherPage.getByRole('status').getByText('1 cell är sparad.').waitFor();

      await page.getByRole('button', { name: 'Spara ändringarna' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Budgetversionen ändrades av' });
      await alert.waitFor();
      expect(normaliseSpaces(await alert.innerText())).toMatch(
        /Budgetversionen ändrades av Karin Ek kl \d\d:\d\d den [\d-]+ sedan du öppnade den\./,
      );
      const named = page.getByRole('status').filter({ hasText: 'också sparats av någon annan' });
      expect(normaliseSpaces(await named.innerText())).toContain(
        `8111 Mottagning, Personalkostnader 2024: ${normaliseSpaces(opened)} → -12 000 (ditt: -11 000)`,
      );
      // The user's figure is still in the cell, and is saved on the version as it is now.
      expect(normaliseSpaces(await page.getByLabel(label).inputValue())).toBe('-11 000');
      // The refused save's 409 is the one failed load the page may log.
      const refused = tab.problems.filter((problem) => problem.includes('status of 409'));
      expect(refused).toHaveLength(1);
      tab.problems.splice(
        0,
        tab.problems.length,
        ...tab.problems.filter((problem) => !refused.includes(problem)),
      );
      await expectAccessible(page);
      await tab.screenshot('budget-krock');

      await page.getByRole('button', { name: 'Spara ändringarna' }).click();
      await page.getByRole('status').getByText('1 cell är sparad.').waitFor();
      await otherPage.reload();
      await expect.poll(() => otherPage.getByLabel(label).inputValue()).toBe('-11\u00a0000');
    } finally {
      await other.close();
    }
  });
});
