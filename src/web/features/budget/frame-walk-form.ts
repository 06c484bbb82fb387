import type { FrameWalkAnswer, FrameWalkYearDto } from '#contract/frame-walk';
import { frameWalk, type FrameWalk } from '#domain/budget/frame-walk';
import { formatInteger, formatPercentFromBasisPoints } from '#domain/kernel/format';
import { oreFromTkr, roundToTkr, type Ore } from '#domain/kernel/money';
import { parsePercentToBasisPoints, parseWholeNumberSv } from '#domain/kernel/parse';

/**
 * The frame walk form as typed: text per field, so a half-typed number stays on screen. Read
 * into the walk's figures with an error per field that is not a number.
 */

export interface AdjustmentDraft {
  readonly text: string;
  readonly amount: string;
}

export interface YearDraft {
  readonly year: number;
  readonly pkv: string;
  readonly volume: string;
  readonly volumeText: string;
  readonly adjustments: readonly AdjustmentDraft[];
}

export interface FrameWalkDraft {
  readonly baseAllocation: string;
  readonly years: readonly YearDraft[];
}

const tkrText = (amount: Ore): string => (amount === 0 ? '0' : formatInteger(roundToTkr(amount)));

/** The form filled from what is stored; a year with nothing stored shows zeros. */
export function draftOf(answer: FrameWalkAnswer): FrameWalkDraft {
  return {
    baseAllocation: answer.baseAllocation === null ? '' : tkrText(answer.baseAllocation),
    years: answer.years.map((year) => ({
      year: year.year,
      pkv: formatPercentFromBasisPoints(year.pkvBasisPoints),
      volume: tkrText(year.volume),
      volumeText: year.volumeText,
      adjustments: year.adjustments.map((adjustment) => ({
        text: adjustment.text,
        amount: tkrText(adjustment.amount),
      })),
    })),
  };
}

/** A field's id in the form, also the key of its error: "2026-pkv", "2026-adjustment-0-amount". */
export type FieldErrors = Readonly<Record<string, string>>;

export interface ReadDraft {
  /** The figures to save, or null while a field is wrong. */
  readonly years: FrameWalkYearDto[] | null;
  readonly baseAllocation: Ore | null;
  readonly errors: FieldErrors;
}

const WHOLE_TKR = 'Ange ett helt antal tkr, t.ex. 1 688 eller -100.';

/** Reads the form: the figures, or an error per field (empty amounts count as 0). */
export function readDraft(draft: FrameWalkDraft): ReadDraft {
  const errors: Record<string, string> = {};
  const tkr = (text: string, field: string): Ore => {
    const parsed = parseWholeNumberSv(text);
    if (parsed.kind === 'invalid') errors[field] = WHOLE_TKR;
    return parsed.kind === 'number' ? oreFromTkr(parsed.value) : oreFromTkr(0);
  };
  const base = parseWholeNumberSv(draft.baseAllocation);
  if (base.kind !== 'number')
    errors['base-allocation'] = 'Ange kommunbidraget för året före budgetåret i hela tkr.';
  const years = draft.years.map((year): FrameWalkYearDto => {
    const prefix = String(year.year);
    const pkv = parsePercentToBasisPoints(year.pkv);
    if (pkv.kind === 'invalid')
      errors[`${prefix}-pkv`] = 'Ange PKV i procent med högst två decimaler, t.ex. 3,1.';
    return {
      year: year.year,
      pkvBasisPoints: pkv.kind === 'number' ? pkv.value : 0,
      volume: tkr(year.volume, `${prefix}-volume`),
      volumeText: year.volumeText.trim(),
      adjustments: year.adjustments.map((adjustment, index) => {
        const field = `${prefix}-adjustment-${String(index)}`;
        if (adjustment.text.trim() === '')
          errors[`${field}-text`] = 'Skriv vad ramjusteringen gäller.';
        return { text: adjustment.text.trim(), amount: tkr(adjustment.amount, `${field}-amount`) };
      }),
    };
  });
  const valid = Object.keys(errors).length === 0;
  return {
    years: valid ? years : null,
    baseAllocation: base.kind === 'number' ? oreFromTkr(base.value) : null,
    errors,
  };
}

/** The walk the form gives, to show the uplifts and allocations as the user types. */
export function walkOf(baseYear: number, read: ReadDraft): FrameWalk | null {
  if (read.years === null || read.baseAllocation === null) return null;
  return frameWalk({
    baseYear,
    baseAllocation: read.baseAllocation,
    years: read.years.map((year) => ({
      year: year.year,
      pkvBasisPoints: year.pkvBasisPoints,
      volume: year.volume,
      ...(year.volumeText === '' ? {} : { volumeText: year.volumeText }),
      adjustments: year.adjustments,
    })),
  });
}
