import { Link } from 'react-router';
import type { OrgUnitRef } from '#contract/operating-statement';
import type { AccountGroup } from '#domain/ledger/account-group';
import { ACCOUNT_GROUP_NAMES_SV } from '#domain/ledger/account-group';
import type { Month } from '#domain/kernel/period';
import { useReadableScope } from './use-readable-scope';
import { useScopeLink, type Scope } from './use-scope-link';

export interface BreadcrumbProps {
  readonly boardName: string;
  readonly path: readonly OrgUnitRef[];
  readonly accountGroup: AccountGroup | null;
  readonly year: number;
  readonly month: Month;
  /** The transactions behind a figure, below the account group: "Transaktioner". */
  readonly traceLabel?: string | undefined;
}

interface Crumb {
  readonly key: string;
  readonly label: string;
  readonly scope: Scope | null;
}

/**
 * Board › department › unit › account group › transactions; every level above the current one
 * a link.
 */
export function ScopeBreadcrumb({
  boardName,
  path,
  accountGroup,
  year,
  month,
  traceLabel,
}: BreadcrumbProps) {
  const linkTo = useScopeLink(year, month);
  const readable = useReadableScope();
  // Levels above what the user may read are shown, not linked.
  const crumbs: Crumb[] = [
    {
      key: 'board',
      label: boardName,
      scope: readable.canOpen(null) ? { orgUnitId: null, accountGroup: null } : null,
    },
    ...path.map((unit, index) => ({
      key: unit.id,
      label: unit.name,
      scope: readable.canOpen(path.slice(0, index + 1))
        ? { orgUnitId: unit.id, accountGroup: null }
        : null,
    })),
  ];
  if (accountGroup) {
    crumbs.push({
      key: accountGroup,
      label: ACCOUNT_GROUP_NAMES_SV[accountGroup],
      scope: { orgUnitId: path.at(-1)?.id ?? null, accountGroup },
    });
    if (traceLabel) crumbs.push({ key: 'trace', label: traceLabel, scope: null });
  }
  return (
    <nav className="breadcrumb" aria-label="Nivå">
      <ol className="breadcrumb__list">
        {crumbs.map((crumb, index) => (
          <li key={crumb.key} className="breadcrumb__item">
            {index > 0 ? (
              <span className="breadcrumb__separator" aria-hidden="true">
                ›
              </span>
            ) : null}
            {index < crumbs.length - 1 && crumb.scope ? (
              <Link to={linkTo(crumb.scope)}>{crumb.label}</Link>
            ) : index < crumbs.length - 1 ? (
              <span>{crumb.label}</span>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
