import { generateDemoDataset } from '../../../domain/demo/demo-dataset';
import type { Ore } from '../../../domain/kernel/money';
import { periodOfDate } from '../../../domain/kernel/period';
import { systemClock } from '../../clock';
import { recordAudit } from '../audit/audit.service';
import type { Database } from '../../db/connect';
import { writeLedgerBatch } from '../ledger/ledger.service';
import { addAccounts, applyAccountRanges } from '../chart/chart.service';
import {
  createBoard,
  createMunicipality,
  createOrgUnits,
  municipalityByCode,
} from '../organisation/organisation.service';
import { createBudgetVersion } from '../budget/budget.service';
import {
  createInvestmentLines,
  investmentAmountsOf,
  replaceFrameSteps,
} from '../budget/budget-frames.service';
import { frameWalk, frameWalkAllocations } from '../../../domain/budget/frame-walk';
import { DEMO_USERS } from '../../../domain/demo/demo-users';
import { ensureUser, grantRole } from '../users/users.service';
import { deleteMunicipality, insertMany } from './demo.repo';

export interface DemoLoadResult {
  /** loaded: it was not there; kept: it was there and is left as it is; reloaded: replaced. */
  readonly outcome: 'loaded' | 'kept' | 'reloaded';
  readonly municipalityId: string;
  readonly municipalityName: string;
  readonly transactionCount: number;
}

/**
 * Loads the demo municipality (Alingsås (demo), Socialnämnden) in one transaction. With
 * reset, an existing demo municipality and all its data are replaced; without, it is kept.
 */
export async function loadDemo(
  database: Database,
  options: { reset: boolean },
): Promise<DemoLoadResult> {
  const demo = generateDemoDataset();
  return database.bulkTransaction(async (trx, copy) => {
    const existing = await municipalityByCode(trx, demo.municipality.code);
    if (existing && !options.reset) {
      const count = await trx
        .selectFrom('ledger_transaction')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('municipality_id', '=', existing.id)
        .executeTakeFirstOrThrow();
      return {
        outcome: 'kept',
        municipalityId: existing.id,
        municipalityName: existing.name,
        transactionCount: count.count,
      };
    }
    if (existing) await deleteMunicipality(trx, existing.id);

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
    // The allocations: 2022-2023 as given, 2025-2028 from the 2026 budget's frame walk.
    const planning = demo.budgetPlanning;
    const walkedAllocations = [...frameWalkAllocations(frameWalk(planning.frameWalk))];
    await insertMany(
      trx,
      'allocation',
      [
        ...demo.allocations.map((allocation): [number, Ore] => [
          allocation.year,
          allocation.amount,
        ]),
        ...walkedAllocations,
      ].map(([year, amount]) => ({
        municipality_id: municipalityId,
        board_id: boardId,
        year,
        amount_ore: amount,
      })),
    );

    for (const budget of demo.budgets) {
      await createBudgetVersion(trx, {
        municipalityId,
        boardId,
        budgetYear: budget.year,
        name: budget.name,
        status: 'adopted',
        lines: budget.lines.map((line) => ({
          orgUnitId: unitId(line.unitCode),
          year: budget.year,
          accountGroup: line.accountGroup,
          accountNumber: null,
          amount: line.amount,
        })),
      });
    }

    // The budgets 2025 and 2026 (002): adopted, in follow-up, with their plan years and their
    // years of the investment budget (a column goes with the latest budget of its year or
    // before: Budget 2025 with the 2025 budget, 2026-2030 with the 2026 budget); then the
    // 2026 budget's frame walk.
    const investmentYears = planning.investments.columns.map((column) => column.year);
    const budgetYearOfInvestment = (year: number): number =>
      Math.max(
        ...planning.budgets
          .map((budget) => budget.budgetYear)
          .filter((budgetYear) => budgetYear <= year),
      );
    for (const budget of planning.budgets) {
      const versionId = await createBudgetVersion(trx, {
        municipalityId,
        boardId,
        budgetYear: budget.budgetYear,
        name: budget.name,
        status: 'adopted',
        inFollowUp: true,
        decision: budget.decision,
        lines: budget.lines.map((line) => ({
          orgUnitId: unitId(line.unitCode),
          year: line.year,
          accountGroup: line.accountGroup,
          accountNumber: null,
          amount: line.amount,
        })),
      });
      await createInvestmentLines(
        trx,
        municipalityId,
        versionId,
        investmentAmountsOf(
          planning.investments,
          investmentYears.filter((year) => budgetYearOfInvestment(year) === budget.budgetYear),
        ),
      );
      // The investment follow-up the controller entered for the budget year (2026's).
      await insertMany(
        trx,
        'investment_follow_up',
        planning.investmentFollowUp
          .filter((entry) => entry.year === budget.budgetYear)
          .map((entry) => ({
            municipality_id: municipalityId,
            budget_version_id: versionId,
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
    await replaceFrameSteps(trx, { municipalityId, boardId }, planning.frameWalk);

    await insertMany(
      trx,
      'forecast',
      demo.forecasts.flatMap((forecast) =>
        forecast.lines.map((line) => ({
          municipality_id: municipalityId,
          org_unit_id: unitId(line.unitCode),
          year: forecast.year,
          report_month: forecast.reportMonth,
          account_group: line.accountGroup,
          amount_ore: line.amount,
        })),
      ),
    );

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
      async (add) => {
        for (const transaction of demo.transactions) {
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

    for (const user of DEMO_USERS) {
      const userId = await ensureUser(trx, user);
      const scope = user.scope;
      await grantRole(trx, userId, {
        role: user.role,
        municipalityId,
        boardId: scope === 'municipality' ? null : boardId,
        orgUnitId: typeof scope === 'object' ? unitId(scope.unitCode) : null,
      });
    }

    await recordAudit(
      trx,
      systemClock,
      { userId: null, username: 'demo', ip: null },
      {
        action: 'demo-load',
        municipalityId,
        objectType: 'municipality',
        objectId: municipalityId,
        details: { transactionCount: demo.transactions.length, replaced: existing !== undefined },
      },
    );
    return {
      outcome: existing ? 'reloaded' : 'loaded',
      municipalityId,
      municipalityName: demo.municipality.name,
      transactionCount: demo.transactions.length,
    };
  });
}
