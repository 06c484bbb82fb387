import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryId,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { Db } from './types';

/**
 * The municipality's data version: it grows by one with every committed transaction that
 * changed the municipality's data. Every write goes through the request context's write
 * transaction (`RequestContext.write`), which bumps it as the transaction's last statement
 * (bumpDataVersions). 0 before the first change.
 */
export async function dataVersionOf(db: Db, municipalityId: string): Promise<number> {
  const row = await db
    .selectFrom('data_version')
    .select('version')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

/**
 * Raises the municipalities' versions by one, in the transaction that changed their data: as
 * its last statement, so the version rows are locked only from here to the commit, and in the
 * same order in every transaction, so two writers cannot deadlock on them.
 */
export async function bumpDataVersions(trx: Db, municipalityIds: Iterable<string>): Promise<void> {
  const ids = [...new Set([...municipalityIds].map((id) => id.toLowerCase()))].sort();
  for (const municipalityId of ids) {
    await trx
      .insertInto('data_version')
      .values({ municipality_id: municipalityId, version: 1 })
      .onConflict((conflict) =>
        conflict
          .column('municipality_id')
          .doUpdateSet((eb) => ({ version: eb('data_version.version', '+', 1) })),
      )
      .execute();
  }
}

/** Tables that hold the record of changes, not data any answer is made of. */
const NOT_DATA = new Set(['audit_log', 'audit_chain_head']);

/** A raw statement that may change data (a `with` may hold a write). */
const RAW_WRITE = /^\s*(insert|update|delete|merge|with)\b/i;

function tableOf(node: OperationNode | undefined): string | null {
  if (!node) return null;
  if (node.kind === 'TableNode') {
    return (node as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
  }
  if (node.kind === 'AliasNode') return tableOf((node as unknown as { node: OperationNode }).node);
  if (node.kind === 'FromNode') {
    return tableOf((node as unknown as { froms: readonly OperationNode[] }).froms[0]);
  }
  return null;
}

/** Whether a statement may change the data answers are made of. */
function changesData(node: RootOperationNode): boolean {
  switch (node.kind) {
    case 'InsertQueryNode':
      return !NOT_DATA.has(tableOf(node.into) ?? '');
    case 'UpdateQueryNode':
      return !NOT_DATA.has(tableOf(node.table) ?? '');
    case 'DeleteQueryNode':
      return !NOT_DATA.has(tableOf(node.from) ?? '');
    case 'MergeQueryNode':
      return true;
    case 'RawNode':
      return RAW_WRITE.test(node.sqlFragments[0] ?? '');
    default:
      return false;
  }
}

/**
 * Notes whether a transaction changed any data: a Kysely plugin on the write transaction that
 * looks at each statement (insert, update, delete, or raw SQL that writes) and at the rows it
 * affected. A statement that changed no row (`ON CONFLICT DO NOTHING`, an update that matched
 * nothing) changes nothing; the audit log is not data.
 */
export class WriteTracker implements KyselyPlugin {
  private readonly writing = new WeakSet<QueryId>();
  private changedRows = false;

  /** Whether a statement run through this tracker changed a row. */
  get changed(): boolean {
    return this.changedRows;
  }

  /** For rows written past Kysely (COPY). */
  noteChange(): void {
    this.changedRows = true;
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (changesData(args.node)) this.writing.add(args.queryId);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.writing.has(args.queryId)) {
      const affected = args.result.numAffectedRows ?? BigInt(args.result.rows.length);
      if (affected > 0n) this.changedRows = true;
    }
    return Promise.resolve(args.result);
  }
}
