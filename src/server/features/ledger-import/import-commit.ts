import type { ImportOutcome } from '#contract/ledger-import';
import type { CopyTarget } from '#server/db/bulk-copy';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { lockLedger, recordBatchSummary, writeLedgerBatch } from '../ledger/ledger.service';
import { mapUnitCode, setOrgNumber } from '../organisation/organisation.service';
import { addFileBudget, addWhatTheFileIntroduces, prepareTarget } from './import-additions';
import { importOutcome, type OutcomeParts } from './import-outcome';
import type { ImportPlan } from './import-plan';
import { readImport, replacedMonths, type ImportRead } from './import-read';
import { saveImportSetting } from './ledger-import.repo';
import type { DataChange, RequestContext } from '#server/request-context';

/** Thrown inside the import's transaction so nothing is written; carries what the user sees. */
class ImportRefused extends Error {
  constructor(readonly parts: OutcomeParts) {
    super('Import refused');
  }
}

type Created = { readonly municipalityId: string; readonly boardId: string | null };

/**
 * After the rows: the months the import replaces, the units and accounts the file introduces,
 * the unit-code mappings, the organisation number, the file's budget and the remembered
 * settings. Returns the outcome's parts.
 */
async function addWhatTheImportBrings(
  trx: Db,
  plan: ImportPlan,
  created: Created,
  read: ImportRead,
): Promise<OutcomeParts> {
  const { request, setup, target } = plan;
  const parts: OutcomeParts = {
    ...read.parts,
    replacedMonths: await replacedMonths(trx, plan),
    ...(await addWhatTheFileIntroduces(trx, {
      municipalityId: created.municipalityId,
      boardId: created.boardId,
      existing: target.existing,
      declaredUnits: read.source.declaredUnits,
      accountNames: read.source.accountNames,
      pending: setup.units.pending,
      ranges: setup.ranges,
      knownAccounts: setup.chart.accounts,
      usedAccounts: [...setup.mapper.summary().fileTotals.keys()],
      sortAfter: setup.directory.maxSortOrder,
    })),
  };
  for (const [fileCode, unitCode] of request.unitMappings ?? []) {
    const unit = setup.directory.units.get(unitCode);
    if (unit) await mapUnitCode(trx, created.municipalityId, fileCode, unit.id);
  }
  const fileOrg = read.source.described.orgNumber;
  if (fileOrg && !target.orgNumber) await setOrgNumber(trx, created.municipalityId, fileOrg);
  if (read.budget) await addFileBudget(trx, created, read.budget, request.fileName);
  await saveImportSetting(trx, created.municipalityId, {
    unitDimension: setup.unitDimension,
    defaultUnitCode: setup.defaultUnitCode ?? null,
    ...(request.format === 'csv' ? { csvMapping: setup.csvMapping } : {}),
  });
  return parts;
}

/** The import in its transaction: rows by COPY while reading, then what they bring. */
async function commitInTransaction(
  trx: Db,
  copy: CopyTarget,
  change: DataChange,
  plan: ImportPlan,
): Promise<ImportOutcome> {
  const { request, target } = plan;
  const created = await prepareTarget(trx, target, plan.setup.ranges, plan.newAccountMap);
  // The municipality may be created by the import: its data changes whatever the context's.
  change.touch(created.municipalityId);
  await lockLedger(trx, created.municipalityId);
  const written = await writeLedgerBatch(
    trx,
    copy,
    {
      municipalityId: created.municipalityId,
      source: request.format,
      fileName: request.fileName,
      sha256: plan.file.sha256,
      encoding: plan.encoding,
      importedBy: request.importedBy,
      summary: null,
    },
    async (add, addAsset) => {
      const read = await readImport(plan, add, addAsset);
      if (read.issues.length > 0) throw new ImportRefused(read.parts);
      return read;
    },
    (read) => addWhatTheImportBrings(trx, plan, created, read),
  );
  if (!written.after) throw new Error('The import finished without its outcome');
  const outcome = importOutcome({
    ...written.after,
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
}

/**
 * Commits a planned import in one transaction: all of the file, or nothing (a file with
 * problems is refused, and its outcome says why).
 */
export async function commitImport(ctx: RequestContext, plan: ImportPlan): Promise<ImportOutcome> {
  try {
    return await ctx.bulkWrite((trx, copy, change) => commitInTransaction(trx, copy, change, plan));
  } catch (error) {
    if (error instanceof ImportRefused) {
      return importOutcome({
        ...error.parts,
        replacedMonths: await replacedMonths(ctx.db, plan),
      });
    }
    throw error;
  }
}
