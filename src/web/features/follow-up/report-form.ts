import type { z } from 'zod';
import type { saveUnitReport, UnitReport } from '#contract/follow-up';
import {
  FORECAST_METHODS,
  FORECAST_METHOD_NAMES_SV,
  type ForecastMethod,
} from '#domain/follow-up/forecast-proposals';
import { formatInteger, formatTkr } from '#domain/kernel/format';
import { oreFromTkr, roundToTkr, sumOre, type Ore } from '#domain/kernel/money';
import { parseWholeNumberSv } from '#domain/kernel/parse';
import { ACCOUNT_GROUP_NAMES_SV, type AccountGroup } from '#domain/ledger/account-group';

/**
 * A unit's report as the unit manager types it: a forecast per account group (text, so a
 * half-typed number stays on screen, and how it came about: a proposal taken or entered), the
 * comment, the action and the comment on the forecast. Read into what to save (only what changed, each with the revision
 * it was read at), and, when someone else saved in between, compared with their version.
 */

export type SaveReportBody = z.input<typeof saveUnitReport.body>;
type ReportGroup = UnitReport['groups'][number];
type Proposal = ReportGroup['proposals'][number];

/** How a forecast came about: one of the proposals' methods, or entered by hand. */
export type ForecastOrigin = 'entered' | ForecastMethod;

export interface ForecastDraft {
  readonly text: string;
  /** As saved ('imported' from a file) or chosen here. */
  readonly method: string;
}

export interface ReportDraft {
  readonly forecasts: Readonly<Partial<Record<AccountGroup, ForecastDraft>>>;
  readonly comment: string;
  readonly action: string;
  /** Kommentar till prognosen. */
  readonly forecastComment: string;
}

/** Whole tkr as typed in the form: "-1 250" (ordinary spaces, easy to type over). */
export const tkrText = (amount: Ore): string => formatInteger(roundToTkr(amount));

const EMPTY_FORECAST: ForecastDraft = { text: '', method: 'entered' };

/** The form filled from what is saved at this month; a group without a forecast is empty. */
export function draftOf(report: UnitReport): ReportDraft {
  const forecasts: Partial<Record<AccountGroup, ForecastDraft>> = {};
  for (const group of report.groups) {
    forecasts[group.accountGroup] = group.forecast
      ? { text: tkrText(group.forecast.amount), method: group.forecast.method }
      : EMPTY_FORECAST;
  }
  return {
    forecasts,
    comment: report.comment?.body ?? '',
    action: report.action?.body ?? '',
    forecastComment: report.forecastComment?.body ?? '',
  };
}

export const forecastOf = (draft: ReportDraft, group: AccountGroup): ForecastDraft =>
  draft.forecasts[group] ?? EMPTY_FORECAST;

/** The user types a figure: it is their own ('entered'). */
export function typeForecast(draft: ReportDraft, group: AccountGroup, text: string): ReportDraft {
  return { ...draft, forecasts: { ...draft.forecasts, [group]: { text, method: 'entered' } } };
}

/** The user takes a proposal: its figure, and its method recorded. */
export function takeProposal(
  draft: ReportDraft,
  group: AccountGroup,
  proposal: Pick<Proposal, 'method' | 'amount'>,
): ReportDraft {
  if (proposal.amount === null) return draft;
  return {
    ...draft,
    forecasts: {
      ...draft.forecasts,
      [group]: { text: tkrText(proposal.amount), method: proposal.method },
    },
  };
}

/** The method a save may name: a proposal's, or 'entered' for anything else. */
function sendableMethod(method: string): ForecastOrigin {
  return (FORECAST_METHODS as readonly string[]).includes(method)
    ? (method as ForecastMethod)
    : 'entered';
}

/** "Budget", "Förra årets mönster", "Inmatad", "Inläst från fil". */
export function forecastOriginSv(method: string): string {
  if ((FORECAST_METHODS as readonly string[]).includes(method))
    return FORECAST_METHOD_NAMES_SV[method as ForecastMethod];
  return method === 'imported' ? 'Inläst från fil' : 'Inmatad';
}

/** A field's key, also its error's key: "forecast-personnel_costs", "comment", "action". */
export type ReportField = `forecast-${AccountGroup}` | ReportTextKey;
/** The report's texts: Kommentar till avvikelsen, Åtgärd till avvikelsen, till prognosen. */
type ReportTextKey = 'comment' | 'action' | 'forecastComment';
const TEXT_KEYS: readonly ReportTextKey[] = ['comment', 'action', 'forecastComment'];
const isTextKey = (field: ReportField): field is ReportTextKey =>
  (TEXT_KEYS as readonly string[]).includes(field);
export const forecastField = (group: AccountGroup): ReportField => `forecast-${group}`;

export type ReportErrors = Readonly<Partial<Record<ReportField, string>>>;

const WHOLE_TKR = 'Ange prognosen i hela tkr, t.ex. -1 250 (kostnader med minustecken).';
const KEEP_SAVED = 'En sparad prognos kan inte tömmas. Skriv ett belopp i hela tkr.';
const TEXT_MAX = 10_000;

/** A forecast as typed: empty, a figure in öre, or not a whole number. */
export type ForecastReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'amount'; readonly amount: Ore }
  | { readonly kind: 'invalid' };

export function readForecast(text: string): ForecastReading {
  const parsed = parseWholeNumberSv(text);
  if (parsed.kind === 'empty') return { kind: 'empty' };
  if (parsed.kind === 'invalid') return { kind: 'invalid' };
  return { kind: 'amount', amount: oreFromTkr(parsed.value) };
}

/** The forecast that stands for a group: as typed, else this month's, the previous, the budget. */
export function standingForecast(group: ReportGroup, draft: ReportDraft): Ore | null {
  const reading = readForecast(forecastOf(draft, group.accountGroup).text);
  if (reading.kind === 'invalid') return null;
  if (reading.kind === 'amount') return reading.amount;
  return group.forecast?.amount ?? group.previousForecast ?? group.budget;
}

/** What a group's forecast stands at without a figure typed: "föregående prognos" or "budget". */
export function standingSourceSv(group: ReportGroup): string {
  if (group.forecast) return 'sparad prognos';
  return group.previousForecast === null ? 'budgeten' : 'föregående prognos';
}

/** The sum of the forecasts that stand; null while a figure is not a whole number. */
export function forecastSum(report: UnitReport, draft: ReportDraft): Ore | null {
  const amounts = report.groups.map((group) => standingForecast(group, draft));
  return amounts.some((amount) => amount === null) ? null : sumOre(amounts as Ore[]);
}

const sameText = (a: string, b: string): boolean => a.trim() === b.trim();

/** Whether a group's forecast differs from what the report holds (figure or method). */
function forecastChanged(group: ReportGroup, draft: ForecastDraft): boolean {
  const reading = readForecast(draft.text);
  if (!group.forecast) return reading.kind !== 'empty';
  if (reading.kind !== 'amount') return true;
  return reading.amount !== group.forecast.amount || draft.method !== group.forecast.method;
}

/** The fields that differ from the report the form was read from (or saved into). */
export function changedFields(report: UnitReport, draft: ReportDraft): ReportField[] {
  const changed: ReportField[] = report.groups
    .filter((group) => forecastChanged(group, forecastOf(draft, group.accountGroup)))
    .map((group) => forecastField(group.accountGroup));
  if (!sameText(draft.comment, report.comment?.body ?? '')) changed.push('comment');
  if (!sameText(draft.action, report.action?.body ?? '')) changed.push('action');
  if (!sameText(draft.forecastComment, report.forecastComment?.body ?? ''))
    changed.push('forecastComment');
  return changed;
}

export interface ReadReport {
  /** What to send, or null while a field must be put right. */
  readonly body: SaveReportBody | null;
  readonly errors: ReportErrors;
  /** How many fields differ from what is saved. */
  readonly changed: number;
}

/**
 * Reads the form into a save: the forecasts and texts that changed, each with the revision
 * it was read at (null when nothing was saved), so a save over someone else's is refused.
 * Submitting also asks for the comment and action the threshold requires.
 */
export function readReport(
  report: UnitReport,
  draft: ReportDraft,
  intent: 'save' | 'submit',
): ReadReport {
  const errors: Partial<Record<ReportField, string>> = {};
  const forecasts: SaveReportBody['forecasts'] = [];
  for (const group of report.groups) {
    const field = forecastField(group.accountGroup);
    const typed = forecastOf(draft, group.accountGroup);
    const reading = readForecast(typed.text);
    if (reading.kind === 'invalid') {
      errors[field] = WHOLE_TKR;
      continue;
    }
    if (reading.kind === 'empty') {
      if (group.forecast) errors[field] = KEEP_SAVED;
      continue;
    }
    if (!forecastChanged(group, typed)) continue;
    forecasts.push({
      accountGroup: group.accountGroup,
      amount: reading.amount,
      method: sendableMethod(typed.method),
      baseRevision: group.forecast?.revision ?? null,
    });
  }
  const text = (field: ReportTextKey, body: string, required: boolean, name: string) => {
    const saved = report[field];
    if (body.length > TEXT_MAX)
      errors[field] = `${name} får vara högst ${formatInteger(TEXT_MAX)} tecken.`;
    // The reasons are shown with the fields; the error says what to do.
    if (intent === 'submit' && required && body.trim() === '')
      errors[field] = `${name} krävs för att lämna in. Skriv den innan du lämnar in.`;
    return sameText(body, saved?.body ?? '')
      ? null
      : { body: body.trim(), baseRevision: saved?.revision ?? null };
  };
  const comment = text(
    'comment',
    draft.comment,
    report.requirement.commentRequired,
    'Kommentar till avvikelsen',
  );
  const action = text(
    'action',
    draft.action,
    report.requirement.actionRequired,
    'Åtgärd till avvikelsen',
  );
  const forecastComment = text(
    'forecastComment',
    draft.forecastComment,
    false,
    'Kommentar till prognosen',
  );
  const changed = changedFields(report, draft).length;
  if (Object.keys(errors).length > 0) return { body: null, errors, changed };
  return {
    body: {
      year: report.year,
      month: report.month,
      forecasts,
      comment,
      action,
      forecastComment,
      submit: intent === 'submit',
    },
    errors,
    changed,
  };
}

/** Someone else's saved version of a field the user has changed too. */
export interface ReportConflict {
  readonly field: ReportField;
  /** "Kommentar till avvikelsen", "Prognos Personalkostnader". */
  readonly label: string;
  /** Their version as shown: the text, or "-1 250 tkr (Budget)". */
  readonly theirs: string;
  readonly mine: string;
  readonly savedBy: string | null;
  readonly savedAt: string | null;
}

interface Saved {
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly updatedAt: string;
}

function savedOf(report: UnitReport, field: ReportField): Saved | null {
  if (isTextKey(field)) return report[field];
  const group = report.groups.find((candidate) => forecastField(candidate.accountGroup) === field);
  return group?.forecast ?? null;
}

/** A field's value as compared: the trimmed text, or the figure and method. */
function valueOf(draft: ReportDraft, field: ReportField): string {
  if (isTextKey(field)) return draft[field].trim();
  const typed = draft.forecasts[field.slice('forecast-'.length) as AccountGroup] ?? EMPTY_FORECAST;
  const reading = readForecast(typed.text);
  return reading.kind === 'amount' ? `${String(reading.amount)}|${typed.method}` : typed.text;
}

function shownValue(draft: ReportDraft, field: ReportField): string {
  if (isTextKey(field)) return draft[field].trim();
  const typed = draft.forecasts[field.slice('forecast-'.length) as AccountGroup] ?? EMPTY_FORECAST;
  const reading = readForecast(typed.text);
  if (reading.kind !== 'amount') return typed.text.trim() === '' ? '(ingen prognos)' : typed.text;
  return `${formatTkr(reading.amount)} tkr (${forecastOriginSv(typed.method)})`;
}

export function fieldLabelSv(field: ReportField): string {
  if (field === 'comment') return 'Kommentar till avvikelsen';
  if (field === 'action') return 'Åtgärd till avvikelsen';
  if (field === 'forecastComment') return 'Kommentar till prognosen';
  return `Prognos ${ACCOUNT_GROUP_NAMES_SV[field.slice('forecast-'.length) as AccountGroup]}`;
}

function allFields(report: UnitReport): ReportField[] {
  return [...report.groups.map((group) => forecastField(group.accountGroup)), ...TEXT_KEYS];
}

/** Replaces one field of the form with its value in a report (to take the saved version). */
export function takeSaved(draft: ReportDraft, report: UnitReport, field: ReportField): ReportDraft {
  const saved = draftOf(report);
  if (isTextKey(field)) return { ...draft, [field]: saved[field] };
  const group = field.slice('forecast-'.length) as AccountGroup;
  return { ...draft, forecasts: { ...draft.forecasts, [group]: forecastOf(saved, group) } };
}

/**
 * After a save was refused because someone else saved first: the form on top of the report
 * as it is now. A field the user did not change takes the saved value; a field both changed
 * keeps the user's and is a conflict, with the other's version to show beside it (unless both
 * wrote the same). The fresh report becomes the form's base, so saving again replaces the
 * other's version with the user's; taking theirs (takeSaved) drops the user's.
 */
export function rebaseOnSaved(
  base: UnitReport,
  draft: ReportDraft,
  fresh: UnitReport,
): { readonly draft: ReportDraft; readonly conflicts: readonly ReportConflict[] } {
  const baseDraft = draftOf(base);
  const freshDraft = draftOf(fresh);
  let next = draft;
  const conflicts: ReportConflict[] = [];
  for (const field of allFields(fresh)) {
    const mineChanged = valueOf(draft, field) !== valueOf(baseDraft, field);
    if (!mineChanged) {
      next = takeSaved(next, fresh, field);
      continue;
    }
    const before = savedOf(base, field);
    const now = savedOf(fresh, field);
    const theirsChanged = (before?.revision ?? null) !== (now?.revision ?? null);
    if (!theirsChanged || valueOf(draft, field) === valueOf(freshDraft, field)) continue;
    conflicts.push({
      field,
      label: fieldLabelSv(field),
      theirs: shownValue(freshDraft, field),
      mine: shownValue(draft, field),
      savedBy: now?.updatedBy ?? null,
      savedAt: now?.updatedAt ?? null,
    });
  }
  return { draft: next, conflicts };
}
