import type {
  ColumnNode,
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryId,
  QueryResult,
  RawNode,
  RootOperationNode,
  UnknownRow,
  UpdateQueryNode,
  WithNode,
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

/**
 * What is not data, as data_version counts it: tables no answer is made of (the record of
 * changes, sign-in, the migrations applied); and, of the users, the columns of their own
 * sign-in (an update of app_user that sets only those). Everything else is data: a write of it
 * must go through RequestContext.write, and raises the version.
 */
const NOT_DATA = new Set([
  'audit_log',
  'audit_chain_head',
  'user_session',
  'sign_in_attempt',
  'schema_migration',
]);
const SIGN_IN_COLUMNS = new Set(['password_hash', 'must_change_password', 'password_chosen']);

/** The first statement of raw SQL and its table, when the text names it. */
const RAW_STATEMENT =
  /^\s*(?:--[^\n]*\n\s*)*(insert\s+into|update|delete\s+from|merge\s+into|truncate(?:\s+table)?|copy|with)\b\s*(?:only\s+)?("?[a-z_][a-z0-9_]*"?)?/i;
/** A write inside a raw `with` (a data-modifying common table expression). */
const RAW_WRITE_WORD = /\b(insert|update|delete|merge)\b/i;

interface NodeWithTable {
  readonly kind: 'TableNode';
  readonly table: { readonly identifier: { readonly name: string } };
}

function tableOf(node: OperationNode | undefined): string | null {
  if (!node) return null;
  if (node.kind === 'TableNode') return (node as unknown as NodeWithTable).table.identifier.name;
  if (node.kind === 'AliasNode') return tableOf((node as unknown as { node: OperationNode }).node);
  if (node.kind === 'FromNode') {
    return tableOf((node as unknown as { froms: readonly OperationNode[] }).froms[0]);
  }
  return null;
}

/** The columns an update sets (null when one is not a plain column). */
function updatedColumns(node: UpdateQueryNode): string[] | null {
  const columns: string[] = [];
  for (const update of node.updates ?? []) {
    if (update.column.kind !== 'ColumnNode') return null;
    columns.push((update.column as ColumnNode).column.name);
  }
  return columns;
}

const isData = (table: string | null): boolean => table === null || !NOT_DATA.has(table);

/** Whether raw SQL may change data: its statement writes, to a table that is data. */
function rawChangesData(node: RawNode): boolean {
  const statement = RAW_STATEMENT.exec(node.sqlFragments[0] ?? '');
  if (!statement) return false;
  const verb = (statement[1] ?? '').toLowerCase();
  if (verb === 'with') return node.sqlFragments.some((fragment) => RAW_WRITE_WORD.test(fragment));
  const named = statement[2]?.replaceAll('"', '') ?? null;
  const table = named ?? tableOf(node.parameters[0]);
  return isData(table);
}

/** Whether a statement's common table expressions (`with`) write data. */
function cteChangesData(node: RootOperationNode): boolean {
  const withNode = (node as { readonly with?: WithNode }).with;
  return (withNode?.expressions ?? []).some((cte) =>
    changesData(cte.expression as RootOperationNode),
  );
}

/** Whether a statement may change the data answers are made of. */
export function changesData(node: RootOperationNode): boolean {
  switch (node.kind) {
    case 'InsertQueryNode':
      return isData(tableOf(node.into)) || cteChangesData(node);
    case 'UpdateQueryNode': {
      const table = tableOf(node.table);
      if (table === 'app_user') {
        const columns = updatedColumns(node);
        const signInOnly = columns?.every((column) => SIGN_IN_COLUMNS.has(column)) ?? false;
        return !signInOnly || cteChangesData(node);
      }
      return isData(table) || cteChangesData(node);
    }
    case 'DeleteQueryNode':
      return isData(tableOf(node.from)) || cteChangesData(node);
    case 'MergeQueryNode':
      return isData(tableOf(node.into)) || cteChangesData(node);
    case 'SelectQueryNode':
      return cteChangesData(node);
    case 'RawNode':
      return rawChangesData(node);
    default:
      return false;
  }
}

/** A statement's kind and table, for a message. */
function describeStatement(node: RootOperationNode): string {
  switch (node.kind) {
    case 'InsertQueryNode':
      return `insert into ${tableOf(node.into) ?? '?'}`;
    case 'UpdateQueryNode':
      return `update ${tableOf(node.table) ?? '?'}`;
    case 'DeleteQueryNode':
      return `delete from ${tableOf(node.from) ?? '?'}`;
    case 'RawNode':
      return (node.sqlFragments[0] ?? '').trim().split(/\s+/).slice(0, 3).join(' ');
    default:
      return node.kind;
  }
}

/**
 * The database handle's guard (`Database.db`, the request context's `ctx.db`): a statement
 * that would change data there is refused before it runs, so no write of data can pass the
 * request context's write transaction, which raises the data version. Writes of what is not
 * data (sessions, sign-in attempts, the audit log, a user's password) pass.
 */
export class WriteGuard implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (changesData(args.node)) {
      throw new Error(
        `A write of data outside RequestContext.write (${describeStatement(args.node)}): ` +
          'the data version would not move',
      );
    }
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
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
