import { Link, useSearchParams } from 'react-router';
import type { Overview } from '#contract/overview';
import { STATEMENT_LINE_LABELS_SV } from '#domain/reports/operating-statement-report';
import { boardSearch } from '../../app/navigation';
import { FiguresTable } from '../../ui/FiguresTable';
import { monthYearSv, timeSv } from '../follow-up/follow-up-text';
import { publishedReportPath } from '../reports/report-paths';
import { REPORTS_PATH } from '../../app/navigation';
import { yearToDateLabelSv } from '#domain/reports/operating-statement-report';

/**
 * The board's latest published monthly reports, each to read in the app; for a nämndledamot
 * also the board's operating statement at the newest of them.
 */
export function PublishedSection({
  published,
  boardName,
}: {
  readonly published: NonNullable<Overview['published']>;
  readonly boardName: string;
}) {
  const [searchParams] = useSearchParams();
  const search = boardSearch(searchParams);
  const { statement } = published;
  return (
    <>
      <section className="section overview-section" aria-labelledby="overview-published">
        <h2 id="overview-published" className="section__title">
          Senaste publicerade rapporter
        </h2>
        {published.reports.length === 0 ? (
          <p>
            {boardName} har ingen publicerad månadsrapport ännu. Rapporten för en månad visas här
            när controllern har publicerat den.
          </p>
        ) : (
          <ul className="overview-reports">
            {published.reports.map((report) => (
              <li key={`${String(report.year)}-${String(report.month)}`}>
                <Link to={{ pathname: publishedReportPath(report), search }}>
                  Resultatrapport {monthYearSv(report.year, report.month)}
                </Link>{' '}
                <span className="overview-reports__note">
                  publicerad {timeSv(report.publishedAt)}
                  {report.publishedBy ? ` av ${report.publishedBy}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={{ pathname: REPORTS_PATH, search }}>Alla rapporter</Link>
        </p>
      </section>
      {statement ? (
        <section className="section overview-section" aria-labelledby="overview-statement">
          <h2 id="overview-statement" className="section__title">
            Driftredovisning {boardName}, {yearToDateLabelSv(statement.year, statement.month)}
          </h2>
          <p className="section__intro">
            Nämndens resultat till och med den senast publicerade månaden.
          </p>
          <FiguresTable
            title={`Driftredovisning ${boardName}, ${monthYearSv(statement.year, statement.month)}`}
            labelHeader="Post"
            year={statement.year}
            month={statement.month}
            rows={statement.lines.map((line) => ({
              key: line.key,
              label: STATEMENT_LINE_LABELS_SV[line.key],
              figures: line.figures,
              ...(line.kind === 'group' ? {} : { emphasis: line.kind }),
            }))}
          />
        </section>
      ) : null}
    </>
  );
}
