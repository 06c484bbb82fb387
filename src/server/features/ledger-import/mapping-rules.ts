import { randomUUID } from 'node:crypto';
import type { AccountGroup } from '#domain/ledger/account-group';
import { findAccountGroup, type AccountRange } from '#domain/ledger/account-mapping';
import type { MappingRules } from '#domain/ledger/ledger-mapping';
import { isBalanceAccount, isResultAccount } from '#domain/ledger/sie/sie-values';
import type { UnitCodeDirectory } from '../organisation/organisation.service';

export interface PendingUnit {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export interface ImportUnits {
  readonly rules: MappingRules;
  /** Units to create at commit: new from the file (ids chosen here, rows written at the end). */
  readonly pending: ReadonlyMap<string, PendingUnit>;
  readonly nameOf: (code: string) => string;
}

export interface RulesSetting {
  readonly ranges: readonly AccountRange[];
  readonly directory: UnitCodeDirectory;
  /** Account types from the file (#KTYP), read as the file is. */
  readonly accountTypeOf: (account: string) => string | undefined;
  /** Names of the file's unit-dimension objects (#OBJEKT), read as the file is. */
  readonly objectNameOf: (code: string) => string | undefined;
  /** File code -> unit code, given by the user for this import. */
  readonly unitMappings: ReadonlyMap<string, string>;
  /** Create a unit for every code in the file that is no unit (a new municipality always does). */
  readonly createUnits: 'none' | 'declared' | 'all';
  readonly defaultUnit: { readonly id: string; readonly code: string } | undefined;
  /**
   * The default unit when the import creates it (a new municipality's): the file's transactions
   * on its code go to the same unit.
   */
  readonly newDefaultUnit: PendingUnit | undefined;
}

/**
 * The mapping rules of one import. Units the file introduces get their ids now and are written
 * at the end of the import, in the same transaction ('declared': only codes with an #OBJEKT,
 * as for a new municipality; 'all': every code, as the user asked).
 */
export function importMappingRules(setting: RulesSetting): ImportUnits {
  const groups = new Map<string, AccountGroup | undefined>();
  const byId = new Map([...setting.directory.units.values()].map((unit) => [unit.id, unit]));
  const pending = new Map<string, PendingUnit>();
  if (setting.newDefaultUnit) pending.set(setting.newDefaultUnit.code, setting.newDefaultUnit);
  const unitOf = (code: string): { id: string; code: string } | undefined => {
    const mappedCode = setting.unitMappings.get(code);
    if (mappedCode !== undefined) return setting.directory.units.get(mappedCode);
    const mappedId = setting.directory.mappings.get(code);
    if (mappedId !== undefined) return byId.get(mappedId);
    const known = setting.directory.units.get(code) ?? pending.get(code);
    if (known) return known;
    const declaredName = setting.objectNameOf(code);
    if (
      setting.createUnits === 'all' ||
      (setting.createUnits === 'declared' && declaredName !== undefined)
    ) {
      const unit = { id: randomUUID(), code, name: declaredName || code };
      pending.set(code, unit);
      return unit;
    }
    return undefined;
  };
  return {
    rules: {
      isResultAccount: (account) => isResultAccount(account, setting.accountTypeOf(account)),
      isBalanceAccount: (account) => isBalanceAccount(account, setting.accountTypeOf(account)),
      accountGroupOf: (account) => {
        if (!groups.has(account)) groups.set(account, findAccountGroup(account, setting.ranges));
        return groups.get(account);
      },
      unitOf,
      defaultUnit: setting.defaultUnit,
    },
    pending,
    nameOf: (code) =>
      setting.directory.units.get(code)?.name ??
      pending.get(code)?.name ??
      setting.objectNameOf(code) ??
      code,
  };
}
