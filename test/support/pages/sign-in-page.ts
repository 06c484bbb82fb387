import type { Page } from 'playwright-core';
import { normaliseSpaces, type TrackedPage } from '../browser';

/** The sign-in form, shown at any address to whoever is not signed in. */
export class SignInPage {
  private constructor(readonly tab: TrackedPage) {}

  /** Opens the start address and waits for the form. */
  static async open(tab: TrackedPage): Promise<SignInPage> {
    await tab.goto('/');
    return SignInPage.shown(tab);
  }

  /** The form as the page shows it now (after signing out, say), once it is drawn. */
  static async shown(tab: TrackedPage): Promise<SignInPage> {
    await tab.page.getByRole('heading', { name: 'Logga in' }).waitFor();
    return new SignInPage(tab);
  }

  get page(): Page {
    return this.tab.page;
  }

  /** Fills in the form and sends it (what follows is the caller's to wait for). */
  async submit(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Användarnamn', { exact: true }).fill(username);
    await this.page.getByLabel('Lösenord', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Logga in', exact: true }).click();
  }
}

/** The main menu's entries, once the menu is drawn (that is, once signed in). */
export async function mainMenu(page: Page): Promise<string[]> {
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await menu.waitFor();
  return (await menu.getByRole('link').allInnerTexts()).map(normaliseSpaces);
}

/** Signs out with the header's button and waits for the sign-in form. */
export async function signOut(tab: TrackedPage): Promise<SignInPage> {
  await tab.page.getByRole('button', { name: 'Logga ut' }).click();
  return SignInPage.shown(tab);
}

const FIGURES = [
  'Översikt',
  'Uppföljning',
  'Rapporter',
  'Delårsrapport',
  'Mål och nyckeltal',
  'Internkontroll',
  'Volymer och personal',
];
const WITH_BUDGET = [
  'Översikt',
  'Budget',
  'Uppföljning',
  'Rapporter',
  'Delårsrapport',
  'Mål och nyckeltal',
  'Internkontroll',
  'Volymer och personal',
];

/** The main menu each demo user sees: what their roles allow, nothing more. */
export const MAIN_MENU: Readonly<Record<string, readonly string[]>> = {
  // The administrator reads no figures, nor the board's published reports.
  admin: ['Översikt', 'Import', 'Administration'],
  controller: [...WITH_BUDGET, 'Import'],
  avdelningschef: FIGURES,
  enhetschef: FIGURES,
  ledamot: ['Översikt', 'Rapporter', 'Mål och nyckeltal', 'Internkontroll', 'Volymer och personal'],
  // The revisor reads the published reports, not the drafts being written.
  revisor: [...WITH_BUDGET.filter((item) => item !== 'Delårsrapport'), 'Import', 'Administration'],
  // The personalfunktion: sick leave, beside the volumes, on Volymer och personal.
  hr: ['Översikt', 'Delårsrapport', 'Volymer och personal', 'Import'],
};
