import { Fragment, type ReactNode } from 'react';
import type { To } from 'react-router';
import {
  STATEMENT_COLUMNS,
  type StatementColumn,
  type StatementFigures,
} from '#domain/follow-up/measures';
import type { Month } from '#domain/kernel/period';
import { statementColumnLabelsSv } from '#domain/reports/operating-statement-report';
import { AmountCell, NotApplicableCell } from './Amount';
import { TkrTable } from './TkrTable';

/** One row of a table with the statement's six columns. */
export interface FiguresRow {
  /** Unique within the table. */
  readonly key: string;
  readonly label: ReactNode;
  readonly figures: StatementFigures;
  /** Subtotals and totals are set off from the rows they sum. */
  readonly emphasis?: 'subtotal' | 'total';
  /** false: the row has no budget or forecast of its own (an account not budgeted per account). */
  readonly planned?: boolean;
  /** Figures that lead to the transactions behind them (the actuals). */
  readonly links?: Partial<Record<StatementColumn, To>>;
}

/** What a "–" for last year's figures means, for assistive technology. */
const NO_COMPARISON_DATA_SV = 'inga uppgifter för jämförelseperioden';

/** Variances: a negative figure is unfavourable and is marked. */
const SIGNAL_COLUMNS: ReadonlySet<StatementColumn> = new Set([
  'forecastVariance',
  'actualDifference',
]);
/** The columns that come from the budget and forecast. */
const PLAN_COLUMNS: ReadonlySet<StatementColumn> = new Set([
  'budget',
  'forecast',
  'forecastVariance',
]);

export interface FiguresTableProps {
  /** What the table shows, for assistive technology (the page shows it as a heading). */
  readonly title: string;
  /** The header of the label column: "Post", "Avdelning", "Konto". */
  readonly labelHeader: string;
  readonly year: number;
  readonly month: Month;
  readonly rows: readonly FiguresRow[];
}

/** A column head that wraps between its words only ("Utfall" / "jan–aug 2023"). */
function ColumnHead({ label }: { readonly label: string }) {
  const words = label.split(' ');
  return (
    <th scope="col" className="amount-head">
      {words.map((word, index) => (
        <Fragment key={index}>
          {index > 0 ? ' ' : null}
          <span className="figures-table__word">{word}</span>
        </Fragment>
      ))}
    </th>
  );
}

const ROW_CLASS = { subtotal: 'row--subtotal', total: 'row--total' } as const;

/**
 * A table with the operating statement's columns (budget, forecast, variance, actual, last
 * year's actual, difference) in whole tkr. Row labels are row headers.
 */
export function FiguresTable({ title, labelHeader, year, month, rows }: FiguresTableProps) {
  const columnLabels = statementColumnLabelsSv(year, month);
  return (
    <TkrTable
      caption={title}
      labelHeader={labelHeader}
      heads={STATEMENT_COLUMNS.map((column) => (
        <ColumnHead key={column} label={columnLabels[column]} />
      ))}
    >
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.emphasis ? ROW_CLASS[row.emphasis] : undefined}>
            <th scope="row">{row.label}</th>
            {STATEMENT_COLUMNS.map((column) => {
              const value = row.figures[column];
              if (row.planned === false && PLAN_COLUMNS.has(column)) {
                return <NotApplicableCell key={column} reason="ingen budget på kontot" />;
              }
              if (value === null && column === 'actualDifference') {
                // Without last year's figure there is no difference to show (RULES.md).
                return <td key={column} className="amount" />;
              }
              if (value === null) {
                return <NotApplicableCell key={column} reason={NO_COMPARISON_DATA_SV} />;
              }
              return (
                <AmountCell
                  key={column}
                  value={value}
                  signal={SIGNAL_COLUMNS.has(column)}
                  to={row.links?.[column]}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </TkrTable>
  );
}
