import { codeAndName } from '#domain/organisation/code-and-name';
import type { GrantInput, OrganisationAdmin } from '#contract/administration';
import { ROLE_NAMES_SV, ROLE_SCOPES, ROLES, type Role } from '#domain/access/roles';
import { SelectInput } from '../../ui/FormFields';

/** A role and its scope as the form holds them ('' for not chosen). */
export interface GrantDraft {
  readonly role: Role;
  readonly boardId: string;
  readonly orgUnitId: string;
}

export const emptyGrant = (boardId: string): GrantDraft => ({
  role: 'unit-head',
  boardId,
  orgUnitId: '',
});

/** The scope a role is given for, as the server wants it. */
export function grantInputOf(draft: GrantDraft): GrantInput {
  const scope = ROLE_SCOPES[draft.role][0];
  return {
    role: draft.role,
    boardId: scope === 'board' ? draft.boardId || null : null,
    orgUnitId: scope === 'org-unit' ? draft.orgUnitId || null : null,
  };
}

const UNIT_KIND = { 'department-head': 'department', 'unit-head': 'unit' } as const;

/** Where a role is held, in words: "Hela kommunen", a board, or a department or unit. */
export function scopeLabel(
  grant: { readonly boardId: string | null; readonly orgUnitId: string | null },
  organisation: OrganisationAdmin | null,
): string {
  if (grant.orgUnitId !== null) {
    const unit = organisation?.boards
      .flatMap((board) => board.units)
      .find((candidate) => candidate.id === grant.orgUnitId);
    return unit ? codeAndName(unit) : 'en enhet';
  }
  if (grant.boardId !== null) {
    return organisation?.boards.find((board) => board.id === grant.boardId)?.name ?? 'en nämnd';
  }
  return 'Hela kommunen';
}

/** Role, then the board, department or unit it is for (the choice the role needs). */
export function GrantFields({
  idPrefix,
  draft,
  organisation,
  errors,
  errorPrefix = '',
  onChange,
}: {
  readonly idPrefix: string;
  readonly draft: GrantDraft;
  readonly organisation: OrganisationAdmin;
  readonly errors: Readonly<Record<string, string>>;
  /** Where the server names these fields ('grant.' when they are part of a new user). */
  readonly errorPrefix?: string;
  readonly onChange: (draft: GrantDraft) => void;
}) {
  const scope = ROLE_SCOPES[draft.role][0];
  const unitKind =
    draft.role === 'department-head' || draft.role === 'unit-head' ? UNIT_KIND[draft.role] : null;
  const units = organisation.boards.flatMap((board) =>
    board.units
      .filter((unit) => unit.kind === unitKind)
      .map((unit) => ({
        value: unit.id,
        label: `${codeAndName(unit)}${organisation.boards.length > 1 ? ` (${board.name})` : ''}`,
      })),
  );
  return (
    <>
      <SelectInput
        id={`${idPrefix}-role`}
        label="Roll"
        value={draft.role}
        error={errors[`${errorPrefix}role`] ?? errors.role}
        options={ROLES.map((role) => ({ value: role, label: ROLE_NAMES_SV[role] }))}
        onChange={(role) => {
          onChange({ ...draft, role: role as Role, orgUnitId: '' });
        }}
      />
      {scope === 'municipality' ? (
        <p className="field__hint">Rollen gäller hela kommunen.</p>
      ) : null}
      {scope === 'board' ? (
        <SelectInput
          id={`${idPrefix}-board`}
          label="Nämnd"
          value={draft.boardId}
          error={errors[`${errorPrefix}boardId`]}
          options={organisation.boards.map((board) => ({ value: board.id, label: board.name }))}
          onChange={(boardId) => {
            onChange({ ...draft, boardId });
          }}
        />
      ) : null}
      {scope === 'org-unit' ? (
        <SelectInput
          id={`${idPrefix}-unit`}
          label={unitKind === 'department' ? 'Avdelning' : 'Enhet'}
          value={draft.orgUnitId}
          error={errors[`${errorPrefix}orgUnitId`]}
          options={[{ value: '', label: 'Välj …' }, ...units]}
          onChange={(orgUnitId) => {
            onChange({ ...draft, orgUnitId });
          }}
        />
      ) : null}
    </>
  );
}
