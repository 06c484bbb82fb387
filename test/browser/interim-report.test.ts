import { describe, expect, test } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { expectAccessible, useBrowserTabs } from '../support/browser-suite';

/** What Word puts on the clipboard: its styles, classes, list markers and an empty o:p. */
const WORD_CLIPBOARD = [
  '<html><head><style>p.MsoNormal { margin: 0 }</style></head><body>',
  '<p class="MsoNormal"><span style="font-family:Calibri">Sjukfrånvaron <b>minskar</b></span><o:p></o:p></p>',
  '<p class="MsoListParagraphCxSpFirst"><span style="mso-list:Ignore">·</span>Friskvård</p>',
  '<p class="MsoListParagraphCxSpLast"><span style="mso-list:Ignore">·</span>Handledning</p>',
  '<table><tr><th>År</th><th>Sjukfrånvaro (%)</th></tr><tr><td>2023</td><td>8,2</td></tr></table>',
  '</body></html>',
].join('');

/** Pastes HTML into the section's editor as the browser does from the clipboard. */
const pasteScript = (html: string) => `(() => {
  const data = new DataTransfer();
  data.setData('text/html', ${JSON.stringify(html)});
  data.setData('text/plain', 'utan formatering');
  document.getElementById('section-text').dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
})()`;

describe.skipIf(!chromiumAvailable())('the interim report in Chromium', () => {
  const currentTab = useBrowserTabs({ user: 'controller' });

  test('the controller opens August’s report and gives Arbetsmiljö to HR, who writes and pastes from Word; the controller approves it', async () => {
    const tab = currentTab();
    const { page } = tab;
    await tab.goto('/delarsrapport?ar=2023&manad=8');
    await page.getByRole('button', { name: 'Öppna delårsrapport för augusti 2023' }).click();
    await page
      .getByRole('heading', { name: 'Delårsrapport augusti 2023, Socialnämnden' })
      .waitFor();
    const sections = page.getByRole('table', { name: 'Rapportens avsnitt' });
    expect(await sections.getByRole('row').count()).toBe(14);
    await expectAccessible(page);

    await sections.getByRole('link', { name: 'Arbetsmiljö' }).click();
    await page.getByRole('heading', { name: 'Arbetsmiljö, Delårsrapport augusti 2023' }).waitFor();
    const sectionUrl = new URL(page.url()).pathname;
    await page.getByLabel('Skribent').selectOption({ label: 'Mona Ström (Personalfunktion/HR)' });
    await page.getByLabel('Klart senast (ÅÅÅÅ-MM-DD)').fill('2023-09-15');
    await page.getByRole('button', { name: 'Tilldela' }).click();
    await page.locator('.facts').getByText('Mona Ström').waitFor();

    await tab.signIn('hr');
    await tab.goto(sectionUrl);
    const editor = page.getByRole('textbox', { name: 'Text' });
    await editor.click();
    await page.keyboard.type('Arbetsmiljön har förbättrats under året.');
    await page.keyboard.press('Enter');
    await page.evaluate(pasteScript(WORD_CLIPBOARD));
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.locator('.facts').getByText('Utkast').waitFor();
    // Word's list paragraphs became a list, its table a table, its fonts and markers gone.
    await editor.getByRole('listitem').filter({ hasText: 'Handledning' }).waitFor();
    expect(await editor.getByRole('listitem').allInnerTexts()).toEqual([
      'Friskvård',
      'Handledning',
    ]);
    expect(await editor.locator('strong').allInnerTexts()).toEqual(['minskar']);
    expect(await editor.getByRole('cell').allInnerTexts()).toEqual(['2023', '8,2']);
    expect(await editor.innerHTML()).not.toMatch(/style|class|·|o:p/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Markera klart för granskning' }).click();
    await page.locator('.facts').getByText('Klar för granskning').waitFor();

    await tab.signIn('controller');
    await tab.goto(sectionUrl);
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.locator('.facts').getByText('Godkänd').waitFor();
    await expect.poll(() => editor.getAttribute('aria-readonly')).toBe('true');
    expect(await editor.getByRole('listitem').count()).toBe(2);
  });
});
