/**
 * What an audit row's before and after differ in: the fields that changed. How a person reads
 * them (Swedish labels, amounts in kr, names for ids) is contract/audit-text-sv.ts.
 */

type Plain = Readonly<Record<string, unknown>>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One field of a change; field null when the whole value is not an object. */
export interface AuditChange {
  readonly field: string | null;
  /** Absent: the field did not exist before (a creation). */
  readonly before?: unknown;
  /** Absent: the field does not exist after (a deletion). */
  readonly after?: unknown;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between before and after. A creation (nothing before) lists every
 * field after, a deletion every field before; two equal values give nothing.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!hasBefore && !hasAfter) return [];
  const beforeFields = hasBefore ? before : {};
  const afterFields = hasAfter ? after : {};
  if (!isPlainObject(beforeFields) || !isPlainObject(afterFields)) {
    if (same(before, after)) return [];
    return [{ field: null, ...(hasBefore ? { before } : {}), ...(hasAfter ? { after } : {}) }];
  }
  const fields = [...new Set([...Object.keys(beforeFields), ...Object.keys(afterFields)])];
  return fields.flatMap((field): AuditChange[] => {
    const inBefore = Object.hasOwn(beforeFields, field);
    const inAfter = Object.hasOwn(afterFields, field);
    if (inBefore && inAfter && same(beforeFields[field], afterFields[field])) return [];
    return [
      {
        field,
        ...(inBefore ? { before: beforeFields[field] } : {}),
        ...(inAfter ? { after: afterFields[field] } : {}),
      },
    ];
  });
}
