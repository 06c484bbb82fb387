import type { AccountGroup } from '#domain/ledger/account-group';
import { ACCOUNT_GROUP_NAMES_SV } from '#domain/ledger/account-group';
import { MONTH_NAMES_SV, type Month } from '#domain/kernel/period';

/** "januari–augusti 2023", or "januari 2023" for January alone. */
export function periodTextSv(year: number, month: Month): string {
  return month === 1 ? `${MONTH_NAMES_SV[1]} ${year}` : `januari–${MONTH_NAMES_SV[month]} ${year}`;
}

/** "Driftredovisning Socialnämnden, januari–augusti 2023". */
export function statementTitleSv(scopeName: string, year: number, month: Month): string {
  return `Driftredovisning ${scopeName}, ${periodTextSv(year, month)}`;
}

/** "Köp av tjänster per konto". */
export function accountTableTitleSv(group: AccountGroup): string {
  return `${ACCOUNT_GROUP_NAMES_SV[group]} per konto`;
}

/** The breakdown one level down: per department under the board, per unit under a department. */
export function breakdownTitleSv(childLevel: 'department' | 'unit'): string {
  return `Verksamhetens nettokostnader per ${childLevel === 'department' ? 'avdelning' : 'enhet'}`;
}

/** Why the actual columns may stop before the chosen month; null when they do not. */
export function actualsNoteSv(
  year: number,
  month: Month,
  lastActualMonth: Month | null,
): string | null {
  if (lastActualMonth === null) return `Inget utfall är bokfört för ${year}.`;
  if (month > lastActualMonth) {
    return `Utfall finns till och med ${MONTH_NAMES_SV[lastActualMonth]} ${year}.`;
  }
  return null;
}
