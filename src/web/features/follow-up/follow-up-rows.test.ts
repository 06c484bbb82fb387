import { describe, expect, it } from 'vitest';
import type { FollowUpRow } from '#contract/follow-up';
import type { FollowUpStatus } from '#domain/follow-up/follow-up-status';
import { oreFromTkr } from '#domain/kernel/money';
import {
  arrangeRows,
  missingTextsSv,
  missingUnitSv,
  readBeyond,
  readSortParam,
  sortParamValue,
  submissionSentenceSv,
  submissionSummary,
} from './follow-up-rows';

/** A row with the two variances in tkr; the other figures do not matter here. */
function row(
  name: string,
  kind: 'department' | 'unit',
  parent: string | null,
  variance: number,
  forecastVariance: number,
  status: FollowUpStatus | null = kind === 'unit' ? 'not-started' : null,
): FollowUpRow {
  const zero = oreFromTkr(0);
  return {
    orgUnit: { id: name, code: name, name, kind, parentId: parent },
    depth: parent === null ? 0 : 1,
    figures: {
      budgetYearToDate: zero,
      actualYearToDate: zero,
      variance: oreFromTkr(variance),
      previousVariance: null,
      budget: zero,
      forecast: zero,
      forecastVariance: oreFromTkr(forecastVariance),
      forecastChange: zero,
    },
    report:
      status === null
        ? null
        : {
            status,
            forecastGiven: false,
            commentGiven: false,
            actionGiven: false,
            commentRequired: false,
            actionRequired: false,
            updatedBy: null,
          },
  };
}

// 003's shape: departments with their units, and a unit directly under the board.
const ROWS: FollowUpRow[] = [
  row('Avdelning unga', 'department', null, 3_800, 7_200, null),
  row('Utredningsenhet barn', 'unit', 'Avdelning unga', 600, -200, 'submitted'),
  row('Utredningsenhet ungdom', 'unit', 'Avdelning unga', 4_000, 7_400, 'approved'),
  row('Familjehemsenheterna', 'unit', 'Avdelning unga', -3_700, -6_100, 'draft'),
  row('Avdelning vuxna', 'department', null, -200, -300, null),
  row('Utredningsenhet vuxen', 'unit', 'Avdelning vuxna', -200, -300, 'returned'),
  row('Övergripande', 'unit', null, 3_300, 13_000, 'not-started'),
];

const names = (shown: ReturnType<typeof arrangeRows>) =>
  shown.map((entry) => `${entry.indented ? '  ' : ''}${entry.row.orgUnit.name}`);

describe('the follow-up table’s rows', () => {
  it('keep the organisation’s order, each department’s units indented under its sum', () => {
    expect(names(arrangeRows(ROWS, { sort: 'organisation', beyond: null }))).toEqual([
      'Avdelning unga',
      '  Utredningsenhet barn',
      '  Utredningsenhet ungdom',
      '  Familjehemsenheterna',
      'Avdelning vuxna',
      '  Utredningsenhet vuxen',
      'Övergripande',
    ]);
  });

  it('finds units by parent even when the server lists a unit before its department', () => {
    const shuffled = [ROWS[5], ROWS[4], ROWS[6]].filter((entry) => entry !== undefined);
    expect(names(arrangeRows(shuffled, { sort: 'organisation', beyond: null }))).toEqual([
      'Avdelning vuxna',
      '  Utredningsenhet vuxen',
      'Övergripande',
    ]);
  });

  it('filter on either variance, either sign, and keep a department only for its units', () => {
    const beyond = oreFromTkr(3_500);
    expect(names(arrangeRows(ROWS, { sort: 'organisation', beyond }))).toEqual([
      'Avdelning unga',
      '  Utredningsenhet ungdom',
      '  Familjehemsenheterna',
      'Övergripande',
    ]);
    // "Över" is strictly beyond: 600 and -200 are not over 600.
    expect(
      names(arrangeRows(ROWS, { sort: 'organisation', beyond: oreFromTkr(600) })),
    ).not.toContain('  Utredningsenhet barn');
  });

  it('sorted by a variance, list the units alone, largest first whatever the sign', () => {
    expect(names(arrangeRows(ROWS, { sort: 'variance', beyond: null }))).toEqual([
      'Utredningsenhet ungdom',
      'Familjehemsenheterna',
      'Övergripande',
      'Utredningsenhet barn',
      'Utredningsenhet vuxen',
    ]);
    expect(
      names(arrangeRows(ROWS, { sort: 'forecast-variance', beyond: oreFromTkr(1_000) })),
    ).toEqual(['Övergripande', 'Utredningsenhet ungdom', 'Familjehemsenheterna']);
  });

  it('keep the organisation’s order between equal variances', () => {
    const equal = [
      row('B', 'unit', null, -100, 0),
      row('A', 'unit', null, 100, 0),
      row('C', 'unit', null, 200, 0),
    ];
    expect(names(arrangeRows(equal, { sort: 'variance', beyond: null }))).toEqual(['C', 'B', 'A']);
  });

  it('read the filter as whole tkr, empty meaning every unit', () => {
    expect(readBeyond('')).toEqual({ ok: true, beyond: null });
    expect(readBeyond(' 1 500 ')).toEqual({ ok: true, beyond: oreFromTkr(1_500) });
    expect(readBeyond('1,5').ok).toBe(false);
    expect(readBeyond('-5').ok).toBe(false);
  });

  it('keep the sort in the address under Swedish names', () => {
    expect(sortParamValue('forecast-variance')).toBe('prognosavvikelse');
    expect(readSortParam('avvikelse')).toBe('variance');
    expect(readSortParam('något annat')).toBe('organisation');
    expect(readSortParam(null)).toBe('organisation');
  });
});

describe('where the units stand', () => {
  it('counts submitted and approved units as handed in and names the others', () => {
    const summary = submissionSummary(ROWS);
    expect(summary).toMatchObject({ units: 5, handedIn: 2, approved: 1 });
    expect(submissionSentenceSv(summary)).toBe('2 av 5 enheter har lämnat in');
    expect(summary.missing.map(missingUnitSv)).toEqual([
      'Familjehemsenheterna (Utkast)',
      'Utredningsenhet vuxen (Återskickad)',
      'Övergripande (Ej påbörjad)',
    ]);
    expect(submissionSentenceSv(submissionSummary([ROWS[1]].filter((r) => r !== undefined)))).toBe(
      '1 av 1 enhet har lämnat in',
    );
  });

  it('marks the texts the threshold asks for that are not written', () => {
    const report = {
      status: 'draft' as const,
      forecastGiven: true,
      commentGiven: true,
      actionGiven: false,
      commentRequired: true,
      actionRequired: true,
      updatedBy: 'Sara Holm',
    };
    expect(missingTextsSv(report)).toEqual(['Åtgärd saknas']);
    expect(missingTextsSv({ ...report, commentGiven: false })).toEqual([
      'Kommentar saknas',
      'Åtgärd saknas',
    ]);
    expect(missingTextsSv({ ...report, actionRequired: false })).toEqual([]);
  });
});
