import { Link, useSearchParams } from 'react-router';
import type { FollowUpFigures, FollowUpView } from '#contract/follow-up';
import { FOLLOW_UP_STATUS_NAMES_SV } from '#domain/follow-up/follow-up-status';
import { AmountCell, NotApplicableCell } from '../../ui/Amount';
import { TkrTable } from '../../ui/TkrTable';
import { missingTextsSv, type ShownRow } from './follow-up-rows';
import {
  FIGURE_COLUMNS,
  FIGURE_NAMES_SV,
  SIGNAL_FIGURES,
  statementLink,
  unitReportLink,
  type PagePeriod,
} from './follow-up-text';

/** A row's eight figures in whole tkr; the previous month's variance is "–" in January. */
export function FigureCells({ figures }: { readonly figures: FollowUpFigures }) {
  return (
    <>
      {FIGURE_COLUMNS.map((column) => {
        const value = figures[column];
        return value === null ? (
          <NotApplicableCell key={column} reason="ingen föregående månad" />
        ) : (
          <AmountCell key={column} value={value} signal={SIGNAL_FIGURES.has(column)} />
        );
      })}
    </>
  );
}

/** The unit's status, and what the threshold asks for that is not written. */
function StatusCell({ report }: { readonly report: ShownRow['row']['report'] }) {
  if (!report) return <td />;
  const missing = missingTextsSv(report);
  return (
    <td className="follow-up-table__status">
      <span className={`status-tag status-tag--${report.status}`}>
        {FOLLOW_UP_STATUS_NAMES_SV[report.status]}
      </span>
      {missing.map((text) => (
        <span key={text} className="follow-up-marker">
          {text}
        </span>
      ))}
    </td>
  );
}

/**
 * The units' figures at the report month: departments' sum rows with their units under them
 * (or the units alone, sorted), each unit leading to its report and to its operating
 * statement, with its status and the texts it still owes; the board's total at the foot (not
 * for a part of the board: its first row is its sum).
 */
export function FollowUpTable({
  view,
  rows,
  period,
  caption,
  statementLinks,
  boardTotal = true,
}: {
  readonly view: FollowUpView;
  readonly rows: readonly ShownRow[];
  readonly period: PagePeriod;
  readonly caption: string;
  /** Whether the user may open the operating statement (the drill-down). */
  readonly statementLinks: boolean;
  /** Whether the view is the whole board's, with "Hela nämnden" at the foot. */
  readonly boardTotal?: boolean;
}) {
  const [searchParams] = useSearchParams();
  return (
    <TkrTable
      className="follow-up-table"
      caption={caption}
      labelHeader="Enhet"
      heads={
        <>
          {FIGURE_COLUMNS.map((column) => (
            <th key={column} scope="col" className="amount-head">
              {column === 'forecastVariance' ? (
                // One long word: it may break in two where the table is narrow.
                <>
                  Prognos
                  <wbr />
                  avvikelse
                </>
              ) : (
                FIGURE_NAMES_SV[column]
              )}
            </th>
          ))}
          <th scope="col" className="figures-table__label-head">
            Status
          </th>
          {statementLinks ? (
            <th scope="col" className="figures-table__label-head">
              Detaljer
            </th>
          ) : null}
        </>
      }
    >
      <tbody>
        {rows.map(({ row, indented }) => {
          const department = row.orgUnit.kind === 'department';
          return (
            <tr key={row.orgUnit.id} className={department ? 'row--subtotal' : undefined}>
              <th scope="row" className={indented ? 'follow-up-table__unit--indented' : undefined}>
                {department ? (
                  row.orgUnit.name
                ) : (
                  <Link to={unitReportLink(searchParams, row.orgUnit.id, period)}>
                    {row.orgUnit.name}
                  </Link>
                )}
              </th>
              <FigureCells figures={row.figures} />
              <StatusCell report={row.report} />
              {statementLinks ? (
                <td>
                  <Link to={statementLink(searchParams, row.orgUnit.id, period)}>
                    Driftredovisning
                    <span className="visually-hidden"> för {row.orgUnit.name}</span>
                  </Link>
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
      {boardTotal ? (
        <tfoot>
          <tr className="row--total">
            <th scope="row">Hela nämnden</th>
            <FigureCells figures={view.board} />
            <td />
            {statementLinks ? <td /> : null}
          </tr>
        </tfoot>
      ) : null}
    </TkrTable>
  );
}
