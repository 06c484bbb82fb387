import type { z } from 'zod';
import type { saveUnitFrames, UnitFrames } from '#contract/unit-frames';
import {
  checkFrames,
  checkResult,
  distributeFrame,
  frameToDistribute,
  type FrameCheck,
  type ResultCheck,
} from '#domain/budget/unit-frames';
import { formatInteger, formatTkr } from '#domain/kernel/format';
import { ore, oreFromTkr, roundToTkr, sumOre, ZERO_ORE, type Ore } from '#domain/kernel/money';
import { parseWholeNumberSv } from '#domain/kernel/parse';
import { GRID_GROUPS, sumCells } from './budget-grid';

/**
 * The frames form (Ramfördelning och balans): a year's planned result and the units' frames as
 * typed in whole tkr, read into the amounts to save, and the year's budget checked against
 * the allocation, the planned result and each unit's frame as they are typed.
 */

export interface FramesDraft {
  /** Planerat resultat, tkr; empty is 0. */
  readonly planned: string;
  /** Ram per unit id, tkr; empty (or missing) is no frame. */
  readonly frames: ReadonlyMap<string, string>;
}

export type FramesBody = z.input<typeof saveUnitFrames.body>;

const tkrText = (amount: Ore) => formatInteger(roundToTkr(amount));

/** The year's stored planned result and frames, as the form shows them. */
export function framesDraftOf(stored: UnitFrames, year: number): FramesDraft {
  const ofYear = stored.years.find((entry) => entry.year === year);
  return {
    planned: tkrText(ofYear?.plannedResult ?? ZERO_ORE),
    frames: new Map(ofYear?.frames.map((frame) => [frame.orgUnitId, tkrText(frame.amount)]) ?? []),
  };
}

/** The draft with the planned result typed anew. */
export const withPlanned = (draft: FramesDraft, planned: string): FramesDraft => ({
  ...draft,
  planned,
});

/** The draft with a unit's frame typed anew. */
export const withFrame = (draft: FramesDraft, unitId: string, text: string): FramesDraft => ({
  ...draft,
  frames: new Map(draft.frames).set(unitId, text),
});

/** A typed amount in tkr: empty is no frame (or 0 for the result), text that is no number null. */
function readTkr(text: string): Ore | 'empty' | null {
  const parsed = parseWholeNumberSv(text);
  if (parsed.kind === 'empty') return 'empty';
  return parsed.kind === 'number' ? oreFromTkr(parsed.value) : null;
}

export interface ReadFrames {
  /** The planned result, or null while it is no whole number of tkr. */
  readonly plannedResult: Ore | null;
  /** The frames that are typed and readable. */
  readonly frames: ReadonlyMap<string, Ore>;
  /** The units whose typed frame is no whole number of tkr. */
  readonly wrong: ReadonlySet<string>;
}

export function readFrames(draft: FramesDraft): ReadFrames {
  const planned = readTkr(draft.planned);
  const frames = new Map<string, Ore>();
  const wrong = new Set<string>();
  for (const [unitId, text] of draft.frames) {
    const amount = readTkr(text);
    if (amount === null) wrong.add(unitId);
    else if (amount !== 'empty') frames.set(unitId, amount);
  }
  return { plannedResult: planned === 'empty' ? ZERO_ORE : planned, frames, wrong };
}

/** Whether the form can be saved: the planned result and every frame read. */
export const framesReadable = (read: ReadFrames): boolean =>
  read.plannedResult !== null && read.wrong.size === 0;

/** What to save on the version's revision, or null while something typed cannot be read. */
export function framesBody(
  read: ReadFrames,
  year: number,
  baseRevision: number,
): FramesBody | null {
  if (read.plannedResult === null || !framesReadable(read)) return null;
  return {
    baseRevision,
    year,
    plannedResult: read.plannedResult,
    frames: [...read.frames].map(([orgUnitId, amount]) => ({ orgUnitId, amount })),
  };
}

/** The year's budget (the cells as typed) against the allocation, the planned result and the frames. */
export interface FramesBalance {
  /** Verksamhetens nettokostnad: the board's budgeted net cost of the year. */
  readonly boardNet: Ore;
  /** The year's kommunbidrag, null where none is set. */
  readonly allocation: Ore | null;
  /** What the units' frames should sum to (planned result − allocation), or null. */
  readonly total: Ore | null;
  readonly check: FrameCheck | null;
  readonly result: ResultCheck | null;
  /** A unit's budgeted net cost of the year, as typed. */
  readonly netOf: (unitId: string) => Ore;
  /** A unit's budgeted net cost of the year before (the follow-up's budget). */
  readonly previousNetOf: (unitId: string) => Ore;
}

export function framesBalance(input: {
  readonly stored: UnitFrames;
  readonly year: number;
  /** Every unit of the grid, for the board's net cost. */
  readonly unitIds: readonly string[];
  /** The grid's cells, as typed. */
  readonly amounts: ReadonlyMap<string, Ore>;
  readonly read: ReadFrames;
}): FramesBalance {
  const { stored, year, amounts, read } = input;
  const allocation = stored.years.find((entry) => entry.year === year)?.allocation ?? null;
  const netOf = (unitId: string) => sumCells(amounts, [unitId], GRID_GROUPS, year);
  const boardNet = sumCells(amounts, input.unitIds, GRID_GROUPS, year);
  const total =
    allocation === null || read.plannedResult === null
      ? null
      : frameToDistribute(allocation, read.plannedResult);
  const previousNet = new Map(stored.previousBudget.nets.map((net) => [net.orgUnitId, net.amount]));
  return {
    boardNet,
    allocation,
    total,
    check: total === null ? null : checkFrames(total, read.frames, netOf),
    result:
      allocation === null || read.plannedResult === null
        ? null
        : checkResult(boardNet, allocation, read.plannedResult),
    netOf,
    previousNetOf: (unitId) => previousNet.get(unitId) ?? ZERO_ORE,
  };
}

/**
 * The draft with the total handed out to the units in proportion to a net cost each (last
 * year's budget or this version's), in whole tkr; other units' frames are cleared.
 */
export function withProposedFrames(
  draft: FramesDraft,
  total: Ore,
  unitIds: readonly string[],
  netOf: (unitId: string) => Ore,
): FramesDraft {
  return {
    ...draft,
    frames: new Map(
      distributeFrame(
        total,
        unitIds.map((unitId) => ({ unitId, net: netOf(unitId) })),
      ).map((entry) => [entry.unitId, tkrText(entry.frame)]),
    ),
  };
}

/** Some units' frames together (a unit without one counts 0). */
export const frameSum = (frames: ReadonlyMap<string, Ore>, unitIds: readonly string[]): Ore =>
  sumOre(unitIds.map((id) => frames.get(id) ?? ZERO_ORE));

/** A department's budget less its units' frames, or null when none of them has a frame. */
export function departmentDifference(
  frames: ReadonlyMap<string, Ore>,
  amounts: ReadonlyMap<string, Ore>,
  unitIds: readonly string[],
  year: number,
): Ore | null {
  if (!unitIds.some((id) => frames.has(id))) return null;
  return ore(sumCells(amounts, unitIds, GRID_GROUPS, year) - frameSum(frames, unitIds));
}

/** The sentence under the balance: not set, in balance, or by how much it is not. */
export function balanceSv(year: number, result: ResultCheck | null): string {
  if (result === null)
    return `Kommunbidraget för ${String(year)} är inte satt: ange det under Kommunbidrag och ramförändring.`;
  return result.difference === 0
    ? `Budgeten ${String(year)} är i balans med det planerade resultatet.`
    : `Budgeten ${String(year)} avviker med ${formatTkr(result.difference)} tkr från det planerade resultatet.`;
}

/** The hint beside the save button: what is wrong with what is typed, or that it is saved. */
export function framesHintSv(read: ReadFrames, saved: boolean): string {
  if (!framesReadable(read)) return 'Ramar och resultat anges i hela tkr.';
  return saved ? 'Ramfördelningen är sparad.' : '';
}
