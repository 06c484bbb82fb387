import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STATUSES } from './follow-up-status';
import { notApprovedCountSv, reportedStateOf, unitsNotApproved } from './unreported-units';

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
});
