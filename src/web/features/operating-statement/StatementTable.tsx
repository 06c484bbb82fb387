import { Link } from 'react-router';
import type { OperatingStatementResponse } from '#contract/operating-statement';
import { isAccountGroup } from '#domain/ledger/account-group';
import { STATEMENT_LINE_LABELS_SV } from '#domain/reports/operating-statement-report';
import { FiguresTable, type FiguresRow } from '../../ui/FiguresTable';
import { traceLinks, useScopeLink } from './use-scope-link';

export interface StatementTableProps {
  readonly statement: OperatingStatementResponse;
  readonly title: string;
}

/**
 * The statement's lines; each account group's label leads to its accounts, and its actuals to
 * the transactions behind them.
 */
export function StatementTable({ statement, title }: StatementTableProps) {
  const linkTo = useScopeLink(statement.year, statement.month);
  const orgUnitId = statement.path.at(-1)?.id ?? null;
  const rows = statement.lines.map((line): FiguresRow => {
    const label = STATEMENT_LINE_LABELS_SV[line.key];
    const base = { key: line.key, figures: line.figures };
    if (isAccountGroup(line.key)) {
      const scope = { orgUnitId, accountGroup: line.key };
      return {
        ...base,
        label: <Link to={linkTo(scope)}>{label}</Link>,
        links: traceLinks(linkTo, scope, null),
      };
    }
    return { ...base, label, ...(line.kind === 'group' ? {} : { emphasis: line.kind }) };
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
