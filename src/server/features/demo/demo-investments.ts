import type { DemoInvestmentFollowUp } from '#domain/demo/demo-budget';
import type { DemoInvestmentLine, DemoInvestmentLink } from '#domain/demo/demo-investment-ledger';
import type { Db } from '#server/db/types';
import { createInvestmentLines } from '../budget/budget-frames.service';
import { insertMany } from './demo.repo';

/**
 * The demo's investment lines of a budget version with the follow-up the controller entered,
 * and the links of a board's lines to the ledger's investment projects (the purchases
 * themselves go with the demo's ledger, writeDemoLedger).
 */
export async function writeDemoInvestments(
  trx: Db,
  at: { readonly municipalityId: string; readonly boardId: string; readonly versionId: string },
  lines: readonly DemoInvestmentLine[],
  followUp: readonly DemoInvestmentFollowUp[],
): Promise<void> {
  await createInvestmentLines(
    trx,
    at.municipalityId,
    at.versionId,
    lines.map((line, sortOrder) => ({ ...line, sortOrder })),
  );
  await insertMany(
    trx,
    'investment_follow_up',
    followUp.map((entry) => ({
      municipality_id: at.municipalityId,
      budget_version_id: at.versionId,
      category: entry.category,
      name: entry.name,
      year: entry.year,
      report_month: entry.month,
      actual_ytd_ore: entry.actualYearToDate,
      forecast_ore: entry.forecast,
      comment: entry.comment,
      updated_by: 'demo',
    })),
  );
}

export async function writeDemoInvestmentLinks(
  trx: Db,
  at: { readonly municipalityId: string; readonly boardId: string },
  links: readonly DemoInvestmentLink[],
): Promise<void> {
  await insertMany(
    trx,
    'investment_link',
    links.flatMap((line) =>
      [
        ...line.projectCodes.map((code) => ({ kind: 'project' as const, code })),
        ...line.accounts.map((code) => ({ kind: 'account' as const, code })),
      ].map((link) => ({
        municipality_id: at.municipalityId,
        board_id: at.boardId,
        kind: link.kind,
        code: link.code,
        category: line.category,
        name: line.name,
        created_by: 'demo',
      })),
    ),
  );
}
