import { formatInteger } from '#domain/kernel/format';
import { roundToKronor, type Ore } from '#domain/kernel/money';
import { MONTH_NAMES_SV, type Month } from '#domain/kernel/period';
import { formatTenthsSv } from '#domain/personnel/sick-leave';
import { roundedQuotient, safeNumber } from '#domain/kernel/ratio';
import { formatChangeSv } from '#domain/volumes/percent-change';
import type { VolumesCell } from './VolumesTable';

/** The page's figures, written the one way (domain/kernel/format.ts) as the CLI writes them. */

export const count = (value: number): VolumesCell => ({ figure: formatInteger(value) });

/** Whole kronor. */
export const kronor = (value: number): VolumesCell => ({
  figure: formatInteger(roundToKronor(value as Ore)),
});

/** The amount per household in whole kronor, exactly rounded; "–" with no households. */
export const perHousehold = (amountOre: number, households: number): VolumesCell =>
  households === 0
    ? { figure: '–' }
    : {
        figure: formatInteger(
          safeNumber(roundedQuotient(BigInt(amountOre), BigInt(households) * 100n)),
        ),
      };

/** A change in percent against last year: "+41,0 %", "-3,2 %", "–" when none last year. */
export const change = (tenths: number | null): VolumesCell => ({
  figure: formatChangeSv(tenths),
});

/** A sick-leave percentage with one decimal; "–" for a small group. */
export const percent = (tenths: number | null): VolumesCell => ({ figure: formatTenthsSv(tenths) });

/** A difference in percentage points: always signed, "–" when either side is not shown. */
export const difference = (tenths: number | null): VolumesCell => ({
  figure: tenths === null ? '–' : `${tenths > 0 ? '+' : ''}${formatTenthsSv(tenths)}`,
});

/** "januari–augusti 2023" (or "januari 2023"). */
export function monthsSv(year: number, month: Month): string {
  const last = MONTH_NAMES_SV[month];
  return month === 1
    ? `${MONTH_NAMES_SV[1]} ${String(year)}`
    : `${MONTH_NAMES_SV[1]}–${last} ${String(year)}`;
}
