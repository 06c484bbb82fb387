import { Link } from 'react-router';
import type { OperatingStatementResponse } from '#contract/operating-statement';
import { FiguresTable, type FiguresRow } from '../../ui/FiguresTable';
import { sumStatementFigures } from '#domain/follow-up/measures';
import { breakdownTitleSv } from './statement-text';
import { useScopeLink } from './use-scope-link';

/**
 * Verksamhetens nettokostnader one level down: per department under the board, per unit
 * under a department, and what is booked on the level's own code. Nothing below a unit.
 */
export function OrgBreakdownTable({
  statement,
}: {
  readonly statement: OperatingStatementResponse;
}) {
  const linkTo = useScopeLink(statement.year, statement.month);
  const scope = statement.path.at(-1);
  if (scope?.kind === 'unit' || statement.breakdown.length === 0) return null;

  const scopeName = scope?.name ?? statement.board.name;
  const title = breakdownTitleSv(scope ? 'unit' : 'department');
  const rows = statement.breakdown.map((entry): FiguresRow =>
    entry.kind === 'org-unit'
      ? {
          key: entry.orgUnit.id,
          label: (
            <Link to={linkTo({ orgUnitId: entry.orgUnit.id, accountGroup: null })}>
              {entry.orgUnit.name}
            </Link>
          ),
          figures: entry.figures,
        }
      : { key: 'booked-on-scope', label: `Bokfört direkt på ${scopeName}`, figures: entry.figures },
  );
  rows.push({
    key: 'sum',
    label: 'Summa',
    figures: sumStatementFigures(statement.breakdown.map((entry) => entry.figures)),
    emphasis: 'total',
  });

  return (
    <section className="section" aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading" className="section__title">
        {title}
      </h2>
      <FiguresTable
        title={`${title}, ${scopeName}`}
        labelHeader={scope ? 'Enhet' : 'Avdelning'}
        year={statement.year}
        month={statement.month}
        rows={rows}
      />
    </section>
  );
}
