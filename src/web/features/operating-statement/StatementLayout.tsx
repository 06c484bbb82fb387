import { useEffect, useRef, type ReactNode } from 'react';
import type { OrgUnitRef } from '#contract/operating-statement';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { Month } from '#domain/kernel/period';
import { useDocumentTitle } from '../../app/use-document-title';
import { InfoNote } from '../../ui/StatusMessages';
import { ScopeBreadcrumb } from './ScopeBreadcrumb';
import { actualsNoteSv, statementTitleSv } from './statement-text';

/** What every statement answer says about itself: whose figures, for which period. */
export interface StatementContext {
  readonly board: { readonly name: string };
  readonly path: readonly OrgUnitRef[];
  readonly year: number;
  readonly month: Month;
  readonly lastActualMonth: Month | null;
}

export interface StatementLayoutProps {
  /** The shown answer's context; null before the first answer (or after an error). */
  readonly context: StatementContext | null;
  readonly accountGroup: AccountGroup | null;
  /** The period choice; kept mounted while figures load so focus stays in it. */
  readonly controls: ReactNode;
  /** True while new figures load and older ones are still shown. */
  readonly busy: boolean;
  /** True once the figures for the current address are shown. */
  readonly ready: boolean;
  /** Names the current level; the heading takes focus when it changes (a drill-down). */
  readonly scopeKey: string;
  readonly claimFocus: (scopeKey: string) => boolean;
  /** The transactions behind a figure: their heading, and their crumb in the breadcrumb. */
  readonly trace?: { readonly title: string; readonly crumb: string } | null;
  readonly children: ReactNode;
}

/** Breadcrumb, heading, period choice and a note on the actuals, around the tables. */
export function StatementLayout({
  context,
  accountGroup,
  controls,
  busy,
  ready,
  scopeKey,
  claimFocus,
  trace = null,
  children,
}: StatementLayoutProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const scopeName = context ? (context.path.at(-1)?.name ?? context.board.name) : null;
  const statementTitle =
    context && scopeName ? statementTitleSv(scopeName, context.year, context.month) : null;
  const title = trace && context ? trace.title : statementTitle;
  useDocumentTitle(title ?? 'Driftredovisning');

  useEffect(() => {
    // After a drill-down the old link is gone; the new heading is where the reader continues.
    if (ready && claimFocus(scopeKey)) heading.current?.focus();
  }, [ready, scopeKey, claimFocus]);

  const note = context ? actualsNoteSv(context.year, context.month, context.lastActualMonth) : null;
  return (
    <div className="page">
      {context ? (
        <ScopeBreadcrumb
          boardName={context.board.name}
          path={context.path}
          accountGroup={accountGroup}
          year={context.year}
          month={context.month}
          traceLabel={trace?.crumb}
        />
      ) : null}
      <h1 ref={heading} tabIndex={-1} className="page__title">
        {title ?? 'Driftredovisning'}
      </h1>
      {controls}
      <div className={busy ? 'statement statement--busy' : 'statement'} aria-busy={busy}>
        {note ? <InfoNote>{note}</InfoNote> : null}
        {children}
      </div>
    </div>
  );
}
