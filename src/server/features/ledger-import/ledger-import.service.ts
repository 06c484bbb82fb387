import type { RequestContext } from '../../request-context';
import type { Clock } from '../../clock';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import type { ImportOutcome } from '../../../contract/ledger-import';
import type { CsvColumnMapping } from '../../../domain/ledger/csv/ledger-csv';
import type { ImportIssue } from '../../../domain/ledger/import-issue';
import type { MappedTransaction } from '../../../domain/ledger/ledger-mapping';
import type { Db } from '../../db/types';
import { scanFile } from '../../imports/file-lines';
import { detectEncoding, looksBinary, type TextEncodingName } from '../../imports/text-encoding';
import {
  currentImportOfFile,
  lockLedger,
  recordBatchSummary,
  writeLedgerBatch,
  type LedgerRow,
} from '../ledger/ledger.service';
import { mapUnitCode, setOrgNumber } from '../organisation/organisation.service';
import { addFileBudget, addWhatTheFileIntroduces, prepareTarget } from './import-additions';
import { planBudget, type BudgetPlan } from './import-budget';
import { importFindings } from './import-findings';
import { importOutcome, type OutcomeParts } from './import-outcome';
import { readAccountMap, setUpImport } from './import-setup';
import { readLedgerSource, type LedgerFormat, type SourceRead } from './ledger-source';
import { findMonthsWithActuals, saveImportSetting } from './ledger-import.repo';
import { resolveImportTarget, type ImportTarget } from './import-target';

export type { ImportTarget };

export interface ImportProgress {
  readonly phase: 'scanning' | 'reading';
  readonly bytes: number;
  readonly totalBytes: number;
}

export interface LedgerImportRequest {
  readonly format: LedgerFormat;
  readonly path: string;
  /** The name the user knows the file by (shown in the import list and in problems). */
  readonly fileName: string;
  readonly target: ImportTarget;
  readonly dryRun: boolean;
  /** Overrides the detected character encoding. */
  readonly encoding?: TextEncodingName | undefined;
  /** The SIE dimension that holds units (ansvar); remembered per municipality, 1 by default. */
  readonly unitDimension?: number | undefined;
  /** An account map file replacing the municipality's mapping of accounts to groups. */
  readonly accountMapPath?: string | undefined;
  /** The same, as text sent with the request (the web page reads the file in the browser). */
  readonly accountMapText?: { readonly fileName: string; readonly text: string } | undefined;
  /** Create a unit (under the board) for every unit code in the file that is no unit yet. */
  readonly createUnits?: boolean | undefined;
  /** File unit code -> existing unit code; remembered for later imports. */
  readonly unitMappings?: ReadonlyMap<string, string> | undefined;
  /** The unit for result transactions that have no unit in the file. */
  readonly defaultUnitCode?: string | undefined;
  /** SIE only: also bring the file's #PBUDGET in, as a draft budget version of the board. */
  readonly importBudget?: boolean | undefined;
  /** CSV only: which columns hold what; remembered per municipality once given. */
  readonly csvColumns?: CsvColumnMapping | undefined;
  readonly importedBy: string | null;
  /** Who imports, for the audit log; the committed import is recorded in its transaction. */
  readonly audit?: { readonly actor: AuditActor | null; readonly clock: Clock } | undefined;
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
  readonly maxIssues?: number | undefined;
}

const DEFAULT_MAX_ISSUES = 200;

/** Thrown inside the import's transaction so nothing is written; carries what the user sees. */
class ImportRefused extends Error {
  constructor(readonly parts: OutcomeParts) {
    super('Import refused');
  }
}

function declaredFormat(head: string): string | null {
  return /#FORMAT[ \t]+"?([A-Za-z0-9]+)/.exec(head)?.[1] ?? null;
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

/**
 * Imports a ledger file (SIE 4) into a municipality, or checks it (dry run). Reading, mapping
 * and writing happen in one pass over the file; either the whole file is in and is the
 * actuals of exactly the months it holds, or nothing has changed. Problems are collected,
 * each with its line, and returned in the outcome rather than thrown.
 */
export async function importLedgerFile(
  ctx: RequestContext,
  request: LedgerImportRequest,
): Promise<ImportOutcome> {
  const db = ctx.db;
  let totalBytes = 0;
  const scan = await scanFile(request.path, (bytes) => {
    totalBytes += bytes;
    request.onProgress?.({ phase: 'scanning', bytes: totalBytes, totalBytes: 0 });
  });
  const target = await resolveImportTarget(db, request.target);
  const format = request.format;
  const encoding =
    request.encoding ??
    detectEncoding(scan.statistics, format === 'sie' ? declaredFormat(scan.head) : null);
  const file: OutcomeParts['file'] = {
    name: request.fileName,
    sha256: scan.sha256,
    size: scan.statistics.size,
    encoding,
    format,
    lineCount: 0,
  };
  const refuseEarly = (issues: ImportIssue[]): ImportOutcome =>
    importOutcome({
      status: 'refused',
      batchId: null,
      municipality: target.municipality,
      file,
      issues,
    });

  if (scan.statistics.size === 0 || (scan.statistics.size < 4096 && scan.head.trim() === '')) {
    return refuseEarly([{ code: 'empty-file', line: null }]);
  }
  if (looksBinary(scan.statistics)) return refuseEarly([{ code: 'binary-file', line: null }]);
  if (target.existing && target.municipality.id) {
    const current = await currentImportOfFile(db, target.municipality.id, scan.sha256);
    if (current) {
      return importOutcome({
        status: 'unchanged',
        batchId: current.batchId,
        municipality: target.municipality,
        file,
        issues: [],
      });
    }
  }
  const accountMap = await readAccountMap(request);
  if (accountMap.issues.length > 0) return refuseEarly(accountMap.issues);

  const municipalityId = target.municipality.id;
  const setup = await setUpImport(db, request, target, accountMap.ranges, scan);
  const { ranges, directory, units, mapper } = setup;
  const maxIssues = request.maxIssues ?? DEFAULT_MAX_ISSUES;

  const pass = async (add?: (row: LedgerRow) => Promise<void>): Promise<SourceRead> => {
    let pending: MappedTransaction[] = [];
    let bytesRead = 0;
    return readLedgerSource(setup.source, {
      path: request.path,
      encoding,
      maxIssues,
      onHeader: setup.onHeader,
      onTransaction: (transaction) => {
        const mapped = mapper.map(transaction);
        if (mapped && add) pending.push(mapped);
      },
      afterChunk: async (bytes) => {
        bytesRead += bytes;
        request.onProgress?.({ phase: 'reading', bytes: bytesRead, totalBytes });
        if (!add) return;
        const rows = pending;
        pending = [];
        for (const row of rows) await add(toLedgerRow(row));
      },
    });
  };

  const findings = (
    read: SourceRead,
  ): { issues: ImportIssue[]; parts: OutcomeParts; budget: BudgetPlan | null } => {
    const found = importFindings(read, mapper, {
      orgNumber: target.orgNumber,
      existing: target.existing,
      maxIssues,
      isResultAccount: (account) => units.rules.isResultAccount(account),
    });
    const budget = read.budget ? planBudget(read.budget, units.rules) : null;
    found.issues.push(...(budget?.issues ?? []));
    return {
      issues: found.issues,
      budget,
      parts: {
        status: found.issues.length > 0 ? 'refused' : request.dryRun ? 'checked' : 'committed',
        batchId: null,
        municipality: target.municipality,
        file: { ...file, ...read.described, lineCount: read.lineCount },
        summary: mapper.summary(),
        unitName: units.nameOf,
        reconciled: found.reconciled,
        replacementCharacters: read.replacementCharacters,
        issues: found.issues,
        truncatedIssues: read.truncatedIssues,
        budget: budget && {
          budgetYear: budget.budgetYear,
          lineCount: budget.lines.length,
          amount: budget.amount,
        },
      },
    };
  };

  /** The file's months that already have actuals (read before this import changes them). */
  const replacedMonths = async (on: Db): Promise<Set<number>> =>
    municipalityId
      ? findMonthsWithActuals(
          on,
          municipalityId,
          mapper.summary().months.map((month) => month.period),
        )
      : new Set();

  if (request.dryRun) {
    const { parts } = findings(await pass());
    return importOutcome({ ...parts, replacedMonths: await replacedMonths(db) });
  }

  try {
    return await ctx.bulkWrite(async (trx, copy, change) => {
      const created = await prepareTarget(trx, target, ranges, accountMap.ranges !== undefined);
      // The municipality may be created by the import: its data changes whatever the context's.
      change.touch(created.municipalityId);
      await lockLedger(trx, created.municipalityId);
      let parts: OutcomeParts | undefined;
      let read: SourceRead | undefined;
      let budget: BudgetPlan | null = null;
      const written = await writeLedgerBatch(
        trx,
        copy,
        {
          municipalityId: created.municipalityId,
          source: format,
          fileName: request.fileName,
          sha256: scan.sha256,
          encoding,
          importedBy: request.importedBy,
          summary: null,
        },
        async (add) => {
          read = await pass(add);
          const found = findings(read);
          if (found.issues.length > 0) {
            throw new ImportRefused(found.parts);
          }
          parts = found.parts;
          budget = found.budget;
        },
        async () => {
          if (!read || !parts) throw new Error('The import ended before reading the file');
          parts = {
            ...parts,
            replacedMonths: await replacedMonths(trx),
            ...(await addWhatTheFileIntroduces(trx, {
              municipalityId: created.municipalityId,
              boardId: created.boardId,
              existing: target.existing,
              declaredUnits: read.declaredUnits,
              accountNames: read.accountNames,
              pending: units.pending,
              ranges,
              knownAccounts: setup.chart.accounts,
              usedAccounts: [...mapper.summary().fileTotals.keys()],
              sortAfter: directory.maxSortOrder,
            })),
          };
          for (const [fileCode, unitCode] of request.unitMappings ?? []) {
            const unit = directory.units.get(unitCode);
            if (unit) await mapUnitCode(trx, created.municipalityId, fileCode, unit.id);
          }
          const fileOrg = read.described.orgNumber;
          if (fileOrg && !target.orgNumber) {
            await setOrgNumber(trx, created.municipalityId, fileOrg);
          }
          if (budget) await addFileBudget(trx, created, budget, request.fileName);
          await saveImportSetting(trx, created.municipalityId, {
            unitDimension: setup.unitDimension,
            defaultUnitCode: setup.defaultUnitCode ?? null,
            ...(format === 'csv' ? { csvMapping: setup.csvMapping } : {}),
          });
        },
      );
      if (!parts) throw new Error('The import finished without its outcome');
      const outcome = importOutcome({
        ...parts,
        status: 'committed',
        batchId: written.batchId,
        municipality: { ...target.municipality, id: created.municipalityId },
      });
      await recordBatchSummary(trx, created.municipalityId, written.batchId, outcome);
      if (request.audit) {
        await recordAudit(trx, request.audit.clock, request.audit.actor, {
          action: 'ledger-import',
          municipalityId: created.municipalityId,
          objectType: 'import',
          objectId: written.batchId,
          after: {
            fileName: outcome.file.name,
            sha256: outcome.file.sha256,
            months: outcome.months.map((month) => month.period),
            transactionCount: outcome.transactionCount,
            newMunicipality: !target.existing,
            createdUnits: outcome.createdUnits.length,
            createdAccounts: outcome.createdAccounts.length,
          },
        });
      }
      return outcome;
    });
  } catch (error) {
    if (error instanceof ImportRefused) {
      return importOutcome({ ...error.parts, replacedMonths: await replacedMonths(db) });
    }
    throw error;
  }
}
