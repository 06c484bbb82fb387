import type { Locator, Page } from 'playwright-core';
import type { TrackedPage } from '../browser';
import { openPage, pageHeading } from './app-page';

/** The budget page of a year (Budget <year> <board>). */
export class BudgetPage {
  private constructor(
    readonly tab: TrackedPage,
    readonly year: number,
    readonly board: string,
  ) {}

  /** Opens the year's budget page and waits for its heading. */
  static async open(
    tab: TrackedPage,
    year: number,
    options: { readonly board?: string; readonly query?: string } = {},
  ): Promise<BudgetPage> {
    const budget = new BudgetPage(tab, year, options.board ?? 'Socialnämnden');
    await openPage(tab, `/budget?ar=${String(year)}${options.query ?? ''}`, budget.title);
    return budget;
  }

  get page(): Page {
    return this.tab.page;
  }

  get title(): string {
    return `Budget ${String(this.year)} ${this.board}`;
  }

  get heading(): Locator {
    return pageHeading(this.page, this.title);
  }

  /** The table of the year's budget versions. */
  get versions(): Locator {
    return this.page.getByRole('table', { name: `Budgetversioner för ${String(this.year)}` });
  }
}
