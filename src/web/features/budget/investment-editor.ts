import type { InvestmentBudgetDto, InvestmentFollowUpDto } from '#contract/investment-budget';
import {
  investmentLineProblems,
  normaliseInvestmentLineName,
} from '#domain/budget/investment-budget-edit';
import type { InvestmentFollowUpLineInput } from '#domain/budget/investment-follow-up';
import { followUpEntryProblems } from '#domain/budget/investment-follow-up-entry';
import {
  INVESTMENT_CATEGORY_NAMES_SV,
  STANDARD_INVESTMENT_LINES_SV,
  type InvestmentCategory,
  type InvestmentLine,
} from '#domain/budget/investments';
import { formatInteger } from '#domain/kernel/format';
import { oreFromTkr, roundToTkr, sumOre, ZERO_ORE, type Ore } from '#domain/kernel/money';
import { parseWholeNumberSv } from '#domain/kernel/parse';
import type { Month } from '#domain/kernel/period';

/**
 * The investment budget and its follow-up as typed on the Budget page: text per field, so a
 * half-typed figure stays on screen, read into öre (whole tkr typed) with the problems named
 * in Swedish before anything is sent.
 */

/** A figure as typed: its text, and its amount (null when the text is not a whole number). */
export interface AmountDraft {
  readonly text: string;
  readonly amount: Ore | null;
}

/** Whole tkr as the fields show them: "1 200" (an ordinary space), empty for zero. */
export const tkrText = (amount: Ore): string =>
  amount === 0 ? '' : formatInteger(roundToTkr(amount));

/** A typed figure in tkr: empty is zero (or nothing, where emptyIsNull). */
export function amountDraft(text: string, emptyIsNull = false): AmountDraft {
  const parsed = parseWholeNumberSv(text);
  if (parsed.kind === 'empty') return { text, amount: emptyIsNull ? null : ZERO_ORE };
  return { text, amount: parsed.kind === 'number' ? oreFromTkr(parsed.value) : null };
}

/** An investment line as typed; id is the draft's own (a line may be renamed). */
export interface LineDraft {
  readonly id: string;
  readonly category: InvestmentCategory;
  readonly name: string;
  /** One per year of the version, in order. */
  readonly amounts: readonly AmountDraft[];
}

/** The saved lines as drafts; each amount kept exact (not rounded) until it is typed over. */
export function lineDraftsOf(budget: InvestmentBudgetDto): LineDraft[] {
  return budget.lines.map((line, index) => ({
    id: `saved-${String(index)}`,
    category: line.category,
    name: line.name,
    amounts: line.amounts.map((amount) => ({ text: tkrText(amount), amount })),
  }));
}

/** A new line under a category: the first standard name the category does not have yet. */
export function newLineDraft(
  drafts: readonly LineDraft[],
  category: InvestmentCategory,
  years: number,
  id: string,
): LineDraft {
  const taken = new Set(
    drafts
      .filter((draft) => draft.category === category)
      .map((draft) => normaliseInvestmentLineName(draft.name)),
  );
  const name = STANDARD_INVESTMENT_LINES_SV[category].find((candidate) => !taken.has(candidate));
  return {
    id,
    category,
    name: name ?? '',
    amounts: Array.from({ length: years }, () => ({ text: '', amount: ZERO_ORE })),
  };
}

/** The lines to save (names normalised, a figure that is not a number as zero). */
export const linesOf = (drafts: readonly LineDraft[]): InvestmentLine[] =>
  drafts.map((draft) => ({
    category: draft.category,
    name: normaliseInvestmentLineName(draft.name),
    amounts: draft.amounts.map((amount) => amount.amount ?? ZERO_ORE),
  }));

/** The sum per year of the lines given (the figures that are numbers). */
export const yearSums = (drafts: readonly LineDraft[], years: number): Ore[] =>
  Array.from({ length: years }, (_, column) =>
    sumOre(drafts.map((draft) => draft.amounts[column]?.amount ?? ZERO_ORE)),
  );

/** What is wrong as typed: the Swedish sentences, and which fields to mark. */
export interface EditorProblems {
  readonly messages: readonly string[];
  /** `${id}|name` and `${id}|${column}`. */
  readonly fields: ReadonlySet<string>;
}

const lineName = (draft: LineDraft) => normaliseInvestmentLineName(draft.name) || 'Ny rad';

/**
 * The problems of the lines as typed, each naming the line and year: a figure that is not a
 * whole number of tkr, a line without a name, a name twice in a category, a negative figure.
 */
export function editorProblems(
  drafts: readonly LineDraft[],
  yearLabels: readonly string[],
): EditorProblems {
  const messages: string[] = [];
  const fields = new Set<string>();
  drafts.forEach((draft) => {
    draft.amounts.forEach((amount, column) => {
      if (amount.amount !== null) return;
      fields.add(`${draft.id}|${String(column)}`);
      messages.push(
        `${lineName(draft)}, ${yearLabels[column] ?? ''}: ”${amount.text}” är inte ett helt tal i tkr.`,
      );
    });
  });
  // The columns stand in for the years: a negative figure is then named by its column.
  const columns = yearLabels.map((_, index) => index);
  for (const problem of investmentLineProblems(linesOf(drafts), columns)) {
    const draft = drafts[problem.index];
    if (!draft) continue;
    const category = INVESTMENT_CATEGORY_NAMES_SV[problem.category];
    switch (problem.kind) {
      case 'name-missing':
        fields.add(`${draft.id}|name`);
        messages.push(`En rad under ${category} saknar namn.`);
        break;
      case 'duplicate':
        fields.add(`${draft.id}|name`);
        messages.push(`${problem.name} finns två gånger under ${category}.`);
        break;
      case 'negative':
        fields.add(`${draft.id}|${String(problem.year)}`);
        messages.push(
          `${lineName(draft)}, ${yearLabels[problem.year] ?? ''}: beloppet får inte vara negativt.`,
        );
        break;
    }
  }
  return { messages, fields };
}

/** Whether the lines as typed differ from the saved ones. */
export function linesChanged(drafts: readonly LineDraft[], saved: InvestmentBudgetDto): boolean {
  return JSON.stringify(linesOf(drafts)) !== JSON.stringify(saved.lines);
}

/** A line's follow-up at the report month as typed. */
export interface FollowUpDraft {
  readonly actual: AmountDraft;
  readonly forecast: AmountDraft;
  readonly comment: string;
}

export const followUpKey = (line: { readonly category: string; readonly name: string }) =>
  `${line.category}/${line.name}`;

/**
 * The fields at the report month: what was entered then; without a forecast entered, the one
 * that stands (the latest earlier report's, else the budget) to confirm or change.
 */
export function followUpDraftsOf(
  followUp: InvestmentFollowUpDto,
  standingForecast: (key: string) => Ore,
): Map<string, FollowUpDraft> {
  return new Map(
    followUp.lines.map((line) => {
      const entry = line.entries.find((candidate) => candidate.month === followUp.month);
      const forecast = entry?.forecast ?? standingForecast(followUpKey(line));
      return [
        followUpKey(line),
        {
          actual: amountDraft(
            entry?.actualYearToDate == null ? '' : tkrText(entry.actualYearToDate) || '0',
            true,
          ),
          forecast: { text: tkrText(forecast) || '0', amount: forecast },
          comment: entry?.comment ?? '',
        },
      ];
    }),
  );
}

/** The lines for the follow-up table, with the report month's entry as typed. */
export function followUpLinesOf(
  followUp: InvestmentFollowUpDto,
  drafts: ReadonlyMap<string, FollowUpDraft>,
): InvestmentFollowUpLineInput[] {
  const month: Month = followUp.month;
  return followUp.lines.map((line) => {
    const draft = drafts.get(followUpKey(line));
    const others = line.entries.filter((entry) => entry.month !== month);
    const typed = draft
      ? [
          {
            month,
            actualYearToDate: draft.actual.amount,
            forecast: draft.forecast.amount,
            comment: draft.comment.trim() || null,
          },
        ]
      : line.entries.filter((entry) => entry.month === month);
    return {
      category: line.category,
      name: line.name,
      budget: line.budget,
      entries: [...others, ...typed],
      previousYearActual: line.previousYearActual,
      ledgerActual: line.ledgerActual,
    };
  });
}

/**
 * A follow-up field that is not a whole number of tkr, or is negative where it may not be
 * (signed: an adjustment of a linked line's booked actual, which may).
 */
export const badFollowUpAmount = (draft: AmountDraft, signed = false): boolean =>
  (draft.amount === null && draft.text.trim() !== '') ||
  (!signed && draft.amount !== null && draft.amount < 0);

/** A line's adjustment of its booked actual typed without the comment that must label it. */
export const unlabelledAdjustment = (draft: FollowUpDraft, linked: boolean): boolean =>
  followUpEntryProblems(
    { actualYearToDate: draft.actual.amount, forecast: null, comment: draft.comment },
    linked,
  ).some((problem) => problem.problem === 'required-for-adjustment');

/** Whether two lines' fields at the report month read the same (the comment trimmed). */
export const sameFollowUpDraft = (a: FollowUpDraft | undefined, b: FollowUpDraft | undefined) =>
  a?.actual.text === b?.actual.text &&
  a?.forecast.text === b?.forecast.text &&
  a?.comment.trim() === b?.comment.trim();

/**
 * After a save refused because another saved the month since: the fields read now (fresh)
 * where the user changed nothing, the user's where the user did; and the lines both changed
 * (the other's values differ from those the user started from), to name them.
 */
export function rebaseFollowUpDrafts(
  initial: ReadonlyMap<string, FollowUpDraft>,
  drafts: ReadonlyMap<string, FollowUpDraft>,
  fresh: ReadonlyMap<string, FollowUpDraft>,
): { readonly drafts: Map<string, FollowUpDraft>; readonly bothChanged: readonly string[] } {
  const next = new Map(fresh);
  const bothChanged: string[] = [];
  for (const [key, draft] of drafts) {
    if (sameFollowUpDraft(draft, initial.get(key)) || !fresh.has(key)) continue;
    next.set(key, draft);
    if (!sameFollowUpDraft(fresh.get(key), initial.get(key))) bothChanged.push(key);
  }
  return { drafts: next, bothChanged };
}
