import type { JoinBuilder, ReferenceExpression } from 'kysely';

/** A column reference with its table's alias: 'u.id'. */
type AliasedColumn = `${string}.${string}`;

/** The municipality column of the table a reference is on: 'u.id' -> 'u.municipality_id'. */
function tenantColumnOf(reference: AliasedColumn): AliasedColumn {
  return `${reference.slice(0, reference.indexOf('.'))}.municipality_id`;
}

/**
 * A join of two tenant tables within one municipality: `l.municipality_id = r.municipality_id
 * and l.<column> = r.<column>`. Every tenant table leads its key with `municipality_id` and
 * references other tenant tables through it (ARCHITECTURE.md, Tenancy), so the join is on both,
 * which keeps a distributed PostgreSQL's join on one shard. The columns are checked by the
 * compiler; the municipality columns are the same tables'. Further conditions chain on.
 */
export function sameTenant<DB, TB extends keyof DB>(
  join: JoinBuilder<DB, TB>,
  left: ReferenceExpression<DB, TB> & AliasedColumn,
  right: ReferenceExpression<DB, TB> & AliasedColumn,
): JoinBuilder<DB, TB> {
  // Every tenant table has municipality_id: the references are the tables' own.
  const tenantLeft = tenantColumnOf(left) as ReferenceExpression<DB, TB>;
  const tenantRight = tenantColumnOf(right) as ReferenceExpression<DB, TB>;
  return join.onRef(tenantLeft, '=', tenantRight).onRef(left, '=', right);
}
