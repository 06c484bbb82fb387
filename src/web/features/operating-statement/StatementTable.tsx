import { Link } from 'react-router';
import type { OperatingStatementResponse } from '../../../contract/operating-statement';
import { isAccountGroup } from '../../../domain/ledger/account-group';
import { STATEMENT_LINE_LABELS_SV } from '../../../domain/reports/operating-statement-report';
import { FiguresTable, type FiguresRow } from '../../ui/FiguresTable';
import { useScopeLink } from './use-scope-link';

export interface StatementTableProps {
  readonly statement: OperatingStatementResponse;
  readonly title: string;
}

/** The statement's lines; each account group's label leads to its accounts. */
export function StatementTable({ statement, title }: StatementTableProps) {
  const linkTo = useScopeLink(statement.year, statement.month);
  const orgUnitId = statement.path.at(-1)?.id ?? null;
  const rows = statement.lines.map((line): FiguresRow => {
    const label = STATEMENT_LINE_LABELS_SV[line.key];
    return {
      key: line.key,
      label: isAccountGroup(line.key) ? (
        <Link to={linkTo({ orgUnitId, accountGroup: line.key })}>{label}</Link>
      ) : (
        label
      ),
      figures: line.figures,
      ...(line.kind === 'group' ? {} : { emphasis: line.kind }),
    };
  });
  return (
    <FiguresTable
      title={title}
      labelHeader="Post"
      year={statement.year}
      month={statement.month}
      rows={rows}
    />
  );
}
