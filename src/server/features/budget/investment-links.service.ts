import type { InvestmentLinksDto } from '#contract/investment-links';
import {
  investmentLinkProblems,
  normaliseLinkCode,
  type InvestmentLink,
} from '#domain/budget/investment-links';
import { normaliseInvestmentLineName } from '#domain/budget/investment-budget-edit';
import { INVESTMENT_CATEGORIES, type InvestmentCategory } from '#domain/budget/investments';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import { claimInvestmentLinks } from './budget-revision';
import { findInvestmentLinkRevision } from './budget-revision.repo';
import { lineLabelSv } from './investment-lines';
import { findInvestmentLinks, replaceLineLinks } from './investment-links.repo';

/**
 * The links of a board's investment lines to ledger project codes and fixed-asset accounts
 * (docs/budget.md, "Investment actuals"): listed per line, set a line at a time, audited.
 */

async function boardLinks(db: Db, at: BoardRef): Promise<InvestmentLink[]> {
  return (await findInvestmentLinks(db, at.municipalityId, at.boardId)).map((row) => ({
    category: row.category,
    name: row.name,
    kind: row.kind,
    code: row.code,
  }));
}

function linksDto(links: readonly InvestmentLink[], revision: number | null): InvestmentLinksDto {
  const lines = new Map<string, InvestmentLinksDto['lines'][number]>();
  for (const link of links) {
    const key = `${link.category}/${link.name}`;
    let line = lines.get(key);
    if (!line) {
      line = { category: link.category, name: link.name, projectCodes: [], accounts: [] };
      lines.set(key, line);
    }
    (link.kind === 'project' ? line.projectCodes : line.accounts).push(link.code);
  }
  return {
    lines: [...lines.values()].sort(
      (a, b) =>
        INVESTMENT_CATEGORIES.indexOf(a.category) - INVESTMENT_CATEGORIES.indexOf(b.category) ||
        a.name.localeCompare(b.name, 'sv'),
    ),
    revision,
  };
}

/** The board's linked lines, each with its project codes and accounts, and their revision. */
export async function investmentLinksOf(db: Db, at: BoardRef): Promise<InvestmentLinksDto> {
  const [links, stored] = await Promise.all([
    boardLinks(db, at),
    findInvestmentLinkRevision(db, at),
  ]);
  return linksDto(links, stored?.revision ?? null);
}

/**
 * Sets a line's project codes and accounts (each list replaces the line's). A code given
 * twice, an account that is not a fixed-asset account, or a code another line of the board
 * has is refused naming it, and nothing is written; so is a save made on baseRevision when
 * the links were saved since (the edit conflict). The change, before and after, is audited.
 */
export async function saveInvestmentLinks(
  ctx: RequestContext,
  input: {
    /** The links' revision when they were read (null: never saved). */
    readonly baseRevision: number | null;
    readonly category: InvestmentCategory;
    readonly name: string;
    readonly projectCodes: readonly string[];
    readonly accounts: readonly string[];
  },
): Promise<InvestmentLinksDto> {
  const at = ctx.board;
  const line = { category: input.category, name: normaliseInvestmentLineName(input.name) };
  return ctx.write(async (trx) => {
    // The links are claimed first: a parallel save waits, then is refused.
    await claimInvestmentLinks(trx, ctx, { at, baseRevision: input.baseRevision });
    const existing = await boardLinks(trx, at);
    const problems = investmentLinkProblems(line, input, existing);
    if (problems.length > 0) {
      throw new AppError('invalid-request', 'The investment links cannot be saved', {
        issues: problems.map((problem) => ({ ...problem })),
      });
    }
    const projectCodes = input.projectCodes.map(normaliseLinkCode);
    const accounts = input.accounts.map(normaliseLinkCode);
    const own = existing.filter(
      (link) => link.category === line.category && link.name === line.name,
    );
    const codesOf = (links: readonly { kind: string; code: string }[], kind: string) =>
      links
        .filter((link) => link.kind === kind)
        .map((link) => link.code)
        .sort()
        .join(', ');
    const before = { projects: codesOf(own, 'project'), accounts: codesOf(own, 'account') };
    const next = [
      ...projectCodes.map((code) => ({ kind: 'project' as const, code })),
      ...accounts.map((code) => ({ kind: 'account' as const, code })),
    ];
    const after = { projects: codesOf(next, 'project'), accounts: codesOf(next, 'account') };
    if (before.projects !== after.projects || before.accounts !== after.accounts) {
      await replaceLineLinks(trx, at, line, next, ctx.actor.username);
      await recordAudit(trx, ctx.clock, ctx.actor, {
        action: 'investment-links-update',
        municipalityId: at.municipalityId,
        objectType: 'board',
        objectId: at.boardId,
        before,
        after,
        details: { investmentLine: lineLabelSv(line) },
      });
    }
    return investmentLinksOf(trx, at);
  });
}
