import type { DemoDataset } from '#domain/demo/demo-dataset';
import { DEMO_GOALS_2023 } from '#domain/demo/demo-goals-2023';
import { DEMO_RISK_YEAR, DEMO_RISKS_2026 } from '#domain/demo/demo-risks-2026';
import type { BoardRef } from '#server/board-ref';
import type { DemoAssetTransaction } from '#domain/demo/demo-investment-ledger';
import type { DemoTransaction } from '#domain/demo/demo-ledger';
import type { DemoPublication } from '#domain/demo/exempelkommun-publication';
import type { DemoUser } from '#domain/demo/demo-users';
import { periodOfDate } from '#domain/kernel/period';
import type { CopyTarget } from '#server/db/bulk-copy';
import type { Db } from '#server/db/types';
import { addAccounts, applyAccountRanges } from '../chart/chart.service';
import { systemClock } from '#server/clock';
import { recordAudit } from '../audit/audit.service';
import { writeLedgerBatch } from '../ledger/ledger.service';
import {
  createBoard,
  createMunicipality,
  createOrgUnits,
} from '../organisation/organisation.service';
import { ensureUser, grantRole } from '../users/users.service';
import { writeGoalSet } from '../goals/goal-set.service';
import { writeRiskSet } from '../internal-control/risks.service';
import { insertMany } from './demo.repo';
import { randomUUID } from 'node:crypto';

/**
 * What both demo municipalities write the same way: the municipality with its board, units
 * and chart of accounts, their ledger and their users.
 */

/** The parts of a demo dataset that make the municipality itself. */
export interface DemoMunicipality extends Pick<
  DemoDataset,
  'orgUnits' | 'accounts' | 'accountRanges'
> {
  readonly municipality: { readonly code: string; readonly name: string };
  readonly board: {
    readonly code: string;
    readonly name: string;
    readonly administrationName: string;
  };
}

/** Creates the municipality, its board, units (parents first) and accounts. */
export async function createDemoMunicipality(trx: Db, demo: DemoMunicipality) {
  const municipalityId = await createMunicipality(trx, {
    code: demo.municipality.code,
    name: demo.municipality.name,
    orgNumber: null,
  });
  const boardId = await createBoard(trx, {
    municipalityId,
    code: demo.board.code,
    name: demo.board.name,
    administrationName: demo.board.administrationName,
  });
  const unitIds = new Map<string, string>();
  for (const [index, unit] of demo.orgUnits.entries()) {
    const parentId = unit.parentCode === null ? null : unitIds.get(unit.parentCode);
    if (parentId === undefined) throw new Error(`Demo unit ${unit.code} comes before its parent`);
    const created = await createOrgUnits(trx, municipalityId, boardId, [
      { parentId, kind: unit.kind, code: unit.code, name: unit.name, sortOrder: index },
    ]);
    for (const [code, id] of created) unitIds.set(code, id);
  }
  const unitId = (code: string): string => {
    const id = unitIds.get(code);
    if (id === undefined) throw new Error(`Demo data names an unknown unit ${code}`);
    return id;
  };
  await applyAccountRanges(trx, municipalityId, demo.accountRanges);
  await addAccounts(trx, municipalityId, demo.accounts, demo.accountRanges, new Map());
  return { municipalityId, boardId, unitId };
}

/** The demo's transactions as one ledger batch ("demo"), each on its unit. */
export async function writeDemoLedger(
  trx: Db,
  copy: CopyTarget,
  municipalityId: string,
  transactions: readonly DemoTransaction[],
  unitId: (code: string) => string,
  /** Purchases on asset accounts, kept for the investment follow-up. */
  assets: readonly DemoAssetTransaction[] = [],
): Promise<void> {
  await writeLedgerBatch(
    trx,
    copy,
    {
      municipalityId,
      source: 'demo',
      fileName: null,
      sha256: null,
      encoding: null,
      importedBy: 'demo',
      summary: null,
    },
    async (add, addAsset) => {
      for (const asset of assets) {
        addAsset({
          period: periodOfDate(asset.date),
          bookingDate: asset.date,
          accountNumber: asset.account,
          projectCode: asset.projectCode,
          responsibilityCode: null,
          amount: asset.amount,
          verification: asset.verification,
          description: asset.text,
          sourceLine: null,
        });
      }
      for (const transaction of transactions) {
        await add({
          period: periodOfDate(transaction.date),
          bookingDate: transaction.date,
          accountNumber: transaction.account,
          orgUnitId: unitId(transaction.unitCode),
          responsibilityCode: transaction.unitCode,
          activityCode: null,
          projectCode: null,
          amount: transaction.amount,
          verification: transaction.verification,
          description: transaction.text,
          sourceLine: null,
        });
      }
    },
  );
}

/** The demo's users, each with their role for the municipality, the board or a unit. */
export async function grantDemoUsers(
  trx: Db,
  users: readonly DemoUser[],
  at: { municipalityId: string; boardId: string },
  unitId: (code: string) => string,
): Promise<void> {
  for (const user of users) {
    const userId = await ensureUser(trx, user);
    const scope = user.scope;
    await grantRole(trx, userId, {
      role: user.role,
      municipalityId: at.municipalityId,
      boardId: scope === 'municipality' ? null : at.boardId,
      orgUnitId: typeof scope === 'object' ? unitId(scope.unitCode) : null,
    });
  }
}

/** The demo load in the audit log: which municipality, how many transactions, replaced or new. */
export async function recordDemoLoad(
  trx: Db,
  municipalityId: string,
  transactionCount: number,
  replaced: boolean,
): Promise<void> {
  await recordAudit(
    trx,
    systemClock,
    { userId: null, username: 'demo', displayName: 'Demoinläsning', ip: null },
    {
      action: 'demo-load',
      municipalityId,
      objectType: 'municipality',
      objectId: municipalityId,
      details: { transactionCount, replaced },
    },
  );
}

/**
 * The months the demo's controller has published: locked, with a report for the board. As in
 * a real month end, every unit's report was approved before the publication (a day before), so
 * the published report marks no unit as not reported.
 */
export async function writeDemoPublications(
  trx: Db,
  board: { readonly municipalityId: string; readonly boardId: string },
  publications: readonly DemoPublication[],
  unitIds: readonly string[],
): Promise<void> {
  await insertMany(
    trx,
    'follow_up_report',
    publications.flatMap((publication) =>
      unitIds.map((orgUnitId) => ({
        municipality_id: board.municipalityId,
        org_unit_id: orgUnitId,
        year: publication.year,
        report_month: publication.month,
        status: 'approved' as const,
        remark: null,
        updated_at: new Date(Date.parse(publication.at) - 86_400_000).toISOString(),
        updated_by: publication.byUsername,
      })),
    ),
  );
  await insertMany(
    trx,
    'follow_up_month_event',
    publications.map((publication) => ({
      municipality_id: board.municipalityId,
      id: randomUUID(),
      board_id: board.boardId,
      year: publication.year,
      report_month: publication.month,
      kind: 'publish' as const,
      reason: null,
      at: publication.at,
      by_user: publication.byUsername,
    })),
  );
}

/**
 * Alingsås (demo)'s goals 2023 (001's Måluppföljning): entered by the controller, and assessed
 * at the interim report, in September 2023.
 */
export async function writeDemoGoals(trx: Db, board: BoardRef): Promise<void> {
  await writeGoalSet(trx, board, DEMO_GOALS_2023, {
    by: 'controller',
    at: '2023-09-12T08:00:00.000Z',
  });
}

/**
 * Alingsås (demo)'s risk and materiality analysis 2026 (002, Bilaga 2): made by the controller
 * in the autumn before, for the budget.
 */
export async function writeDemoRisks(trx: Db, board: BoardRef): Promise<void> {
  await writeRiskSet(trx, board, DEMO_RISK_YEAR, DEMO_RISKS_2026, {
    by: 'controller',
    at: '2025-10-14T08:00:00.000Z',
  });
}
