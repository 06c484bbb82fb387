import type { Locator, Page } from 'playwright-core';
import { readTable, type TableText, type TrackedPage } from '../browser';
import { clickThrough, monthName, openPage, pageHeading } from './app-page';

/** The operating statement (Driftredovisning) at one level: the board, a department, a unit. */
export class StatementPage {
  private constructor(
    readonly tab: TrackedPage,
    /** Whose statement it is: the board's, a department's or a unit's name. */
    readonly name: string,
    /** The period as the title writes it: januari–augusti 2023. */
    readonly period: string,
  ) {}

  /**
   * Opens the statement of a year through a month (Socialnämnden's unless `name` says whose
   * the user lands on), or with no period the page's default: 2023 through August.
   */
  static async open(
    tab: TrackedPage,
    period: { readonly year: number; readonly month: number } | null = null,
    name = 'Socialnämnden',
  ): Promise<StatementPage> {
    const { year, month } = period ?? { year: 2023, month: 8 };
    const path =
      period === null
        ? '/driftredovisning'
        : `/driftredovisning?ar=${String(year)}&manad=${String(month)}`;
    const statement = new StatementPage(tab, name, `januari–${monthName(month)} ${String(year)}`);
    await openPage(tab, path, statement.title);
    return statement;
  }

  /** The board's statement (2023 through August) a link leads to, once its heading is drawn. */
  static async reached(tab: TrackedPage, link: Locator): Promise<StatementPage> {
    const statement = new StatementPage(tab, 'Socialnämnden', 'januari–augusti 2023');
    await clickThrough(tab.page, link, statement.title);
    return statement;
  }

  get page(): Page {
    return this.tab.page;
  }

  /** The page's title and its statement table's name: Driftredovisning <name>, <period>. */
  get title(): string {
    return `Driftredovisning ${this.name}, ${this.period}`;
  }

  get heading(): Locator {
    return pageHeading(this.page, this.title);
  }

  get breadcrumb(): Locator {
    return this.page.getByRole('navigation', { name: 'Nivå' });
  }

  /** Waits for the table with this name (the statement itself by default) and reads it. */
  async table(name = this.title): Promise<TableText> {
    const table = this.page.getByRole('table', { name });
    await table.waitFor();
    return readTable(table);
  }

  /** Clicks a department's or a unit's link and waits for its statement. */
  async drillTo(name: string): Promise<StatementPage> {
    const next = new StatementPage(this.tab, name, this.period);
    await clickThrough(this.page, this.page.getByRole('link', { name }), next.title);
    return next;
  }

  /** Clicks a level in the breadcrumb and waits for its statement. */
  async upTo(name: string): Promise<StatementPage> {
    const next = new StatementPage(this.tab, name, this.period);
    await clickThrough(this.page, this.breadcrumb.getByRole('link', { name }), next.title);
    return next;
  }

  /** Clicks an account group and waits for its accounts; returns their table. */
  async accountGroup(group: string): Promise<TableText> {
    await this.page.getByRole('link', { name: group, exact: true }).click();
    await this.page.getByRole('heading', { level: 2, name: `${group} per konto` }).waitFor();
    return this.table(`${group} per konto, ${this.name}`);
  }

  /** Clicks a figure's link to its transactions and waits for their page. */
  async transactions(link: Locator, whose = this.name, period = this.period): Promise<string> {
    const title = `Transaktioner ${whose}, ${period}`;
    await clickThrough(this.page, link, title);
    return title;
  }
}
