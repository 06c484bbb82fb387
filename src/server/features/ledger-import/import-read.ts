import type { ImportIssue } from '#domain/ledger/import-issue';
import type { AssetTransaction, MappedTransaction } from '#domain/ledger/ledger-mapping';
import type { Db } from '#server/db/types';
import type { LedgerAssetRow, LedgerRow } from '../ledger/ledger.service';
import { planBudget, type BudgetPlan } from './import-budget';
import { importFindings } from './import-findings';
import type { OutcomeParts } from './import-outcome';
import type { ImportPlan } from './import-plan';
import { readLedgerSource, type SourceRead } from './ledger-source';
import { findMonthsWithActuals } from './ledger-import.repo';

/** What reading the file found: the source's contents, the problems and the outcome so far. */
export interface ImportRead {
  readonly source: SourceRead;
  readonly issues: readonly ImportIssue[];
  readonly parts: OutcomeParts;
  readonly budget: BudgetPlan | null;
}

function toLedgerRow(row: MappedTransaction): LedgerRow {
  return {
    period: row.period,
    bookingDate: row.date,
    accountNumber: row.account,
    orgUnitId: row.orgUnitId,
    responsibilityCode: row.unitCode,
    activityCode: row.activityCode,
    projectCode: row.projectCode,
    amount: row.amount,
    verification: row.verification,
    description: row.text,
    sourceLine: row.line,
  };
}

function toAssetRow(row: AssetTransaction): LedgerAssetRow {
  return {
    period: row.period,
    bookingDate: row.date,
    accountNumber: row.account,
    projectCode: row.projectCode,
    responsibilityCode: row.unitCode,
    amount: row.amount,
    verification: row.verification,
    description: row.text,
    sourceLine: row.line,
  };
}

/** The plan's problems and outcome once the whole file is read. */
function findings(plan: ImportPlan, source: SourceRead): Omit<ImportRead, 'source'> {
  const { mapper, units } = plan.setup;
  const found = importFindings(source, mapper, {
    orgNumber: plan.target.orgNumber,
    existing: plan.target.existing,
    maxIssues: plan.maxIssues,
    isResultAccount: (account) => units.rules.isResultAccount(account),
  });
  const budget = source.budget ? planBudget(source.budget, units.rules) : null;
  const issues = [...found.issues, ...(budget?.issues ?? [])];
  return {
    issues,
    budget,
    parts: {
      status: issues.length > 0 ? 'refused' : plan.request.dryRun ? 'checked' : 'committed',
      batchId: null,
      municipality: plan.target.municipality,
      file: { ...plan.file, ...source.described, lineCount: source.lineCount },
      summary: mapper.summary(),
      unitName: units.nameOf,
      reconciled: found.reconciled,
      replacementCharacters: source.replacementCharacters,
      issues,
      truncatedIssues: source.truncatedIssues,
      budget: budget && {
        budgetYear: budget.budgetYear,
        lineCount: budget.lines.length,
        amount: budget.amount,
      },
    },
  };
}

/**
 * Reads the whole file once: each transaction is mapped and, when `add` is given, handed to
 * it a chunk at a time (the COPY), a transaction on a fixed-asset account to `addAsset`;
 * progress is told per chunk. Returns what was found.
 */
export async function readImport(
  plan: ImportPlan,
  add?: (row: LedgerRow) => Promise<void>,
  addAsset?: (row: LedgerAssetRow) => void,
): Promise<ImportRead> {
  const { request, setup } = plan;
  let pending: MappedTransaction[] = [];
  let bytesRead = 0;
  const source = await readLedgerSource(setup.source, {
    path: request.path,
    encoding: plan.encoding,
    maxIssues: plan.maxIssues,
    onHeader: setup.onHeader,
    onTransaction: (transaction) => {
      const mapped = setup.mapper.map(transaction);
      if (mapped) {
        if (add) pending.push(mapped);
        return;
      }
      const asset = setup.mapper.asset(transaction);
      if (asset && addAsset) addAsset(toAssetRow(asset));
    },
    afterChunk: async (bytes) => {
      bytesRead += bytes;
      request.onProgress?.({ phase: 'reading', bytes: bytesRead, totalBytes: plan.totalBytes });
      if (!add) return;
      const rows = pending;
      pending = [];
      for (const row of rows) await add(toLedgerRow(row));
    },
  });
  return { source, ...findings(plan, source) };
}

/** The file's months that already have actuals (read before this import changes them). */
export async function replacedMonths(on: Db, plan: ImportPlan): Promise<Set<number>> {
  const municipalityId = plan.target.municipality.id;
  return municipalityId
    ? findMonthsWithActuals(
        on,
        municipalityId,
        plan.setup.mapper.summary().months.map((month) => month.period),
      )
    : new Set();
}
