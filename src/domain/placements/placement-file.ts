import { cellOf, cleanText, readHeader, type FileRow } from '../goals/tabular-file';
import { ore, type Ore } from '../kernel/money';
import { parseKronorToOre } from '../kernel/parse';
import { isIsoDate, type IsoDate } from '../kernel/period';

/**
 * The case system's placement register as a file (köpt vård): CSV
 * `placering_id;enhet;insatstyp;lagrum;startdatum;slutdatum;planerat_slutdatum;dygnskostnad`,
 * the columns in any order (others are left out, not read and not stored). `placering_id` is the case system's reference for the placement,
 * never a personal identity number; `slutdatum` is empty while the placement goes on and
 * `planerat_slutdatum` may be empty; `dygnskostnad` in kr with at most two decimals (comma or
 * point). Whether a unit code exists is checked by the service against the board's units.
 */

export const PLACEMENT_COLUMNS = [
  'placering_id',
  'enhet',
  'insatstyp',
  'lagrum',
  'startdatum',
  'slutdatum',
  'planerat_slutdatum',
  'dygnskostnad',
] as const;
export type PlacementColumn = (typeof PLACEMENT_COLUMNS)[number];

/** The kinds of care the report knows by name; any other text is kept as written. */
export const KNOWN_CARE_TYPES = ['HVB', 'familjehem', 'SiS', 'stödboende', 'skyddat boende'];

export const LEGAL_BASES = ['SoL', 'LVU', 'LVM'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export interface PlacementRow {
  readonly line: number;
  readonly placementRef: string;
  readonly unitCode: string;
  readonly careType: string;
  readonly legalBasis: LegalBasis;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  readonly plannedEndDate: IsoDate | null;
  readonly dailyCost: Ore;
}

export type PlacementProblem =
  | 'not-text'
  | 'empty-file'
  | 'no-rows'
  | 'missing-column'
  | 'duplicate-column'
  | 'missing-id'
  | 'duplicate-id'
  | 'missing-unit'
  | 'unknown-unit'
  | 'missing-care-type'
  | 'unknown-legal-basis'
  | 'missing-date'
  | 'invalid-date'
  | 'end-before-start'
  | 'planned-end-before-start'
  | 'missing-cost'
  | 'invalid-cost'
  | 'negative-cost';

/** One problem: its line (null: the file as a whole), its column and the value found. */
export interface PlacementIssue {
  readonly line: number | null;
  readonly column?: string;
  readonly value?: string;
  readonly problem: PlacementProblem;
}

const SENTENCES_SV: Readonly<Record<PlacementProblem, string>> = {
  'not-text': 'Filen är ingen text i UTF-8: spara registret som CSV (UTF-8, semikolonavgränsad)',
  'empty-file': `Filen är tom: den ska börja med rubrikraden ${PLACEMENT_COLUMNS.join(';')}`,
  'no-rows': 'Filen har bara en rubrikrad, inga placeringar under den',
  'missing-column': 'Kolumnen saknas i rubrikraden',
  'duplicate-column': 'Kolumnen finns två gånger i rubrikraden',
  'missing-id': 'Placeringens id saknas',
  'duplicate-id': 'Placeringens id finns redan på en tidigare rad',
  'missing-unit': 'Enheten saknas',
  'unknown-unit': 'Enheten finns inte bland nämndens enheter',
  'missing-care-type': 'Insatstypen saknas (t.ex. HVB, familjehem, SiS, stödboende)',
  'unknown-legal-basis': 'Lagrummet ska vara SoL, LVU eller LVM',
  'missing-date': 'Datumet saknas',
  'invalid-date': 'Datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern, t.ex. 2023-03-15',
  'end-before-start': 'Slutdatumet är före startdatumet',
  'planned-end-before-start': 'Det planerade slutdatumet är före startdatumet',
  'missing-cost': 'Dygnskostnaden saknas',
  'invalid-cost':
    'Dygnskostnaden ska vara ett belopp i kronor med högst två decimaler, t.ex. 3450,50',
  'negative-cost': 'Dygnskostnaden får inte vara negativ',
};

/** "placeringar.csv rad 4, kolumn startdatum: Datumet ska skrivas … (”2023-02-30”)." */
export function placementIssueSv(issue: PlacementIssue, fileName: string): string {
  const place = [
    issue.line === null ? fileName : `${fileName} rad ${String(issue.line)}`,
    ...(issue.column === undefined ? [] : [`kolumn ${issue.column}`]),
  ].join(', ');
  const value = issue.value === undefined || issue.value === '' ? '' : ` (”${issue.value}”)`;
  return `${place}: ${SENTENCES_SV[issue.problem]}${value}.`;
}

type Indexes = ReturnType<typeof readHeader<PlacementColumn>>['indexes'];

/** A required or optional date cell: the date, null when empty and allowed, or its problem. */
function readDate(
  row: FileRow,
  column: PlacementColumn,
  text: string,
  required: boolean,
  issues: PlacementIssue[],
): IsoDate | null | undefined {
  if (text === '') {
    if (required) issues.push({ line: row.line, column, problem: 'missing-date' });
    return required ? undefined : null;
  }
  if (isIsoDate(text)) return text;
  issues.push({ line: row.line, column, problem: 'invalid-date', value: text });
  return undefined;
}

function readCost(row: FileRow, text: string, issues: PlacementIssue[]): Ore | undefined {
  const column = 'dygnskostnad';
  const parsed = parseKronorToOre(text);
  if (parsed.kind === 'empty') issues.push({ line: row.line, column, problem: 'missing-cost' });
  else if (parsed.kind === 'invalid')
    issues.push({ line: row.line, column, problem: 'invalid-cost', value: text });
  else if (parsed.value < 0)
    issues.push({ line: row.line, column, problem: 'negative-cost', value: text });
  else return ore(parsed.value);
  return undefined;
}

const legalBasisOf = (text: string): LegalBasis | undefined =>
  LEGAL_BASES.find((basis) => basis.toLowerCase() === text.toLowerCase());

/** A known care type in its own spelling ("hvb" is HVB), any other text as written. */
export function careTypeOf(text: string): string {
  return KNOWN_CARE_TYPES.find((type) => type.toLowerCase() === text.toLowerCase()) ?? text;
}

function readRow(
  row: FileRow,
  indexes: Indexes,
): { readonly entry: PlacementRow | null; readonly issues: readonly PlacementIssue[] } {
  const cell = (column: PlacementColumn) => cleanText(cellOf(row, indexes, column));
  const issues: PlacementIssue[] = [];
  const line = row.line;
  const placementRef = cell('placering_id');
  if (placementRef === '') issues.push({ line, column: 'placering_id', problem: 'missing-id' });
  const unitCode = cell('enhet');
  if (unitCode === '') issues.push({ line, column: 'enhet', problem: 'missing-unit' });
  const careType = careTypeOf(cell('insatstyp'));
  if (careType === '') issues.push({ line, column: 'insatstyp', problem: 'missing-care-type' });
  const legalText = cell('lagrum');
  const legalBasis = legalBasisOf(legalText);
  if (legalBasis === undefined)
    issues.push({ line, column: 'lagrum', problem: 'unknown-legal-basis', value: legalText });
  const startDate = readDate(row, 'startdatum', cell('startdatum'), true, issues);
  const endDate = readDate(row, 'slutdatum', cell('slutdatum'), false, issues);
  const plannedEndDate = readDate(
    row,
    'planerat_slutdatum',
    cell('planerat_slutdatum'),
    false,
    issues,
  );
  if (startDate && endDate && endDate < startDate)
    issues.push({ line, column: 'slutdatum', problem: 'end-before-start', value: endDate });
  if (startDate && plannedEndDate && plannedEndDate < startDate)
    issues.push({
      line,
      column: 'planerat_slutdatum',
      problem: 'planned-end-before-start',
      value: plannedEndDate,
    });
  const dailyCost = readCost(row, cell('dygnskostnad'), issues);
  if (
    issues.length > 0 ||
    legalBasis === undefined ||
    !startDate ||
    endDate === undefined ||
    plannedEndDate === undefined ||
    dailyCost === undefined
  )
    return { entry: null, issues };
  return {
    entry: {
      line,
      placementRef,
      unitCode,
      careType,
      legalBasis,
      startDate,
      endDate,
      plannedEndDate,
      dailyCost,
    },
    issues,
  };
}

/** Reads the register's rows (the header first), or names every problem. */
export function parsePlacementFile(rows: readonly FileRow[]): {
  readonly placements: readonly PlacementRow[] | null;
  readonly issues: readonly PlacementIssue[];
} {
  const [header, ...body] = rows;
  if (!header) return { placements: null, issues: [{ line: null, problem: 'empty-file' }] };
  const head = readHeader(header, PLACEMENT_COLUMNS, PLACEMENT_COLUMNS);
  // Other columns (a case system's export may have more) are left out: not read, not stored.
  const headerIssues = head.issues.flatMap((issue): PlacementIssue[] =>
    issue.problem === 'unknown-column'
      ? []
      : [{ line: issue.line, problem: issue.problem, column: issue.column }],
  );
  if (headerIssues.length > 0) return { placements: null, issues: headerIssues };
  if (body.length === 0)
    return { placements: null, issues: [{ line: header.line, problem: 'no-rows' }] };
  const placements: PlacementRow[] = [];
  const issues: PlacementIssue[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of body) {
    const read = readRow(row, head.indexes);
    issues.push(...read.issues);
    const ref = cleanText(cellOf(row, head.indexes, 'placering_id'));
    const earlier = firstLineOf.get(ref);
    if (ref !== '' && earlier !== undefined)
      issues.push({
        line: row.line,
        column: 'placering_id',
        problem: 'duplicate-id',
        value: `${ref}, rad ${String(earlier)}`,
      });
    else if (ref !== '') firstLineOf.set(ref, row.line);
    if (read.entry !== null) placements.push(read.entry);
  }
  return issues.length > 0 ? { placements: null, issues } : { placements, issues: [] };
}

/** The unit codes the file names that are not among `known`, named by line and column. */
export function unknownUnitIssues(
  placements: readonly PlacementRow[],
  known: ReadonlySet<string>,
): PlacementIssue[] {
  return placements
    .filter((placement) => !known.has(placement.unitCode))
    .map((placement) => ({
      line: placement.line,
      column: 'enhet',
      problem: 'unknown-unit' as const,
      value: placement.unitCode,
    }));
}
