import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STATUSES } from './follow-up-status';
import {
  notApprovedCountSv,
  REPORTED_STATE_MARKS,
  reportedStateOf,
  unitLabel,
  unitsNotApproved,
  unreportedNotesSv,
} from './unreported-units';

describe('the units publishing names', () => {
  it('names every unit whose report is not approved, in the order given', () => {
    const units = FOLLOW_UP_STATUSES.map((status, index) => ({
      code: `81${String(index)}`,
      name: `Enhet ${String(index)}`,
      status,
    }));
    expect(unitsNotApproved(units).map((unit) => unit.status)).toEqual([
      'not-started',
      'draft',
      'submitted',
      'returned',
    ]);
  });

  it('counts a report handed in apart from one not handed in', () => {
    expect(FOLLOW_UP_STATUSES.map(reportedStateOf)).toEqual([
      'not-submitted',
      'not-submitted',
      'submitted',
      'approved',
      'not-submitted',
    ]);
  });

  it('says how many of all', () => {
    expect(notApprovedCountSv(10, 11)).toBe(
      '10 av 11 enheter har ingen godkänd rapport för månaden.',
    );
    expect(notApprovedCountSv(0, 11)).toBe('Alla 11 enheters rapporter är godkända.');
  });

  it.each([
    { notApproved: 1, total: 1, text: '1 av 1 enhet har ingen godkänd rapport för månaden.' },
    { notApproved: 1, total: 2, text: '1 av 2 enheter har ingen godkänd rapport för månaden.' },
    { notApproved: 0, total: 1, text: 'Alla 1 enheters rapporter är godkända.' },
  ])('says $notApproved of $total', ({ notApproved, total, text }) => {
    expect(notApprovedCountSv(notApproved, total)).toBe(text);
  });
});

describe('the notes under the report’s table', () => {
  const NOT_HANDED_IN =
    '* Ej rapporterad av enheten – prognosen är controllerns (den senaste prognos som fanns, annars budgeten), inte en prognos enheten lämnat in';
  const NOT_APPROVED = '** Inlämnad av enheten men inte godkänd av controllern';

  it.each([
    { case: 'every unit approved', statuses: ['approved', 'approved'] as const, notes: [] },
    {
      case: 'units not handed in',
      statuses: ['draft', 'approved', 'returned'] as const,
      notes: [`${NOT_HANDED_IN}: 8100 Enhet 0, 8102 Enhet 2.`],
    },
    {
      case: 'a unit handed in only',
      statuses: ['approved', 'submitted'] as const,
      notes: [`${NOT_APPROVED}: 8101 Enhet 1.`],
    },
    {
      case: 'both, not handed in first',
      statuses: ['submitted', 'not-started'] as const,
      notes: [`${NOT_HANDED_IN}: 8101 Enhet 1.`, `${NOT_APPROVED}: 8100 Enhet 0.`],
    },
  ])('$case', ({ statuses, notes }) => {
    const units = statuses.map((status, index) => ({
      code: `810${String(index)}`,
      name: `Enhet ${String(index)}`,
      status,
    }));
    expect(unreportedNotesSv(units)).toEqual(notes);
  });

  it('marks a unit by how far its report got, and labels it by code and name', () => {
    expect(REPORTED_STATE_MARKS).toEqual({ approved: '', submitted: '**', 'not-submitted': '*' });
    expect(unitLabel({ code: '8113', name: 'Utredning ungdom' })).toBe('8113 Utredning ungdom');
    expect(unitLabel({ code: '', name: 'Utredning ungdom' })).toBe('Utredning ungdom');
  });
});
