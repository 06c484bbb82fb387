import type { UnitGroupAmount } from '#domain/follow-up/unit-measures';
import { ore } from '#domain/kernel/money';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { OrgUnit } from '#domain/organisation/org-tree';

/** An organisation unit with named fields; unnamed ones get plain defaults. */
export function anOrgUnit(fields: Partial<OrgUnit> & Pick<OrgUnit, 'id'>): OrgUnit {
  return {
    parentId: null,
    kind: 'unit',
    code: fields.id,
    name: `Enhet ${fields.id}`,
    sortOrder: 0,
    ...fields,
  };
}

/** An amount in öre for a unit and account group. */
export function anAmount(
  orgUnitId: string,
  accountGroup: AccountGroup,
  amount: number,
): UnitGroupAmount {
  return { orgUnitId, accountGroup, amount: ore(amount) };
}
