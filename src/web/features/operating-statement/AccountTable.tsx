import type { AccountBreakdownResponse } from '#contract/operating-statement';
import { ACCOUNT_GROUP_NAMES_SV } from '#domain/ledger/account-group';
import { FiguresTable, type FiguresRow } from '../../ui/FiguresTable';
import { traceLinks, useScopeLink } from './use-scope-link';

/**
 * One row per account, the part not set per account, and the group's sum. The actuals of each
 * account and of the sum lead to the transactions behind them.
 */
export function AccountTable({
  breakdown,
  title,
}: {
  readonly breakdown: AccountBreakdownResponse;
  readonly title: string;
}) {
  const linkTo = useScopeLink(breakdown.year, breakdown.month);
  const scope = {
    orgUnitId: breakdown.path.at(-1)?.id ?? null,
    accountGroup: breakdown.accountGroup,
  };
  const rows = breakdown.rows.map(({ account, figures, planned }): FiguresRow =>
    account
      ? {
          key: account.number,
          label: `${account.number} ${account.name}`,
          figures,
          planned,
          links: traceLinks(linkTo, scope, account.number),
        }
      : { key: 'not-per-account', label: 'Budget och prognos ej fördelade på konto', figures },
  );
  rows.push({
    key: 'sum',
    label: `Summa ${ACCOUNT_GROUP_NAMES_SV[breakdown.accountGroup]}`,
    figures: breakdown.total,
    emphasis: 'total',
    links: traceLinks(linkTo, scope, null),
  });
  return (
    <FiguresTable
      title={title}
      labelHeader="Konto"
      year={breakdown.year}
      month={breakdown.month}
      rows={rows}
    />
  );
}
