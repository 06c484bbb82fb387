/**
 * An audit row's before, after and details as a person reads them: the fields that changed,
 * with Swedish names, each value written out briefly ("namn: Gamla → Nya").
 */

/** Swedish names of the fields the log's rows hold; a field not listed keeps its own name. */
const FIELD_NAMES_SV: Readonly<Record<string, string>> = {
  name: 'namn',
  displayName: 'namn',
  username: 'användarnamn',
  email: 'e-post',
  role: 'roll',
  roles: 'roller',
  municipalityId: 'kommun',
  boardId: 'nämnd',
  orgUnitId: 'enhet',
  installationAdmin: 'installationsadministratör',
  mustChangePassword: 'måste byta lösenord',
  disabled: 'inaktiverad',
  disabledAt: 'inaktiverad',
  code: 'kod',
  kind: 'typ',
  parentId: 'överordnad',
  validFrom: 'giltig från',
  validTo: 'giltig till',
  accountFrom: 'konto från',
  accountTo: 'konto till',
  accountGroup: 'kontogrupp',
  fileName: 'fil',
  sha256: 'SHA-256',
  months: 'månader',
  actualMonths: 'månader med utfall',
  transactionCount: 'transaktioner',
  newMunicipality: 'ny kommun',
  createdUnits: 'nya enheter',
  createdAccounts: 'nya konton',
  reason: 'orsak',
  method: 'sätt',
  filters: 'urval',
  rowCount: 'rader',
  user: 'användare',
  from: 'från',
  to: 'till',
  objectType: 'objekttyp',
  objectId: 'objekt-id',
  action: 'händelse',
  document: 'dokument',
  format: 'format',
  year: 'år',
  month: 'månad',
  publishedAt: 'publicerad',
  boardCode: 'nämnd',
};

/** Values some fields hold as codes (why a sign-in failed), in Swedish, by field. */
const VALUE_NAMES_SV: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  reason: {
    'unknown-user': 'okänt användarnamn',
    'wrong-password': 'fel lösenord',
    disabled: 'inaktiverat konto',
    'account-and-address': 'för många försök för kontot från adressen',
    account: 'för många försök för kontot (väntetid)',
    address: 'för många försök från adressen',
  },
  method: { password: 'lösenord', sso: 'kommunens inloggning (SSO)' },
  document: {
    budget: 'budgetdokument',
    'budget-workbook': 'budget som Excel',
    'forecast-sheet': 'prognosunderlag',
    'monthly-report': 'månadsrapport',
  },
  kind: { publish: 'publicering', reopen: 'öppnad igen' },
};

export function auditFieldNameSv(field: string): string {
  return FIELD_NAMES_SV[field] ?? field;
}

type Plain = Readonly<Record<string, unknown>>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A value briefly: text as is (a code in Swedish where the field is known), yes/no, lists with
 * commas, anything else as JSON.
 */
export function auditValueSv(value: unknown, field?: string | null): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string')
    return (field ? VALUE_NAMES_SV[field]?.[value] : undefined) ?? value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? '–' : value.map((item) => auditValueSv(item, field)).join(', ');
  }
  return JSON.stringify(value);
}

/** One field of a change; field null when the whole value is not an object. */
export interface AuditChange {
  readonly field: string | null;
  /** Absent: the field did not exist before (a creation). */
  readonly before?: unknown;
  /** Absent: the field does not exist after (a deletion). */
  readonly after?: unknown;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between before and after. A creation (nothing before) lists every
 * field after, a deletion every field before; two equal values give nothing.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!hasBefore && !hasAfter) return [];
  const beforeFields = hasBefore ? before : {};
  const afterFields = hasAfter ? after : {};
  if (!isPlainObject(beforeFields) || !isPlainObject(afterFields)) {
    if (same(before, after)) return [];
    return [{ field: null, ...(hasBefore ? { before } : {}), ...(hasAfter ? { after } : {}) }];
  }
  const fields = [...new Set([...Object.keys(beforeFields), ...Object.keys(afterFields)])];
  return fields.flatMap((field): AuditChange[] => {
    const inBefore = Object.hasOwn(beforeFields, field);
    const inAfter = Object.hasOwn(afterFields, field);
    if (inBefore && inAfter && same(beforeFields[field], afterFields[field])) return [];
    return [
      {
        field,
        ...(inBefore ? { before: beforeFields[field] } : {}),
        ...(inAfter ? { after: afterFields[field] } : {}),
      },
    ];
  });
}

/** A list of "field: value" lines: the changed fields' old (or new) values, or a row's details. */
export interface AuditLine {
  readonly field: string | null;
  readonly value: string;
}

/** The changed fields as they were before: "namn: Gamla"; none for a creation. */
export function auditBeforeLines(before: unknown, after: unknown): AuditLine[] {
  return auditChanges(before, after).flatMap((change) =>
    'before' in change ? [line(change.field, change.before)] : [],
  );
}

/** The changed fields as they are after: "namn: Nya"; none for a deletion. */
export function auditAfterLines(before: unknown, after: unknown): AuditLine[] {
  return auditChanges(before, after).flatMap((change) =>
    'after' in change ? [line(change.field, change.after)] : [],
  );
}

/** A row's details, field by field ("orsak: fel lösenord"). */
export function auditDetailLines(details: unknown): AuditLine[] {
  if (details === null || details === undefined) return [];
  if (!isPlainObject(details)) return [line(null, details)];
  return Object.entries(details).map(([field, value]) => line(field, value));
}

function line(field: string | null, value: unknown): AuditLine {
  if (field === null) return { field: null, value: auditValueSv(value) };
  // An object inside (the filters of an export) as its own "name: value" list.
  const text = isPlainObject(value)
    ? Object.entries(value)
        .map(([key, inner]) => `${auditFieldNameSv(key)}: ${auditValueSv(inner, key)}`)
        .join(', ') || '–'
    : auditValueSv(value, field);
  return { field: auditFieldNameSv(field), value: text };
}

/** Lines as one text: "namn: Gamla; kod: 811". */
export function auditLinesText(lines: readonly AuditLine[]): string {
  return lines
    .map((entry) => (entry.field === null ? entry.value : `${entry.field}: ${entry.value}`))
    .join('; ');
}

/** The change as one text: "namn: Gamla → Nya; kod: – → 811". */
export function auditChangesText(before: unknown, after: unknown): string {
  return auditChanges(before, after)
    .map((change) => {
      const from = 'before' in change ? auditValueSv(change.before, change.field) : '–';
      const to = 'after' in change ? auditValueSv(change.after, change.field) : '–';
      const text = !('before' in change)
        ? to
        : !('after' in change)
          ? `${from} → (borttaget)`
          : `${from} → ${to}`;
      return change.field === null ? text : `${auditFieldNameSv(change.field)}: ${text}`;
    })
    .join('; ');
}
