import { codeAndName } from '#domain/organisation/code-and-name';
import { Link, useSearchParams } from 'react-router';
import type { ImportListEntry } from '#contract/import-history';
import type { Overview } from '#contract/overview';
import { formatTkr } from '#domain/kernel/format';
import { subtractOre } from '#domain/kernel/money';
import { FOLLOW_UP_STATUS_NAMES_SV } from '#domain/follow-up/follow-up-status';
import type { Month } from '#domain/kernel/period';
import { yearToDateLabelSv } from '#domain/reports/operating-statement-report';
import { IMPORT_PATH } from '../../app/navigation';
import { AmountCell } from '../../ui/Amount';
import { FactList } from '../../ui/FactList';
import { TkrTable } from '../../ui/TkrTable';
import { followUpLink, monthYearSv, unitReportLink } from '../follow-up/follow-up-text';
import { ResultChart } from '../follow-up/ResultChart';
import { LatestImport } from './LatestImport';
import { submissionSentenceSv } from './overview-text';

const tkr = (value: Parameters<typeof formatTkr>[0]) => `${formatTkr(value)} tkr`;

/**
 * The controller's month: how far the units have come and who has not handed in, what waits
 * for review, the board's result to date and its forecast against the budget with the chart,
 * the units with the largest forecast deficits, and the latest ledger import.
 */
export function MonthSection({
  month,
  period,
  latestImport,
}: {
  readonly month: NonNullable<Overview['month']>;
  readonly period: { readonly year: number; readonly month: Month };
  readonly latestImport: ImportListEntry | null;
}) {
  const [searchParams] = useSearchParams();
  const name = monthYearSv(period.year, period.month);
  const toDate = month.chart.months[period.month - 1];
  const reportLink = (id: string) => unitReportLink(searchParams, id, period);
  const allApproved = month.total > 0 && month.approved === month.total;
  return (
    <>
      <section className="section overview-section" aria-labelledby="overview-month">
        <h2 id="overview-month" className="section__title">
          Månadsuppföljning {name}
        </h2>
        <p className="submission-summary__lead">
          {submissionSentenceSv(month)}
          {month.locked ? ' Månaden är publicerad.' : ''}{' '}
          <Link to={followUpLink(searchParams, period)}>Öppna månadsuppföljningen</Link>
        </p>
        <h3 className="section__subtitle">Att göra</h3>
        <ul className="overview-todo">
          {month.awaitingReview.length > 0 ? (
            <li>
              Granska{' '}
              {month.awaitingReview.length === 1
                ? 'den inlämnade rapporten'
                : `${String(month.awaitingReview.length)} inlämnade rapporter`}
              :{' '}
              {month.awaitingReview.map((unit, index) => (
                <span key={unit.id}>
                  {index > 0 ? ', ' : ''}
                  <Link to={reportLink(unit.id)}>{unit.name}</Link>
                </span>
              ))}
            </li>
          ) : null}
          {month.missing.length > 0 && !month.locked ? (
            <li>
              {month.missing.length === 1 ? 'En enhet' : `${String(month.missing.length)} enheter`}{' '}
              har inte lämnat in för {name}:
              <ul className="submission-summary__missing">
                {month.missing.map((unit) => (
                  <li key={unit.id}>
                    <Link to={reportLink(unit.id)}>{codeAndName(unit)}</Link>{' '}
                    <span className={`status-tag status-tag--${unit.status}`}>
                      {FOLLOW_UP_STATUS_NAMES_SV[unit.status]}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ) : null}
          {allApproved && !month.locked ? (
            <li>Alla enheter är godkända: månaden kan publiceras.</li>
          ) : null}
          {month.locked ? <li>Inget: månaden är publicerad och låst.</li> : null}
        </ul>
      </section>
      <section className="section overview-section" aria-labelledby="overview-result">
        <h2 id="overview-result" className="section__title">
          Resultat och prognos
        </h2>
        <FactList
          facts={[
            [
              `Resultat ${yearToDateLabelSv(period.year, period.month)}`,
              toDate?.actualYearToDate == null ? '–' : tkr(toDate.actualYearToDate),
            ],
            ['Budget samma period', toDate ? tkr(toDate.budgetYearToDate) : '–'],
            [
              'Avvikelse mot budget hittills',
              toDate?.actualYearToDate == null
                ? '–'
                : tkr(subtractOre(toDate.actualYearToDate, toDate.budgetYearToDate)),
            ],
            ['Prognos helår (resultat)', tkr(month.chart.forecastResult)],
            ['Budget helår (resultat)', tkr(month.chart.budgetResult)],
            [
              'Avvikelse prognos mot budget',
              tkr(subtractOre(month.chart.forecastResult, month.chart.budgetResult)),
            ],
          ]}
        />
        <ResultChart chart={month.chart} year={period.year} />
      </section>
      <section className="section overview-section" aria-labelledby="overview-deficits">
        <h2 id="overview-deficits" className="section__title">
          Största negativa prognosavvikelser
        </h2>
        {month.largestDeficits.length === 0 ? (
          <p>Ingen enhet har en prognos under sin budget.</p>
        ) : (
          <TkrTable
            caption={`Största negativa prognosavvikelser, ${name}`}
            labelHeader="Enhet"
            heads={
              <>
                <th scope="col">Avvikelse prognos/budget</th>
                <th scope="col">Avvikelse hittills</th>
              </>
            }
          >
            <tbody>
              {month.largestDeficits.map((unit) => (
                <tr key={unit.id}>
                  <th scope="row">
                    <Link to={reportLink(unit.id)}>{codeAndName(unit)}</Link>
                  </th>
                  <AmountCell value={unit.forecastVariance} signal />
                  <AmountCell value={unit.variance} signal />
                </tr>
              ))}
            </tbody>
          </TkrTable>
        )}
      </section>
      <section className="section overview-section" aria-labelledby="overview-import">
        <h2 id="overview-import" className="section__title">
          Senaste import
        </h2>
        <LatestImport entry={latestImport} />
        <p>
          <Link to={IMPORT_PATH}>Till Import</Link>
        </p>
      </section>
    </>
  );
}
