import type { Db } from '#server/db/types';
import { auditRowHash, CHAIN_START_HASH, type ChainLink } from './audit-chain';
import {
  findChainIds,
  findChainRows,
  insertSealedChainHead,
  sealLegacyRows,
} from './audit-chain.repo';

/** Rows hashed and written per statement. */
const SEAL_PAGE_SIZE = 1000;

/**
 * Once, when the chain is introduced (right after migration 20261207090000, in its
 * transaction): the rows written before it get their hashes, chain by chain in the order they
 * were written, and each chain its head, which counts them as sealed. From then on a change
 * to one of them is found like a change to any row; what happened to them before cannot be
 * (the check says how many rows were sealed so).
 */
export async function sealLegacyAuditRows(trx: Db): Promise<void> {
  for (const municipalityId of await findChainIds(trx)) {
    let head: ChainLink = { seq: 0, hash: CHAIN_START_HASH };
    for (;;) {
      const rows = await findChainRows(trx, municipalityId, head.seq, SEAL_PAGE_SIZE);
      if (rows.length === 0) break;
      const links: ChainLink[] = [];
      for (const row of rows) {
        head = { seq: row.chainSeq, hash: auditRowHash(row, head.hash) };
        links.push(head);
      }
      await sealLegacyRows(trx, municipalityId, links);
    }
    if (head.seq > 0) {
      await insertSealedChainHead(trx, municipalityId, { ...head, sealedLegacyRows: head.seq });
    }
  }
}
