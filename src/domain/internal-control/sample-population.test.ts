import { describe, expect, it } from 'vitest';
import {
  periodParameters,
  reviewProgress,
  reviewProgressSv,
  userMemberLabel,
} from './sample-population';

describe('a sample population and its review', () => {
  it('reads recorded parameters as a period, and nothing else', () => {
    expect(periodParameters({ from: '2023-09-04', to: '2023-09-10' })).toEqual({
      from: '2023-09-04',
      to: '2023-09-10',
    });
    expect(periodParameters({ from: '2023-09-10', to: '2023-09-04' })).toBeNull();
    expect(periodParameters({ from: '2023-09-31', to: '2023-10-04' })).toBeNull();
    expect(periodParameters({ from: '2023-09-04' })).toBeNull();
    expect(periodParameters(null)).toBeNull();
    expect(periodParameters('2023-09-04')).toBeNull();
  });

  it('labels a user with their entries', () => {
    expect(userMemberLabel('anna.berg', 1)).toBe('anna.berg: 1 loggpost');
    expect(userMemberLabel('anna.berg', 37)).toBe('anna.berg: 37 loggposter');
  });

  it('counts the review’s progress and says it in Swedish', () => {
    const progress = reviewProgress([
      { verdict: 'ok' },
      { verdict: 'remarks' },
      { verdict: null },
      { verdict: 'remarks' },
    ]);
    expect(progress).toEqual({ total: 4, reviewed: 3, remarks: 2 });
    expect(reviewProgressSv(progress)).toBe('Granskade: 3 av 4, varav 2 med anmärkning.');
    expect(reviewProgressSv(reviewProgress([{ verdict: null }]))).toBe(
      'Granskade: 0 av 1, ingen med anmärkning.',
    );
  });
});
