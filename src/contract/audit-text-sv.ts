import { auditActionNameSv, auditObjectTypeNameSv } from '../domain/access/audit-actions';
import { auditChanges } from '../domain/access/audit-changes';
import { formatInteger, formatPercentFromBasisPoints } from '../domain/kernel/format';
import { auditFieldSv, type AuditField } from './audit-fields-sv';
import { swedishDateTime } from './swedish-time';

/**
 * An audit row's before, after and details as a revisor reads them: only what changed, each
 * field by its Swedish label ("Status: Inlämnad", "Kontogrupp: Personalkostnader"), amounts in
 * kr with Swedish digit groups instead of öre, codes by their Swedish names, and ids by the
 * names of what they are (units, users, boards, budget versions) as the server looked them up
 * when the log was read; an id it could not name (a removed unit) stays an id. Presentation
 * only: the stored rows and their hashes are as written.
 */

/** Names of the ids a page of the log mentions: id -> "8113 Utredning ungdom". */
export type AuditNames = Readonly<Record<string, string>>;

const NO_NAMES: AuditNames = {};

/** "8113 Utredning ungdom": an id the names know; anything else as it is. */
const named = (text: string, names: AuditNames): string => names[text] ?? text;

const ISO_MOMENT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** An object id with its ids named: "<board>/2023-08" -> "Socialnämnden/2023-08". */
export function auditObjectIdSv(objectId: string, names: AuditNames = NO_NAMES): string {
  return objectId.replace(UUID, (id) => named(id.toLowerCase(), names));
}

/** The filters of an export: an action, an object type by their Swedish names. */
const FILTER_FIELDS: Readonly<
  Record<string, { readonly label: string; readonly name: (value: string) => string }>
> = {
  action: { label: 'Händelse', name: auditActionNameSv },
  objectType: { label: 'Objekttyp', name: auditObjectTypeNameSv },
};

/** "-1 200 000 kr", "1 234,50 kr": öre as kronor, öre shown only when there are any. */
function kronorSv(ore: number): string {
  const whole = Math.trunc(ore / 100);
  const cents = Math.abs(ore % 100);
  const sign = ore < 0 ? '-' : '';
  const kronor = formatInteger(Math.abs(whole));
  return `${sign}${kronor}${cents === 0 ? '' : `,${String(cents).padStart(2, '0')}`} kr`;
}

type Plain = Readonly<Record<string, unknown>>;
const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value briefly, as its field says: money in kr, codes named, ids named, yes/no. */
export function auditValueSv(
  value: unknown,
  field: AuditField | null,
  names: AuditNames = NO_NAMES,
): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'number') {
    if (field?.kind === 'money' && Number.isInteger(value)) return kronorSv(value);
    if (field?.kind === 'basis-points') return formatPercentFromBasisPoints(value);
    // Counts with five digits or more get their thousands space (12 345); four digits and fewer
    // stay as they are, as Swedish writes them, so a year reads 2025, never 2 025.
    if (Number.isInteger(value) && Math.abs(value) >= 10_000) return formatInteger(value);
    return String(value);
  }
  if (typeof value === 'string') {
    // A moment (when a month was published) in Swedish time, as the log's own times.
    if (ISO_MOMENT.test(value)) return swedishDateTime(value);
    return field?.values?.[value] ?? named(value, names);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '–';
    const separator = value.some(isPlainObject) ? '; ' : ', ';
    return value.map((item) => auditValueSv(item, field, names)).join(separator);
  }
  if (isPlainObject(value)) {
    return (
      Object.entries(value)
        .map(
          ([key, inner]) => `${fieldLabel(key)}: ${auditValueSv(inner, auditFieldSv(key), names)}`,
        )
        .join(', ') || '–'
    );
  }
  return JSON.stringify(value);
}

const fieldLabel = (key: string): string => auditFieldSv(key).label;

/** A field's label with the fields it is inside: "Prognos – Personalkostnader – Belopp". */
const pathLabel = (path: readonly string[]): string => path.map(fieldLabel).join(' – ');

/** One line of a change or of details: "Status: Inlämnad"; field null for a bare value. */
export interface AuditLine {
  readonly field: string | null;
  readonly value: string;
}

interface FlatChange {
  readonly path: readonly string[];
  readonly before?: unknown;
  readonly after?: unknown;
}

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/**
 * The changes down to the fields that differ: an object on both sides (a unit's forecasts
 * per account group) is opened, so only the groups, and in them the figures, that changed are
 * listed.
 */
function flatChanges(before: unknown, after: unknown, path: readonly string[] = []): FlatChange[] {
  return auditChanges(before, after).flatMap((change): FlatChange[] => {
    // A field that appears empty (a publication's reason '') or goes empty changed nothing.
    const one = 'before' in change ? ('after' in change ? undefined : change.before) : change.after;
    if (!('before' in change && 'after' in change) && isEmpty(one)) return [];
    const at = change.field === null ? path : [...path, change.field];
    const opens =
      change.field !== null &&
      (change.before === undefined || change.before === null || isPlainObject(change.before)) &&
      (change.after === undefined || change.after === null || isPlainObject(change.after)) &&
      (isPlainObject(change.before) || isPlainObject(change.after));
    if (opens) return flatChanges(change.before ?? null, change.after ?? null, at);
    return [
      {
        path: at,
        ...('before' in change ? { before: change.before } : {}),
        ...('after' in change ? { after: change.after } : {}),
      },
    ];
  });
}

function lineOf(path: readonly string[], value: unknown, names: AuditNames): AuditLine {
  const last = path.at(-1);
  return {
    field: last === undefined ? null : pathLabel(path),
    value: auditValueSv(value, last === undefined ? null : auditFieldSv(last), names),
  };
}

/** A bare list of records (a budget's changed cells): a line each. */
function valueLines(value: unknown, names: AuditNames): AuditLine[] {
  if (Array.isArray(value) && value.some(isPlainObject))
    return value.map((item) => lineOf([], item, names));
  return [lineOf([], value, names)];
}

function sideLines(
  before: unknown,
  after: unknown,
  side: 'before' | 'after',
  names: AuditNames,
): AuditLine[] {
  return flatChanges(before, after).flatMap((change) => {
    if (!(side in change)) return [];
    const value = change[side];
    return change.path.length === 0
      ? valueLines(value, names)
      : [lineOf(change.path, value, names)];
  });
}

/** The changed fields as they were before: "Namn: Gamla"; none for a creation. */
export function auditBeforeLines(
  before: unknown,
  after: unknown,
  names: AuditNames = NO_NAMES,
): AuditLine[] {
  return sideLines(before, after, 'before', names);
}

/** The changed fields as they are after: "Namn: Nya"; none for a deletion. */
export function auditAfterLines(
  before: unknown,
  after: unknown,
  names: AuditNames = NO_NAMES,
): AuditLine[] {
  return sideLines(before, after, 'after', names);
}

/** A row's details, field by field ("Orsak: Fel lösenord"); an export's filters by name. */
export function auditDetailLines(details: unknown, names: AuditNames = NO_NAMES): AuditLine[] {
  if (details === null || details === undefined) return [];
  if (!isPlainObject(details)) return valueLines(details, names);
  return Object.entries(details).map(([key, value]) => {
    if (key === 'filters' && isPlainObject(value)) {
      const text = Object.entries(value)
        .map(([filter, inner]) => {
          const special = FILTER_FIELDS[filter];
          if (special && typeof inner === 'string')
            return `${special.label}: ${special.name(inner)}`;
          return `${fieldLabel(filter)}: ${auditValueSv(inner, auditFieldSv(filter), names)}`;
        })
        .join(', ');
      return { field: fieldLabel(key), value: text || '–' };
    }
    return lineOf([key], value, names);
  });
}

/** Lines as one text: "Namn: Gamla; Kod: 811". */
export function auditLinesText(lines: readonly AuditLine[]): string {
  return lines
    .map((entry) => (entry.field === null ? entry.value : `${entry.field}: ${entry.value}`))
    .join('; ');
}

/** The change as one text: "Namn: Gamla → Nya; Giltig till: – → 2024-12-31". */
export function auditChangesText(
  before: unknown,
  after: unknown,
  names: AuditNames = NO_NAMES,
): string {
  return flatChanges(before, after)
    .map((change) => {
      const last = change.path.at(-1);
      const field = last === undefined ? null : auditFieldSv(last);
      const from = 'before' in change ? auditValueSv(change.before, field, names) : '–';
      const to = 'after' in change ? auditValueSv(change.after, field, names) : '–';
      const text = !('before' in change)
        ? to
        : !('after' in change)
          ? `${from} → (borttaget)`
          : `${from} → ${to}`;
      return last === undefined ? text : `${pathLabel(change.path)}: ${text}`;
    })
    .join('; ');
}
