import { useSearchParams } from 'react-router';
import { getVolumes } from '#contract/volumes-personnel';
import { isMonth, MONTH_NAMES_SV, MONTHS } from '#domain/kernel/period';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { SelectField } from '../../ui/SelectField';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { periodQuery, readStatementRequest, STATEMENT_PARAMS } from '../../ui/statement-params';
import { useSearchParamChange } from '../../ui/use-search-param-change';
import { AssistanceSection } from './AssistanceSection';
import { OtherVolumesSection } from './OtherVolumesSection';
import { PlacementsSection } from './PlacementsSection';
import { SickLeaveSection } from './SickLeaveSection';
import '../../styles/volumes.css';

const MONTH_OPTIONS = MONTHS.map((month) => ({
  value: String(month),
  label: MONTH_NAMES_SV[month],
}));

/**
 * Volymer och personal: the volumes that explain a socialnämnd's costs (placements, financial
 * assistance, reports of concern …) and its sick leave, January to the report month of a year
 * (?ar=&manad=, by default the latest month with imported volumes). A head sees their own units'
 * rows; sick leave is shown to the controller and HR only.
 */
export function VolumesPersonnelPage() {
  const choice = useSelectedBoard();
  const [searchParams] = useSearchParams();
  const change = useSearchParamChange();
  const request = readStatementRequest(searchParams);
  const query = periodQuery(request);
  const { state, retry } = useApiGet(
    getVolumes,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    query,
  );
  const data = shownData(state);
  const title = `Volymer och personal ${choice.board.name}`;
  useDocumentTitle(title);
  const showPeriod = (year: number, month: number) => {
    change((next) => {
      next.set(STATEMENT_PARAMS.year, String(year));
      next.set(STATEMENT_PARAMS.month, String(month));
    });
  };

  return (
    <div className="page volumes-page" aria-busy={state.status === 'loading'}>
      <h1 className="page__title">{title}</h1>
      {data ? (
        <div className="period-controls" role="group" aria-label="Period">
          <SelectField
            label="År"
            value={String(data.year)}
            options={(data.years.includes(data.year) ? data.years : [...data.years, data.year])
              .sort((a, b) => a - b)
              .map((year) => ({ value: String(year), label: String(year) }))}
            onChange={(value) => {
              showPeriod(Number(value), data.reportMonth);
            }}
          />
          <SelectField
            label="Månad"
            value={String(data.reportMonth)}
            options={MONTH_OPTIONS}
            onChange={(value) => {
              const month = Number(value);
              if (isMonth(month)) showPeriod(data.year, month);
            }}
          />
          <p className="period-controls__hint">Från januari till och med vald månad.</p>
        </div>
      ) : null}
      <p className="page__intro">
        Volymerna som förklarar kostnaderna: placeringar i köpt vård, ekonomiskt bistånd och
        orosanmälningar, jämförda med samma period föregående år
        {data?.mayReadPersonnel ? ', och personalens sjukfrånvaro' : ''}.
        {data?.ownUnitsOnly ? ' Du ser siffrorna för dina egna enheter.' : ''}
      </p>
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {data === null ? (
        state.status === 'loading' ? (
          <LoadingMessage>Hämtar volymerna …</LoadingMessage>
        ) : null
      ) : (
        <>
          {data.mayReadPersonnel ? (
            <SickLeaveSection choice={choice} year={data.year} month={data.reportMonth} />
          ) : null}
          <PlacementsSection data={data} />
          <AssistanceSection data={data} />
          <OtherVolumesSection data={data} />
        </>
      )}
    </div>
  );
}
