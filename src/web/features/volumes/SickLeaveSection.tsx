import { useSearchParams } from 'react-router';
import { getSickLeave } from '#contract/volumes-personnel';
import type { Month } from '#domain/kernel/period';
import { shownData, useApiGet } from '../../api/use-api';
import type { BoardChoice } from '../../app/board-context';
import { SelectField } from '../../ui/SelectField';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { STATEMENT_PARAMS } from '../../ui/statement-params';
import { useSearchParamChange } from '../../ui/use-search-param-change';
import { difference, monthsSv, percent } from './volumes-format';
import { VolumesTable } from './VolumesTable';

const BOARD = '';

const GROUP_STARTS: ReadonlySet<string> = new Set(['age-29', 'days-1-14']);

/**
 * Sjukfrånvaro (for the controller and HR): report personnel's table of the board, or of a
 * department or unit chosen in the select (?enhet=; the server audits that read). A group of
 * fewer than 5 employees is "–", and the note under the table says so.
 */
export function SickLeaveSection({
  choice,
  year,
  month,
}: {
  readonly choice: BoardChoice;
  readonly year: number;
  readonly month: Month;
}) {
  const [searchParams] = useSearchParams();
  const change = useSearchParamChange();
  const orgUnitId = searchParams.get(STATEMENT_PARAMS.orgUnit) ?? BOARD;
  const { state, retry } = useApiGet(
    getSickLeave,
    { municipalityId: choice.municipality.id, boardId: choice.board.id },
    { year, month, ...(orgUnitId === BOARD ? {} : { orgUnitId }) },
  );
  const data = shownData(state);
  const scopeName = data
    ? data.scope.level === 'board'
      ? data.scope.name
      : `${data.scope.level === 'unit' ? 'enhet' : 'avdelning'} ${data.scope.name}`
    : '';
  return (
    <section className="section" aria-labelledby="vp-sick-leave">
      <h2 id="vp-sick-leave" className="section__title">
        Sjukfrånvaro
      </h2>
      <p className="section__intro">
        Sjuktimmar i procent av schemalagd tid, {monthsSv(year, data?.reportMonth ?? month)} och
        samma månader {String(year - 1)} (till och med den senaste månaden i personalsystemets
        export). Dag-raderna delar upp totalen efter vilken dag i sjukfallet timmarna faller på. Att
        visa en avdelnings eller enhets tabell loggas.
      </p>
      {data ? (
        <div className="period-controls" role="group" aria-label="Sjukfrånvaro för">
          <SelectField
            label="Visa för"
            value={data.scope.orgUnitId ?? BOARD}
            options={[
              { value: BOARD, label: 'Hela nämnden' },
              ...data.units.map((unit) => ({
                value: unit.id,
                label: `${unit.kind === 'department' ? 'Avdelning' : 'Enhet'} ${unit.code} ${unit.name}`,
              })),
            ]}
            onChange={(value) => {
              change((next) => {
                next.set(STATEMENT_PARAMS.year, String(year));
                next.set(STATEMENT_PARAMS.month, String(month));
                if (value === BOARD) next.delete(STATEMENT_PARAMS.orgUnit);
                else next.set(STATEMENT_PARAMS.orgUnit, value);
              });
            }}
          />
        </div>
      ) : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {data === null ? (
        state.status === 'loading' ? (
          <LoadingMessage>Hämtar sjukfrånvaron …</LoadingMessage>
        ) : null
      ) : (
        <VolumesTable
          id="vp-sick-leave-table"
          caption={`Sjukfrånvaro ${monthsSv(data.year, data.reportMonth)}, ${scopeName}`}
          unit="Procent av schemalagd tid"
          labelHeader="Sjukfrånvaro"
          heads={[String(data.year), String(data.year - 1), 'Differens']}
          rows={data.rows.map((row) => ({
            key: row.key,
            label: row.label,
            emphasis: row.key === data.rows[0]?.key ? ('total' as const) : undefined,
            // As report personnel groups them: gender, age, the day of the spell.
            groupStart: GROUP_STARTS.has(row.key),
            cells: [
              percent(row.current.tenths),
              percent(row.previous.tenths),
              difference(row.differenceTenths),
            ],
          }))}
          note={`${data.smallGroups ? `${data.smallGroupNote} ` : ''}Differens i procentenheter, beräknad på de oavrundade andelarna.`}
        />
      )}
    </section>
  );
}
