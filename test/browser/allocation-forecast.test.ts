import { describe, test } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { acceptRefusedLoads, expectAccessible, useBrowserTabs } from '../support/browser-suite';
import { FollowUpPage } from '../support/pages/follow-up-page';

/**
 * The controller enters an expected but undecided change to the kommunbidrag on the
 * follow-up page (the demo's August 2023): refused without its text, the field named; saved,
 * the page and the operating statement say what the forecast counts.
 */
describe.skipIf(!chromiumAvailable())('Förväntad ändring av kommunbidraget in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the controller enters the change; the follow-up and the statement count it', async () => {
    const tab = currentTab();
    const { page } = tab;
    await FollowUpPage.open(tab, 2023, 8);
    const section = page.getByRole('region', { name: 'Förväntad ändring av kommunbidraget' });
    await section
      .getByText('Prognosen för kommunbidraget räknar inte med någon förväntad ändring')
      .waitFor();

    await section.getByLabel('Förväntad ändring från augusti (tkr)').fill('-1 600');
    await section.getByRole('button', { name: 'Spara förväntad ändring' }).click();
    await section.getByText('Text till förväntad ändring av kommunbidrag saknas').first().waitFor();
    acceptRefusedLoads(tab, 400, 1);
    await expectAccessible(page);

    await section.getByLabel('Vad ändringen avser och varför').fill('PO-påslaget blev lägre.');
    await section.getByRole('button', { name: 'Spara förväntad ändring' }).click();
    await section.getByText('Den förväntade ändringen är sparad.').waitFor();
    const note =
      'Prognosen för kommunbidraget räknar med en förväntad ändring på -1 600 tkr (inlagd augusti): PO-påslaget blev lägre.';
    await section.getByText(note).waitFor();

    await tab.goto('/driftredovisning?ar=2023&manad=8');
    await page.getByText(note).waitFor();
  });
});
