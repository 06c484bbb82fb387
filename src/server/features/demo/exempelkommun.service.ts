import { EXEMPELKOMMUN_DEMO_USERS } from '#domain/demo/demo-users';
import { generateExempelkommunDataset } from '#domain/demo/exempelkommun-dataset';
import { EXEMPELKOMMUN_PUBLICATIONS } from '#domain/demo/exempelkommun-publication';
import type { CopyTarget } from '#server/db/bulk-copy';
import type { Db } from '#server/db/types';
import { writeDemoInvestmentLinks, writeDemoInvestments } from './demo-investments';
import { createBudgetVersion } from '../budget/budget.service';
import { municipalityByCode } from '../organisation/organisation.service';
import { deleteMunicipality, demoTransactionCount, insertMany } from './demo.repo';
import {
  createDemoMunicipality,
  grantDemoUsers,
  recordDemoLoad,
  writeDemoLedger,
  writeDemoPublications,
} from './demo-writes';

/** What the demo load did with one municipality. */
export interface DemoMunicipalityLoad {
  /** loaded: it was not there; kept: it was there and is left as it is; reloaded: replaced. */
  readonly outcome: 'loaded' | 'kept' | 'reloaded';
  readonly municipalityId: string;
  readonly municipalityName: string;
  readonly transactionCount: number;
}

/**
 * Loads the second demo municipality, Exempelkommun (003's socialnämnd, April 2025), inside
 * the demo load's transaction: organisation, chart, allocation, Budget 2025 (adopted, in
 * follow-up, phased as the domain says) with its investment budget and follow-up, KS's and
 * KF's decisions during the year (kommunbidrag +47 tkr, investment budget +0,5 mnkr), the
 * forecasts at March and April (and April's expected change to the kommunbidrag, -1,6 mnkr), April's comments (variance, action and forecast) and the
 * controller's report texts, the ledger January-April 2025 through the ledger-writing path,
 * and its users. Kept when it is there, replaced on reset.
 */
export async function loadExempelkommun(
  trx: Db,
  copy: CopyTarget,
  options: { reset: boolean },
): Promise<DemoMunicipalityLoad> {
  const demo = generateExempelkommunDataset();
  const existing = await municipalityByCode(trx, demo.municipality.code);
  if (existing && !options.reset) {
    const transactionCount = await demoTransactionCount(trx, existing.id);
    return {
      outcome: 'kept',
      municipalityId: existing.id,
      municipalityName: existing.name,
      transactionCount,
    };
  }
  if (existing) await deleteMunicipality(trx, existing.id);

  const { municipalityId, boardId, unitId } = await createDemoMunicipality(trx, demo);
  await insertMany(
    trx,
    'allocation',
    demo.allocations.map((allocation) => ({
      municipality_id: municipalityId,
      board_id: boardId,
      year: allocation.year,
      amount_ore: allocation.amount,
    })),
  );

  const versionId = await createBudgetVersion(trx, {
    municipalityId,
    boardId,
    budgetYear: demo.budget.year,
    name: demo.budget.name,
    status: 'adopted',
    inFollowUp: true,
    decision: demo.budget.decision,
    lines: demo.budget.lines.map((line) => ({
      orgUnitId: unitId(line.unitCode),
      year: demo.budget.year,
      accountGroup: line.accountGroup,
      accountNumber: null,
      amount: line.amount,
      phasing: line.phasing,
    })),
  });
  await writeDemoInvestments(
    trx,
    { municipalityId, boardId, versionId },
    demo.budget.investments,
    demo.investmentFollowUp,
  );
  await writeDemoInvestmentLinks(trx, { municipalityId, boardId }, demo.investmentLinks);

  await insertMany(
    trx,
    'budget_decision',
    demo.decisions.map((decision) => ({
      municipality_id: municipalityId,
      board_id: boardId,
      year: decision.year,
      decided_on: decision.decidedOn,
      decided_by: decision.decidedBy,
      reference: decision.reference,
      kind: decision.kind,
      amount_ore: decision.amount,
      reason: decision.reason,
      reason_text: decision.reasonText,
      phasing: decision.phasing,
      investment_category: decision.investmentLine?.category ?? null,
      investment_name: decision.investmentLine?.name ?? null,
      created_by: 'demo',
    })),
  );
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
        updated_by: 'demo',
      })),
    ),
  );
  await insertMany(
    trx,
    'follow_up_comment',
    demo.comments.map((comment) => ({
      municipality_id: municipalityId,
      org_unit_id: unitId(comment.unitCode),
      year: comment.year,
      report_month: comment.reportMonth,
      kind: comment.kind,
      body: comment.body,
      updated_by: 'demo',
    })),
  );

  await insertMany(
    trx,
    'follow_up_text',
    demo.reportTexts.map((text) => ({
      municipality_id: municipalityId,
      board_id: boardId,
      year: text.year,
      report_month: text.reportMonth,
      section: text.section,
      body: text.body,
      updated_by: 'demo',
    })),
  );

  await insertMany(
    trx,
    'allocation_forecast',
    demo.allocationForecasts.map((entry) => ({
      municipality_id: municipalityId,
      board_id: boardId,
      year: entry.year,
      report_month: entry.reportMonth,
      amount_ore: entry.amount,
      body: entry.text,
      updated_by: 'demo',
    })),
  );

  await writeDemoLedger(
    trx,
    copy,
    municipalityId,
    demo.transactions,
    unitId,
    demo.assetTransactions,
  );

  await grantDemoUsers(trx, EXEMPELKOMMUN_DEMO_USERS, { municipalityId, boardId }, unitId);
  // April 2025 is published (and locked), as 003's report was: the nämndledamot reads it.
  await writeDemoPublications(
    trx,
    { municipalityId, boardId },
    EXEMPELKOMMUN_PUBLICATIONS,
    demo.orgUnits.filter((unit) => unit.kind === 'unit').map((unit) => unitId(unit.code)),
  );

  await recordDemoLoad(trx, municipalityId, demo.transactions.length, existing !== undefined);
  return {
    outcome: existing ? 'reloaded' : 'loaded',
    municipalityId,
    municipalityName: demo.municipality.name,
    transactionCount: demo.transactions.length,
  };
}
