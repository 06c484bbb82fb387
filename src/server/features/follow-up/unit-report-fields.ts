import type { Ore } from '#domain/kernel/money';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { FollowUpCommentKind, ForecastMethod } from '#server/db/schema';
import type { Db } from '#server/db/types';
import { editConflict, savedField, textMatches, type ConflictingField } from './follow-up-conflict';
import {
  insertComment,
  insertForecast,
  lockComments,
  lockForecasts,
  savedReportFields,
  updateComment,
  updateForecast,
  type SavedStamp,
  type UnitMonth,
} from './follow-up-saves.repo';

/**
 * A unit's forecasts and texts for a month saved over the revisions the editor read: the rows
 * are locked and compared first, and a figure or text someone else saved since is a conflict
 * that saves nothing. Returns what changed, before and after over the same keys.
 */

/** A text as sent: its body and the revision it was read at (null: there was none). */
export interface TextInput {
  readonly body: string;
  readonly baseRevision: number | null;
}

export interface ReportFieldsInput {
  readonly forecasts: readonly {
    accountGroup: AccountGroup;
    amount: Ore;
    method: ForecastMethod;
    baseRevision: number | null;
  }[];
  readonly comment: TextInput | null;
  readonly action: TextInput | null;
  /** Kommentar till prognosen; left out or null: not changed. */
  readonly forecastComment?: TextInput | null | undefined;
}

/** The report's texts and the kind each is stored as in follow_up_comment. */
const TEXT_KINDS = {
  comment: 'variance',
  action: 'action',
  forecastComment: 'forecast',
} as const satisfies Record<string, FollowUpCommentKind>;
type TextField = keyof typeof TEXT_KINDS;
const TEXT_FIELDS = Object.keys(TEXT_KINDS) as TextField[];

/** What a save changed: the same keys before and after, only those that changed. */
export interface ReportChanges {
  readonly before: Record<string, unknown>;
  readonly after: Record<string, unknown>;
}

/** The fields saved since the editor read them, as they are saved now (for the refusal). */
async function conflictsNow(
  db: Db,
  key: UnitMonth,
  input: ReportFieldsInput,
): Promise<ConflictingField[]> {
  const saved = await savedReportFields(db, key);
  const forecasts = input.forecasts.flatMap((forecast): ConflictingField[] => {
    const now = saved.forecasts.find((row) => row.accountGroup === forecast.accountGroup);
    if ((now?.revision ?? null) === forecast.baseRevision) return [];
    return [savedField(forecast.accountGroup, now, now?.amount ?? null)];
  });
  const texts = TEXT_FIELDS.flatMap((field): ConflictingField[] => {
    const given = input[field];
    if (!given) return [];
    const now = saved.comments.find((row) => row.kind === TEXT_KINDS[field]);
    if (textMatches(now, given.baseRevision)) return [];
    return [savedField(field, now, now?.body ?? null)];
  });
  return [...forecasts, ...texts];
}

/**
 * The refusal of a save: the fields someone else saved since they were read (and a conflict
 * found before them, such as the status), with what is saved now.
 */
export async function reportConflict(
  db: Db,
  key: UnitMonth,
  input: ReportFieldsInput,
  first: readonly ConflictingField[] = [],
) {
  return editConflict([...first, ...(await conflictsNow(db, key, input))]);
}

/**
 * Saves the forecasts and texts over the revisions read, in one order for every save (groups,
 * then texts), so two saves lock the same rows in the same order. Throws the conflict (409) if
 * any was saved by someone else since; the caller's transaction then writes nothing.
 */
export async function saveReportFields(
  db: Db,
  key: UnitMonth,
  input: ReportFieldsInput,
  saved: SavedStamp,
): Promise<ReportChanges> {
  const forecasts = [...input.forecasts].sort((a, b) => (a.accountGroup < b.accountGroup ? -1 : 1));
  const texts = TEXT_FIELDS.flatMap((field) => {
    const given = input[field];
    return given ? [{ field, kind: TEXT_KINDS[field], ...given }] : [];
  });
  const lockedForecasts = await lockForecasts(
    db,
    key,
    forecasts.map((forecast) => forecast.accountGroup),
  );
  const lockedTexts = await lockComments(
    db,
    key,
    texts.map((text) => text.kind),
  );
  const storedForecast = (group: AccountGroup) =>
    lockedForecasts.find((row) => row.accountGroup === group);
  const storedText = (kind: FollowUpCommentKind) => lockedTexts.find((row) => row.kind === kind);
  const stale =
    forecasts.some(
      (forecast) =>
        (storedForecast(forecast.accountGroup)?.revision ?? null) !== forecast.baseRevision,
    ) || texts.some((text) => !textMatches(storedText(text.kind), text.baseRevision));
  if (stale) throw await reportConflict(db, key, input);

  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const forecastsBefore: Record<string, unknown> = {};
  const forecastsAfter: Record<string, unknown> = {};
  let lost = false;
  for (const forecast of forecasts) {
    const stored = storedForecast(forecast.accountGroup);
    if (stored?.amount === forecast.amount && stored.method === forecast.method) continue;
    const written = stored
      ? await updateForecast(db, key, stored, forecast, saved)
      : await insertForecast(db, key, forecast, saved);
    lost ||= !written;
    forecastsBefore[forecast.accountGroup] = stored
      ? { amount: stored.amount, method: stored.method }
      : null;
    forecastsAfter[forecast.accountGroup] = { amount: forecast.amount, method: forecast.method };
  }
  if (Object.keys(forecastsAfter).length > 0) {
    before.forecasts = forecastsBefore;
    after.forecasts = forecastsAfter;
  }
  for (const text of texts) {
    const stored = storedText(text.kind);
    const body = text.body.trim();
    const storedBody = stored?.body ?? '';
    if (storedBody === body) continue;
    // Emptied, a text keeps its row (as ''): its revision goes on, so no old one matches again.
    const written = stored
      ? await updateComment(db, key, stored, body, saved)
      : await insertComment(db, key, text.kind, body, saved);
    lost ||= !written;
    before[text.field] = storedBody === '' ? null : storedBody;
    after[text.field] = body === '' ? null : body;
  }
  // Someone else created a row between the lock and the write: refused as above.
  if (lost) throw await reportConflict(db, key, input);
  return { before, after };
}
