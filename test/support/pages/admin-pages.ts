import type { Locator, Page } from 'playwright-core';
import type { TrackedPage } from '../browser';

/**
 * The administration's pages: each opens, or is reached through the section's menu, and
 * returns once what it lists is drawn (the pages share one level-1 heading, Administration).
 */
export class AdminPages {
  constructor(readonly tab: TrackedPage) {}

  get page(): Page {
    return this.tab.page;
  }

  /** The organisation's table of the demo board. */
  get organisationTable(): Locator {
    return this.page.getByRole('table', { name: 'Socialnämnden (SN)' });
  }

  get usersTable(): Locator {
    return this.page.getByRole('table', { name: /^Användare i/ });
  }

  get accountRangesTable(): Locator {
    return this.page.getByRole('table', { name: 'Kontointervall och kontogrupp' });
  }

  private link(name: string): Locator {
    return this.page.getByRole('link', { name });
  }

  /** Opens Organisation (the administration's first page) and waits for the board's units. */
  async openOrganisation(): Promise<void> {
    await this.tab.goto('/administration');
    await this.page.getByRole('heading', { level: 2, name: 'Organisation' }).waitFor();
    await this.organisationTable.waitFor();
  }

  async toOrganisation(): Promise<void> {
    await this.link('Organisation').click();
    await this.organisationTable.waitFor();
  }

  async toUsers(): Promise<void> {
    await this.link('Användare och roller').click();
    await this.usersTable.waitFor();
  }

  /** Clicks a user's name in the users' table and waits for their page. */
  async toUser(name: string): Promise<void> {
    await this.page
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('link', { name })
      .click();
    await this.userHeading(name).waitFor();
  }

  /** Opens a user's page by id and waits for their name. */
  async openUser(id: string, name: string): Promise<void> {
    await this.tab.goto(`/administration/anvandare/${id}`);
    await this.userHeading(name).waitFor();
  }

  async toAuditLog(): Promise<void> {
    await this.link('Granskningslogg').click();
    await this.page.getByRole('heading', { level: 2, name: 'Granskningslogg' }).waitFor();
  }

  /** Opens Kontogruppering and waits for the ranges and the count per group. */
  async openAccountMapping(): Promise<void> {
    await this.tab.goto('/administration/kontogruppering');
    await this.accountRangesTable.waitFor();
    await this.page.getByRole('table', { name: 'Antal konton per kontogrupp' }).waitFor();
  }

  private userHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }
}
