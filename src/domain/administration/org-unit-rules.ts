import type { OrgUnitKind } from '../organisation/org-tree';
import type { FieldIssue } from './field-issue';

/** A department or unit as the administrator enters it. */
export interface OrgUnitDraft {
  readonly kind: OrgUnitKind;
  /** The responsibility code (ansvar) the ledger uses. */
  readonly code: string;
  readonly name: string;
  readonly parentId: string | null;
  /** YYYY-MM-DD; null: open. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** Further ledger codes booked on this unit (an old code kept after a reorganisation). */
  readonly ledgerCodes: readonly string[];
}

export interface ExistingOrgUnit {
  readonly id: string;
  readonly boardId: string;
  readonly kind: OrgUnitKind;
  readonly code: string;
  readonly parentId: string | null;
}

export interface OrgUnitContext {
  /** Every unit of the municipality, of every board: codes are unique across it. */
  readonly units: readonly ExistingOrgUnit[];
  /** Further ledger codes -> the unit they belong to. */
  readonly ledgerCodes: ReadonlyMap<string, string>;
  readonly boardId: string;
  /** The unit being changed; null for a new one. */
  readonly selfId: string | null;
}

/**
 * Checks a department or unit before it is saved: departments sit under the board, units under
 * a department of the same board (or directly under the board); every ledger code belongs to
 * one unit of the municipality; valid to is not before valid from; a department with units
 * stays a department.
 */
export function orgUnitIssues(draft: OrgUnitDraft, context: OrgUnitContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const others = context.units.filter((unit) => unit.id !== context.selfId);
  const owner = (code: string): string | undefined => {
    const unit = others.find((candidate) => candidate.code === code);
    if (unit) return unit.id;
    const mapped = context.ledgerCodes.get(code);
    return mapped === context.selfId ? undefined : mapped;
  };

  if (owner(draft.code) !== undefined)
    issues.push({ field: 'code', problem: 'taken', value: draft.code });
  const seen = new Set([draft.code]);
  for (const code of draft.ledgerCodes) {
    if (seen.has(code) || owner(code) !== undefined)
      issues.push({ field: 'ledgerCodes', problem: 'taken', value: code });
    seen.add(code);
  }

  if (draft.validFrom !== null && draft.validTo !== null && draft.validTo < draft.validFrom)
    issues.push({ field: 'validTo', problem: 'dates-reversed', value: draft.validTo });

  if (draft.parentId !== null) {
    const parent = others.find((unit) => unit.id === draft.parentId);
    const fits =
      draft.kind === 'unit' &&
      parent !== undefined &&
      parent.kind === 'department' &&
      parent.boardId === context.boardId;
    if (!fits)
      issues.push({ field: 'parentId', problem: 'not-a-department', value: draft.parentId });
  }

  if (
    draft.kind === 'unit' &&
    context.selfId !== null &&
    others.some((unit) => unit.parentId === context.selfId)
  )
    issues.push({ field: 'kind', problem: 'has-units', value: draft.kind });
  return issues;
}
