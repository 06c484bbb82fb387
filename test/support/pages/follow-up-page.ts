import type { Locator, Page } from 'playwright-core';
import type { TrackedPage } from '../browser';
import { clickThrough, monthName, openPage, pageHeading } from './app-page';

/** The board's monthly follow-up (Månadsuppföljning) of one month. */
export class FollowUpPage {
  private constructor(
    readonly tab: TrackedPage,
    readonly year: number,
    readonly month: number,
  ) {}

  /** Opens the month's follow-up and waits for its heading. */
  static async open(tab: TrackedPage, year: number, month: number): Promise<FollowUpPage> {
    const followUp = new FollowUpPage(tab, year, month);
    await openPage(tab, `/uppfoljning?ar=${String(year)}&manad=${String(month)}`, followUp.title);
    return followUp;
  }

  /** The follow-up of the month a page links back to, once its heading is drawn. */
  static async reached(
    tab: TrackedPage,
    link: Locator,
    year: number,
    month: number,
  ): Promise<FollowUpPage> {
    const followUp = new FollowUpPage(tab, year, month);
    await clickThrough(tab.page, link, followUp.title);
    return followUp;
  }

  get page(): Page {
    return this.tab.page;
  }

  get monthName(): string {
    return monthName(this.month);
  }

  get title(): string {
    return `Månadsuppföljning Socialnämnden, ${this.monthName} ${String(this.year)}`;
  }

  get heading(): Locator {
    return pageHeading(this.page, this.title);
  }

  /** The table of every unit's report (the controller's). */
  get unitTable(): Locator {
    return this.page.getByRole('table', {
      name: new RegExp(`^Månadsuppföljning per enhet, ${this.monthName} ${String(this.year)}`),
    });
  }

  /** Clicks a unit's link (in whichever table) and waits for its report. */
  async openReport(link: Locator, unit: string): Promise<UnitReportPage> {
    return UnitReportPage.reached(this.tab, link, unit, this.year, this.month);
  }
}

/** One unit's follow-up report for a month: the forecast, the comments, the workflow. */
export class UnitReportPage {
  private constructor(
    readonly tab: TrackedPage,
    readonly unit: string,
    readonly year: number,
    readonly month: number,
  ) {}

  static async reached(
    tab: TrackedPage,
    link: Locator,
    unit: string,
    year: number,
    month: number,
  ): Promise<UnitReportPage> {
    const report = new UnitReportPage(tab, unit, year, month);
    await clickThrough(tab.page, link, report.title);
    return report;
  }

  get page(): Page {
    return this.tab.page;
  }

  get title(): string {
    return `Uppföljning ${this.unit}, ${monthName(this.month)} ${String(this.year)}`;
  }

  get heading(): Locator {
    return pageHeading(this.page, this.title);
  }

  /** The line that tells what a save or a submission did. */
  get statusLine(): Locator {
    return this.page.locator('.report-actions [role="status"]');
  }

  get forecastTable(): Locator {
    return this.page.getByRole('table', { name: /^Prognos för helåret per kontogrupp/ });
  }

  forecastRow(group: string): Locator {
    return this.forecastTable.getByRole('row', { name: new RegExp(`^${group}`) });
  }

  /** Back to the month's follow-up through the page's link to it. */
  async backToMonth(): Promise<FollowUpPage> {
    const link = this.page.getByRole('link', {
      name: `Månadsuppföljning ${monthName(this.month)} ${String(this.year)}`,
    });
    return FollowUpPage.reached(this.tab, link, this.year, this.month);
  }
}

/**
 * The enhetschef's own unit's report (Utredning ungdom) for a month of 2023, from the month's
 * follow-up, once its forecast is drawn.
 */
export async function openOwnUnitReport(tab: TrackedPage, month: number): Promise<UnitReportPage> {
  const followUp = await FollowUpPage.open(tab, 2023, month);
  const units = tab.page.getByRole('table', { name: /^Dina enheter/ });
  // The controller's table, scoped to the unit: its report, and its statement beside it.
  const report = await followUp.openReport(
    units.getByRole('link', { name: 'Utredning ungdom', exact: true }),
    'Utredning ungdom',
  );
  await report.forecastTable.waitFor();
  return report;
}
