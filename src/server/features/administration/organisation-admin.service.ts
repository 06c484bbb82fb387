import type { RequestContext } from '#server/request-context';
import { randomUUID } from 'node:crypto';
import type { OrgUnitAdmin, OrganisationAdmin, OrgUnitInput } from '#contract/administration';
import { orgUnitIssues } from '#domain/administration/org-unit-rules';
import { notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import {
  findBoardsOf,
  findOrgUnitsForAdmin,
  insertOrgUnitRow,
  nextSortOrder,
  replaceLedgerCodes,
  updateOrgUnitRow,
} from './administration.repo';
import { editConflict, saverOf } from './edit-conflict';
import { refuseIfIssues } from './field-issues';
import { claimOrgUnitRevision } from './revisions.repo';

async function unitsOf(db: Db, municipalityId: string): Promise<OrgUnitAdmin[]> {
  const { units, codes, usage } = await findOrgUnitsForAdmin(db, municipalityId);
  const counts = new Map(usage.map((row) => [row.org_unit_id, Number(row.count)]));
  return units.map((unit) => ({
    id: unit.id,
    boardId: unit.board_id,
    parentId: unit.parent_id,
    kind: unit.kind,
    code: unit.code,
    name: unit.name,
    validFrom: unit.valid_from,
    validTo: unit.valid_to,
    ledgerCodes: codes.filter((code) => code.org_unit_id === unit.id).map((code) => code.code),
    transactionCount: counts.get(unit.id) ?? 0,
    revision: unit.revision,
    updatedBy: unit.updated_by,
    updatedAt: unit.updated_at,
  }));
}

/** Every board of the municipality with its departments and units. */
export async function organisationAdmin(
  db: Db,
  municipalityId: string,
): Promise<OrganisationAdmin> {
  const [boards, units] = await Promise.all([
    findBoardsOf(db, municipalityId),
    unitsOf(db, municipalityId),
  ]);
  return {
    boards: boards.map((board) => ({
      ...board,
      units: units.filter((unit) => unit.boardId === board.id),
    })),
  };
}

/** What the audit log keeps of a unit: what the administrator can change. */
const snapshot = (unit: OrgUnitAdmin) => ({
  kind: unit.kind,
  code: unit.code,
  name: unit.name,
  parentId: unit.parentId,
  validFrom: unit.validFrom,
  validTo: unit.validTo,
  ledgerCodes: unit.ledgerCodes,
});

async function unitOf(db: Db, municipalityId: string, orgUnitId: string): Promise<OrgUnitAdmin> {
  const unit = (await unitsOf(db, municipalityId)).find((candidate) => candidate.id === orgUnitId);
  if (!unit) throw notFound('org-unit', orgUnitId);
  return unit;
}

/** Sets the unit's further ledger codes, refusing codes another unit took in a parallel save. */
async function setLedgerCodes(
  db: Db,
  municipalityId: string,
  orgUnitId: string,
  codes: readonly string[],
): Promise<void> {
  const taken = await replaceLedgerCodes(db, municipalityId, orgUnitId, codes);
  refuseIfIssues(
    taken.map((code) => ({ field: 'ledgerCodes', problem: 'taken', value: code })),
    'The department or unit cannot be saved',
  );
}

async function checkDraft(
  db: Db,
  municipalityId: string,
  boardId: string,
  selfId: string | null,
  input: OrgUnitInput,
): Promise<void> {
  const units = await unitsOf(db, municipalityId);
  const ledgerCodes = new Map(
    units.flatMap((unit) => unit.ledgerCodes.map((code) => [code, unit.id] as const)),
  );
  refuseIfIssues(
    orgUnitIssues(input, { units, ledgerCodes, boardId, selfId }),
    'The department or unit cannot be saved',
  );
}

export async function createOrgUnit(
  ctx: RequestContext,
  input: OrgUnitInput & { readonly boardId: string },
): Promise<OrgUnitAdmin> {
  const { clock, actor } = ctx;
  const { municipalityId } = ctx;
  return ctx.write(async (trx) => {
    const boards = await findBoardsOf(trx, municipalityId);
    if (!boards.some((board) => board.id === input.boardId)) throw notFound('board', input.boardId);
    await checkDraft(trx, municipalityId, input.boardId, null, input);
    const id = randomUUID();
    const sortOrder = await nextSortOrder(trx, municipalityId);
    const saver = saverOf(clock, actor);
    // Two administrators adding the same code at once: the second is told it is taken.
    if (!(await insertOrgUnitRow(trx, municipalityId, id, { ...input, sortOrder }, saver)))
      refuseIfIssues(
        [{ field: 'code', problem: 'taken', value: input.code }],
        'The code was taken meanwhile',
      );
    await setLedgerCodes(trx, municipalityId, id, input.ledgerCodes);
    const created = await unitOf(trx, municipalityId, id);
    await recordAudit(trx, clock, actor, {
      action: 'org-unit-create',
      municipalityId,
      objectType: 'org-unit',
      objectId: id,
      after: snapshot(created),
    });
    return created;
  });
}

export async function updateOrgUnit(
  ctx: RequestContext,
  orgUnitId: string,
  input: OrgUnitInput & { readonly baseRevision: number },
): Promise<OrgUnitAdmin> {
  const { clock, actor } = ctx;
  const { municipalityId } = ctx;
  return ctx.write(async (trx) => {
    const before = await unitOf(trx, municipalityId, orgUnitId);
    await checkDraft(trx, municipalityId, before.boardId, orgUnitId, input);
    const saver = saverOf(clock, actor);
    const claimed = await claimOrgUnitRevision(
      trx,
      municipalityId,
      orgUnitId,
      input.baseRevision,
      saver,
    );
    if (claimed === undefined) {
      const saved = await unitOf(trx, municipalityId, orgUnitId);
      throw editConflict('org-unit', saved, { code: saved.code, name: saved.name });
    }
    await updateOrgUnitRow(trx, municipalityId, orgUnitId, input);
    await setLedgerCodes(trx, municipalityId, orgUnitId, input.ledgerCodes);
    const after = await unitOf(trx, municipalityId, orgUnitId);
    await recordAudit(trx, clock, actor, {
      action: 'org-unit-update',
      municipalityId,
      objectType: 'org-unit',
      objectId: orgUnitId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
