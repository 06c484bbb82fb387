import { describe, expect, test } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { acceptRefusedLoads, expectAccessible, useBrowserTabs } from '../support/browser-suite';

describe.skipIf(!chromiumAvailable())('Downloads in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'revisor' });

  test('an export the server refuses says why where the button is, and saves no file', async () => {
    const tab = currentTab();
    const { page } = tab;
    // A date that is no date: the server refuses the export with a Swedish message.
    await tab.goto('/administration/granskningslogg?fran=2026-13-45');
    const exportLink = page.getByRole('link', { name: 'Exportera (CSV)' });
    await exportLink.waitFor();
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await exportLink.click();
    const alert = page.locator('.download-links').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'Uppgifterna kunde inte användas: Från är inte ett giltigt datum på formen ÅÅÅÅ-MM-DD (2026-13-45).',
    );
    expect(downloads).toBe(0);
    // The search with that date is refused too: two refused loads.
    acceptRefusedLoads(tab, 400, 2);
    await expectAccessible(page);
  });

  test('Exempelkommun’s Budget 2025, without a 2024, downloads as a PDF', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.signIn('ek-controller');
    await tab.goto('/budget?ar=2025');
    await page.getByRole('heading', { level: 2, name: 'Budgetdokument 2025' }).waitFor();
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ned PDF' }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe('Budget 2025 Socialnämnden.pdf');
    expect(await page.locator('.download-links').getByRole('alert').count()).toBe(0);
  });
});
