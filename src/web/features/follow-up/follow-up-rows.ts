import type { FollowUpRow } from '#contract/follow-up';
import { FOLLOW_UP_STATUS_NAMES_SV, type FollowUpStatus } from '#domain/follow-up/follow-up-status';
import { oreFromTkr, type Ore } from '#domain/kernel/money';
import { parseWholeNumberSv } from '#domain/kernel/parse';

/**
 * The follow-up table's rows as the controller arranges them: in the organisation's order
 * (each department's sum row with its units under it), or the units alone, largest variance
 * first; and only the units whose variance is beyond an amount. Client side, in öre.
 */

export const FOLLOW_UP_SORTS = ['organisation', 'variance', 'forecast-variance'] as const;
export type FollowUpSort = (typeof FOLLOW_UP_SORTS)[number];

export const FOLLOW_UP_SORT_NAMES_SV: Readonly<Record<FollowUpSort, string>> = {
  organisation: 'Organisation (avdelningar och enheter)',
  variance: 'Störst avvikelse först (plus eller minus)',
  'forecast-variance': 'Störst prognosavvikelse först (plus eller minus)',
};

export const isFollowUpSort = (value: unknown): value is FollowUpSort =>
  typeof value === 'string' && (FOLLOW_UP_SORTS as readonly string[]).includes(value);

export interface RowArrangement {
  readonly sort: FollowUpSort;
  /** Only units whose variance or forecast variance is beyond this (either sign); null: all. */
  readonly beyond: Ore | null;
}

/** A row as shown: the row, and whether it sits under a department's sum row. */
export interface ShownRow {
  readonly row: FollowUpRow;
  readonly indented: boolean;
}

const magnitude = (value: number): number => Math.abs(value);

/** Whether a unit (or a department without units) passes the filter. */
export function isBeyond(row: FollowUpRow, beyond: Ore | null): boolean {
  if (beyond === null) return true;
  return (
    magnitude(row.figures.variance) > beyond || magnitude(row.figures.forecastVariance) > beyond
  );
}

interface Block {
  readonly head: FollowUpRow;
  readonly units: FollowUpRow[];
}

/** Departments with their units, and units directly under the board, in the server's order. */
function blocksOf(rows: readonly FollowUpRow[]): Block[] {
  const departments = new Map<string, Block>();
  for (const row of rows) {
    if (row.orgUnit.kind === 'department')
      departments.set(row.orgUnit.id, { head: row, units: [] });
  }
  const ordered: Block[] = [];
  const placed = new Set<Block>();
  for (const row of rows) {
    if (row.orgUnit.kind === 'department') {
      const block = departments.get(row.orgUnit.id);
      if (block && !placed.has(block)) {
        placed.add(block);
        ordered.push(block);
      }
      continue;
    }
    const parent =
      row.orgUnit.parentId === null ? undefined : departments.get(row.orgUnit.parentId);
    if (parent) parent.units.push(row);
    else ordered.push({ head: row, units: [] });
  }
  return ordered;
}

/** The sort key of a row: the size of the chosen variance. */
const sizeOf = (row: FollowUpRow, sort: Exclude<FollowUpSort, 'organisation'>): number =>
  magnitude(sort === 'variance' ? row.figures.variance : row.figures.forecastVariance);

/**
 * The rows to show. In the organisation's order, a department's sum row stays when any of its
 * units passes the filter (it gives them their context), with those units under it. Sorted by
 * a variance, the units alone (departments' sums would compare unlike things), largest first;
 * equal ones keep the organisation's order.
 */
export function arrangeRows(rows: readonly FollowUpRow[], arrangement: RowArrangement): ShownRow[] {
  const blocks = blocksOf(rows);
  if (arrangement.sort === 'organisation') {
    return blocks.flatMap((block): ShownRow[] => {
      if (block.head.orgUnit.kind === 'unit' || block.units.length === 0) {
        return isBeyond(block.head, arrangement.beyond)
          ? [{ row: block.head, indented: false }]
          : [];
      }
      const units = block.units.filter((unit) => isBeyond(unit, arrangement.beyond));
      if (units.length === 0) return [];
      return [
        { row: block.head, indented: false },
        ...units.map((unit) => ({ row: unit, indented: true })),
      ];
    });
  }
  const sort = arrangement.sort;
  const units = blocks
    .flatMap((block) =>
      block.head.orgUnit.kind === 'unit'
        ? [block.head]
        : block.units.length > 0
          ? block.units
          : [block.head],
    )
    .filter((row) => isBeyond(row, arrangement.beyond));
  return units
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sizeOf(b.row, sort) - sizeOf(a.row, sort) || a.index - b.index)
    .map(({ row }) => ({ row, indented: false }));
}

/** The filter's text as typed: empty is no filter; otherwise whole tkr, 0 or more. */
export type BeyondReading =
  | { readonly ok: true; readonly beyond: Ore | null }
  | { readonly ok: false; readonly error: string };

export function readBeyond(text: string): BeyondReading {
  const parsed = parseWholeNumberSv(text);
  if (parsed.kind === 'empty') return { ok: true, beyond: null };
  if (parsed.kind === 'invalid' || parsed.value < 0)
    return { ok: false, error: 'Ange ett helt antal tkr, 0 eller mer, t.ex. 500.' };
  return { ok: true, beyond: oreFromTkr(parsed.value) };
}

/** Where the units stand: how many have handed in, and who has not, with their status. */
export interface SubmissionSummary {
  readonly units: number;
  /** Inlämnad or Godkänd. */
  readonly handedIn: number;
  readonly approved: number;
  readonly missing: readonly { readonly name: string; readonly status: FollowUpStatus }[];
}

export const isHandedIn = (status: FollowUpStatus): boolean =>
  status === 'submitted' || status === 'approved';

export function submissionSummary(rows: readonly FollowUpRow[]): SubmissionSummary {
  const reports = rows.flatMap((row) =>
    row.report ? [{ name: row.orgUnit.name, status: row.report.status }] : [],
  );
  return {
    units: reports.length,
    handedIn: reports.filter((report) => isHandedIn(report.status)).length,
    approved: reports.filter((report) => report.status === 'approved').length,
    missing: reports.filter((report) => !isHandedIn(report.status)),
  };
}

/** "7 av 13 enheter har lämnat in" (one: "1 av 1 enhet har lämnat in"). */
export function submissionSentenceSv(summary: SubmissionSummary): string {
  const noun = summary.units === 1 ? 'enhet' : 'enheter';
  return `${String(summary.handedIn)} av ${String(summary.units)} ${noun} har lämnat in`;
}

/** "Boendeenheten (Utkast)". */
export const missingUnitSv = (unit: SubmissionSummary['missing'][number]): string =>
  `${unit.name} (${FOLLOW_UP_STATUS_NAMES_SV[unit.status]})`;

/** What a unit still owes: the texts the threshold asks for that are not written. */
export function missingTextsSv(report: NonNullable<FollowUpRow['report']>): string[] {
  const missing: string[] = [];
  if (report.commentRequired && !report.commentGiven) missing.push('Kommentar saknas');
  if (report.actionRequired && !report.actionGiven) missing.push('Åtgärd saknas');
  return missing;
}

/** The table's arrangement in the address: ?sortering=avvikelse&over=500. */
export const ARRANGEMENT_PARAMS = { sort: 'sortering', beyond: 'over' } as const;

const SORT_PARAM_VALUES: Readonly<Record<FollowUpSort, string>> = {
  organisation: 'organisation',
  variance: 'avvikelse',
  'forecast-variance': 'prognosavvikelse',
};

export const sortParamValue = (sort: FollowUpSort): string => SORT_PARAM_VALUES[sort];

export function readSortParam(value: string | null): FollowUpSort {
  return FOLLOW_UP_SORTS.find((sort) => SORT_PARAM_VALUES[sort] === value) ?? 'organisation';
}
