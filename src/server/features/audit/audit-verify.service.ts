import type { AuditChainCheck, AuditLogVerification } from '#contract/audit-chain';
import { auditChainOf, INSTALLATION_TENANT_ID } from '#contract/audit-log';
import { notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { listMunicipalities, municipalityById } from '../organisation/organisation.service';
import { auditRowHash, CHAIN_START_HASH } from './audit-chain';
import {
  findChainHead,
  findChainIds,
  findChainRow,
  findChainRows,
  type StoredChainHead,
  type StoredChainedRow,
} from './audit-chain.repo';

/** Rows read per query: a log of millions of rows is checked a page at a time. */
export const VERIFY_PAGE_SIZE = 2000;

type Broken = NonNullable<AuditChainCheck['broken']>;

/** A chain's rows and head, checked; the name is filled in by the caller. */
export interface ChainVerification {
  readonly municipalityId: string;
  readonly rowCount: number;
  readonly head: StoredChainHead | null;
  readonly broken: Broken | null;
}

/**
 * Checks one chain from its first row to its head: the rows are numbered 1, 2, 3 ... without
 * a gap, each row's hash is the hash of its content and the previous row's hash, the head's
 * row has the head's hash, and no row lies beyond the head. Stops at the first broken row.
 *
 * Rows are read a page at a time outside a transaction, so appends go on meanwhile: a row
 * beyond the head read first sends the check to read the head again (the row and the head's
 * move are committed together), and only a row beyond the head as it is now is a break.
 */
export async function verifyAuditChain(
  db: Db,
  municipalityId: string,
  pageSize: number = VERIFY_PAGE_SIZE,
): Promise<ChainVerification> {
  let head = (await findChainHead(db, municipalityId)) ?? null;
  let previousHash = CHAIN_START_HASH;
  let checked = 0;
  let lastTime: string | null = null;
  const result = (broken: Broken | null): ChainVerification => ({
    municipalityId,
    rowCount: checked,
    head,
    broken,
  });
  const at = (row: StoredChainedRow, problem: Broken['problem']): Broken => ({
    problem,
    seq: row.chainSeq,
    occurredAt: row.occurredAt,
    headSeq: head?.seq ?? null,
  });

  for (;;) {
    const rows = await findChainRows(db, municipalityId, checked, pageSize);
    for (const row of rows) {
      const expected = checked + 1;
      if (row.chainSeq !== expected) {
        return result({
          problem: 'missing',
          seq: expected,
          occurredAt: row.occurredAt,
          headSeq: head?.seq ?? null,
        });
      }
      if (head === null || row.chainSeq > head.seq) {
        head = (await findChainHead(db, municipalityId)) ?? null;
        if (head === null) return result(at(row, 'no-head'));
        if (row.chainSeq > head.seq) return result(at(row, 'beyond-head'));
      }
      const hash = auditRowHash(row, previousHash);
      if (row.hash !== hash) return result(at(row, 'changed'));
      if (row.chainSeq === head.seq && row.hash !== head.hash) {
        return result(at(row, 'head-mismatch'));
      }
      previousHash = hash;
      checked = row.chainSeq;
      lastTime = row.occurredAt;
    }
    if (rows.length < pageSize) break;
  }
  if (head !== null && head.seq > checked) {
    return result({
      problem: 'missing-at-end',
      seq: checked + 1,
      occurredAt: lastTime,
      headSeq: head.seq,
    });
  }
  return result(null);
}

/** The municipality's name; a chain whose municipality was removed keeps its id. */
const nameOf = (names: ReadonlyMap<string, string>, municipalityId: string): string =>
  municipalityId === INSTALLATION_TENANT_ID
    ? ''
    : (names.get(municipalityId) ?? `${municipalityId} (borttagen kommun)`);

function checkOf(
  verification: ChainVerification,
  names: ReadonlyMap<string, string>,
  showCount: boolean,
): AuditChainCheck {
  return {
    municipalityId: verification.municipalityId,
    chain: auditChainOf(verification.municipalityId),
    name: nameOf(names, verification.municipalityId),
    rowCount: showCount ? verification.rowCount : null,
    head: verification.head && { seq: verification.head.seq, hash: verification.head.hash },
    sealedLegacyRows: verification.head?.sealedLegacyRows ?? 0,
    broken: verification.broken,
  };
}

async function municipalityNames(db: Db): Promise<Map<string, string>> {
  return new Map((await listMunicipalities(db)).map((m) => [m.id, m.name]));
}

const byName = new Intl.Collator('sv');

/**
 * Checks chains one after the other: all of them (those with a head or rows, the
 * installation's included), or those given; municipalities by name, the installation's last.
 * For the command line.
 */
export async function verifyAuditChains(
  db: Db,
  municipalityIds?: readonly string[],
): Promise<AuditChainCheck[]> {
  const ids = municipalityIds ?? (await findChainIds(db));
  const names = await municipalityNames(db);
  const checks: AuditChainCheck[] = [];
  for (const id of ids) checks.push(checkOf(await verifyAuditChain(db, id), names, true));
  return checks.sort(
    (a, b) =>
      Number(a.chain === 'installation') - Number(b.chain === 'installation') ||
      byName.compare(a.name, b.name),
  );
}

/**
 * The check on the audit log page: the municipality's chain and the installation's, whose
 * sign-ins its log shows too. The installation's row count (everyone's sign-ins) is shown
 * to installation admins only.
 */
export async function verifyMunicipalityAuditLog(
  ctx: RequestContext,
): Promise<AuditLogVerification> {
  const { db, municipalityId } = ctx;
  const municipality = await municipalityById(db, municipalityId);
  if (!municipality) throw notFound('municipality', municipalityId);
  const names = new Map([[municipality.id, municipality.name]]);
  const own = await verifyAuditChain(db, municipalityId);
  const installation = await verifyAuditChain(db, INSTALLATION_TENANT_ID);
  return {
    checkedAt: ctx.clock.now().toISOString(),
    chains: [
      checkOf(own, names, true),
      checkOf(installation, names, ctx.principal.installationAdmin),
    ],
  };
}

/** A row's place in its chain as stored (number, hash, time): to hold against a printed head. */
export async function auditChainRow(
  db: Db,
  municipalityId: string,
  chainSeq: number,
): Promise<{ seq: number; hash: string | null; occurredAt: string } | null> {
  const row = await findChainRow(db, municipalityId, chainSeq);
  return row ? { seq: row.chainSeq, hash: row.hash, occurredAt: row.occurredAt } : null;
}
