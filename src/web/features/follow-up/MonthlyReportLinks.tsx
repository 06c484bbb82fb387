import { downloadMonthlyReport } from '#contract/follow-up';
import { endpointUrl } from '../../api/client';
import type { BoardChoice } from '../../app/board-context';
import { DownloadLinks } from '../../ui/DownloadLinks';
import { monthYearSv, type PagePeriod } from './follow-up-text';

const REPORT_LINKS = [
  ['docx', 'Ladda ned Word (DOCX)'],
  ['pdf', 'Ladda ned PDF'],
  ['html', 'Ladda ned HTML'],
] as const;

/**
 * The month's result report (003's shape) as Word, PDF or HTML. Each link fetches its file
 * first, so a report that cannot be made (a month without actuals) says why on the page. Until
 * the month is published the report is an Utkast, and says so on every page.
 */
export function MonthlyReportLinks({
  choice,
  period,
  published,
}: {
  readonly choice: BoardChoice;
  readonly period: PagePeriod;
  readonly published: boolean;
}) {
  const params = { municipalityId: choice.municipality.id, boardId: choice.board.id };
  return (
    <section className="section" aria-labelledby="monthly-report-title">
      <h2 id="monthly-report-title" className="section__title">
        Månadsrapport {monthYearSv(period.year, period.month)}
        {published ? '' : ' (utkast)'}
      </h2>
      <p className="section__intro">
        Resultatrapporten till nämnden och kommunstyrelsen: resultatet, enheternas kommentarer och
        åtgärder, årsprognosen, investeringarna och driftredovisningen.
        {published
          ? ''
          : ' Månaden är inte publicerad: rapporten är ett utkast och märks Utkast på varje sida.'}
      </p>
      <DownloadLinks
        failureMessage="Månadsrapporten kunde inte laddas ned."
        busyText="Hämtar månadsrapporten …"
        links={REPORT_LINKS.map(([format, label]) => ({
          key: format,
          href: endpointUrl(downloadMonthlyReport, params, {
            year: period.year,
            month: period.month,
            format,
          }),
          fileName: `Resultatrapport.${format}`,
          label,
        }))}
      />
    </section>
  );
}
