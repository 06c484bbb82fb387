import { writeDemoSampling } from './demo-sampling';
import { writeDemoPersonnel } from './demo-personnel';
import { writeDemoPlacements } from './demo-placements';
import { writeDemoVolumes } from './demo-volumes';
import { generateDemoDataset } from '#domain/demo/demo-dataset';
import type { Ore } from '#domain/kernel/money';
import type { CopyTarget } from '#server/db/bulk-copy';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { municipalityByCode } from '../organisation/organisation.service';
import { createBudgetVersion } from '../budget/budget.service';
import {
  createInvestmentLines,
  investmentAmountsOf,
  replaceFrameSteps,
} from '../budget/budget-frames.service';
import { frameWalk, frameWalkAllocations } from '#domain/budget/frame-walk';
import { DEMO_USERS } from '#domain/demo/demo-users';
import { ALINGSAS_PUBLICATIONS } from '#domain/demo/exempelkommun-publication';
import {
  ALINGSAS_ASSET_TRANSACTIONS,
  ALINGSAS_INVESTMENT_BUDGET_2023,
  ALINGSAS_INVESTMENT_FOLLOW_UP_2023,
  ALINGSAS_INVESTMENT_LINKS,
} from '#domain/demo/demo-investment-ledger';
import { writeDemoInternalControl } from './demo-internal-control';
import { writeDemoInvestmentLinks, writeDemoInvestments } from './demo-investments';
import { deleteMunicipality, demoTransactionCount, insertMany } from './demo.repo';
import {
  createDemoMunicipality,
  grantDemoUsers,
  recordDemoLoad,
  writeDemoGoals,
  writeDemoRisks,
  writeDemoLedger,
  writeDemoPublications,
} from './demo-writes';
import { loadExempelkommun, type DemoMunicipalityLoad } from './exempelkommun.service';

/** The first demo municipality's load (Alingsås (demo)) and the second's (Exempelkommun). */
export interface DemoLoadResult extends DemoMunicipalityLoad {
  readonly exempelkommun: DemoMunicipalityLoad;
}

/**
 * Loads the demo municipalities (Alingsås (demo), Socialnämnden; and Exempelkommun, 003's
 * socialnämnd: exempelkommun.service.ts) in one transaction. With reset, an existing demo
 * municipality and all its data are replaced; without, it is kept (each on its own, so a
 * database from before Exempelkommun gets it at the next start).
 */
export async function loadDemo(
  ctx: RequestContext,
  options: { reset: boolean },
): Promise<DemoLoadResult> {
  return ctx.bulkWrite(async (trx, copy, change) => {
    const load = await loadDemoIn(trx, copy, options);
    // A municipality loaded anew is a change of its data (a kept one is not).
    for (const one of [load, load.exempelkommun]) {
      if (one.outcome !== 'kept') change.touch(one.municipalityId);
    }
    return load;
  });
}

async function loadDemoIn(
  trx: Db,
  copy: CopyTarget,
  options: { reset: boolean },
): Promise<DemoLoadResult> {
  const demo = generateDemoDataset();
  const existing = await municipalityByCode(trx, demo.municipality.code);
  if (existing && !options.reset) {
    const transactionCount = await demoTransactionCount(trx, existing.id);
    return {
      outcome: 'kept',
      municipalityId: existing.id,
      municipalityName: existing.name,
      transactionCount,
      exempelkommun: await loadExempelkommun(trx, copy, options),
    };
  }
  if (existing) await deleteMunicipality(trx, existing.id);

  const { municipalityId, boardId, unitId } = await createDemoMunicipality(trx, demo);
  // The allocations: 2022-2023 as given, 2025-2028 from the 2026 budget's frame walk.
  const planning = demo.budgetPlanning;
  const walkedAllocations = [...frameWalkAllocations(frameWalk(planning.frameWalk))];
  await insertMany(
    trx,
    'allocation',
    [
      ...demo.allocations.map((allocation): [number, Ore] => [allocation.year, allocation.amount]),
      ...walkedAllocations,
    ].map(([year, amount]) => ({
      municipality_id: municipalityId,
      board_id: boardId,
      year,
      amount_ore: amount,
    })),
  );

  for (const budget of demo.budgets) {
    const versionId = await createBudgetVersion(trx, {
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
    // 2023's investment budget and the forecasts entered at August (001, Investeringar).
    if (budget.year === 2023) {
      await writeDemoInvestments(
        trx,
        { municipalityId, boardId, versionId },
        ALINGSAS_INVESTMENT_BUDGET_2023,
        ALINGSAS_INVESTMENT_FOLLOW_UP_2023,
      );
    }
  }
  await writeDemoInvestmentLinks(trx, { municipalityId, boardId }, ALINGSAS_INVESTMENT_LINKS);

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

  // The ledger, with the purchases on investment projects of 2022 and 2023.
  await writeDemoLedger(
    trx,
    copy,
    municipalityId,
    demo.transactions,
    unitId,
    ALINGSAS_ASSET_TRANSACTIONS,
  );
  await writeDemoPlacements(trx, municipalityId, demo.transactions);

  await grantDemoUsers(trx, DEMO_USERS, { municipalityId, boardId }, unitId);
  // The goals 2023 with their indicators, outcomes and the interim report's assessments (001).
  await writeDemoGoals(trx, { municipalityId, boardId });
  // The risk and materiality analysis 2026 (002, Bilaga 2).
  await writeDemoRisks(trx, { municipalityId, boardId });
  // The internal control plans 2023 (followed up at the interim report, 001) and 2026 (002).
  await writeDemoInternalControl(trx, { municipalityId, boardId });
  // September 2023 of the case system's access log and the month's sample of case workers,
  // drawn for the 2023 plan's control of it.
  await writeDemoSampling(trx, { municipalityId, boardId }, unitId);
  // The HR system's exports of January–July 2022 and 2023: 001's sick leave table.
  await writeDemoPersonnel(trx, municipalityId);
  // Financial assistance and orosanmälningar 2022 – August 2023 (001's +5,6 % and +41 %).
  await writeDemoVolumes(trx, municipalityId, demo.transactions);
  // July 2023 is published (and locked): the nämndledamot has a report to read.
  await writeDemoPublications(
    trx,
    { municipalityId, boardId },
    ALINGSAS_PUBLICATIONS,
    demo.orgUnits.filter((unit) => unit.kind === 'unit').map((unit) => unitId(unit.code)),
  );

  await recordDemoLoad(trx, municipalityId, demo.transactions.length, existing !== undefined);
  return {
    outcome: existing ? 'reloaded' : 'loaded',
    municipalityId,
    municipalityName: demo.municipality.name,
    transactionCount: demo.transactions.length,
    exempelkommun: await loadExempelkommun(trx, copy, options),
  };
}
