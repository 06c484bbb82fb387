import { useSearchParams } from 'react-router';
import { getInternalControl } from '#contract/internal-control';
import { isMonth } from '#domain/kernel/period';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { SelectField } from '../../ui/SelectField';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { periodQuery, readStatementRequest, STATEMENT_PARAMS } from '../../ui/statement-params';
import { useSearchParamChange } from '../../ui/use-search-param-change';
import { ControlPlanSection } from './ControlPlanSection';
import { CriticalFactorsSection } from './CriticalFactorsSection';
import { FollowUpSection } from './FollowUpSection';
import { REPORT_MONTHS } from './internal-control-model';
import { PendingReviews } from './PendingReviews';
import { RiskSection } from './RiskSection';
import { SamplesSection } from './SamplesSection';
import '../../styles/internal-control.css';

/**
 * Internkontroll: the board's risk and materiality analysis of a year (?ar=), its critical
 * success factors, its internal control plan with the follow-up at the report month (?manad=,
 * delår augusti or helår december), and the samples drawn for the controls. The controller
 * edits; the unit heads review their sampled items; the auditor draws a sample again; everyone
 * of the board reads.
 */
export function InternalControlPage() {
  const choice = useSelectedBoard();
  const [searchParams] = useSearchParams();
  const change = useSearchParamChange();
  const request = readStatementRequest(searchParams);
  const query = periodQuery(request);
  const { state, retry } = useApiGet(
    getInternalControl,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    query,
  );
  const data = shownData(state);
  const title = `Internkontroll ${choice.board.name}${data ? ` ${String(data.year)}` : ''}`;
  useDocumentTitle(title);
  const showYear = (year: number) => {
    change((next) => {
      next.set(STATEMENT_PARAMS.year, String(year));
    });
  };
  const months = REPORT_MONTHS.map(({ month, label }) => ({ value: String(month), label }));

  return (
    <div className="page internal-control-page" aria-busy={state.status === 'loading'}>
      <h1 className="page__title">{title}</h1>
      {data ? (
        <div className="period-controls" role="group" aria-label="Period">
          <SelectField
            label="År"
            value={String(data.year)}
            options={(data.years.includes(data.year) ? data.years : [...data.years, data.year]).map(
              (year) => ({ value: String(year), label: String(year) }),
            )}
            onChange={(value) => {
              showYear(Number(value));
            }}
          />
          <SelectField
            label="Rapport"
            value={String(data.reportMonth)}
            options={
              months.some((option) => option.value === String(data.reportMonth))
                ? months
                : [
                    ...months,
                    { value: String(data.reportMonth), label: `Månad ${String(data.reportMonth)}` },
                  ]
            }
            onChange={(value) => {
              const month = Number(value);
              if (!isMonth(month)) return;
              change((next) => {
                next.set(STATEMENT_PARAMS.year, String(data.year));
                next.set(STATEMENT_PARAMS.month, value);
              });
            }}
          />
        </div>
      ) : null}
      <p className="page__intro">
        Nämndens risk- och väsentlighetsanalys, de kritiska verksamhetsfaktorerna,
        internkontrollplanen med uppföljningen vid delår och helår, och stickproven som kontrollerna
        bygger på.
      </p>
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {data === null ? (
        state.status === 'loading' ? (
          <LoadingMessage>Hämtar internkontrollen …</LoadingMessage>
        ) : null
      ) : (
        <>
          <PendingReviews data={data} onYear={showYear} />
          <RiskSection choice={choice} data={data} onSaved={retry} onYear={showYear} />
          <CriticalFactorsSection choice={choice} data={data} onSaved={retry} />
          <ControlPlanSection choice={choice} data={data} onSaved={retry} />
          <FollowUpSection choice={choice} data={data} onSaved={retry} />
          <SamplesSection choice={choice} data={data} onSaved={retry} />
        </>
      )}
    </div>
  );
}
