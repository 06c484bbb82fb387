import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { explainRefusal, savedElsewhere, withRefusalText } from './follow-up-errors';

const conflict = (reason: string) =>
  new ApiError('Ändringen krockar med befintliga uppgifter och sparades inte.', 'conflict', 409, {
    reason,
  });

describe('a refused step of the follow-up', () => {
  it('is told with its own sentence', async () => {
    const explained = withRefusalText(conflict('month-locked'));
    expect(explained).toBeInstanceOf(ApiError);
    expect((explained as ApiError).message).toBe(
      'Månaden är låst eftersom rapporten är publicerad. En controller kan öppna den igen.',
    );
    await expect(
      explainRefusal(() => Promise.reject(conflict('already-submitted'))),
    ).rejects.toThrow(/^Uppföljningen är redan inlämnad\./);
  });

  it('leaves other errors as they are', () => {
    const edit = conflict('edit-conflict');
    expect(withRefusalText(edit)).toBe(edit);
    const other = new Error('nätverk');
    expect(withRefusalText(other)).toBe(other);
  });
});

describe('a text saved by someone else first', () => {
  it('is read from the conflict: their text, its revision, who and when', () => {
    const error = new ApiError('Karin Ek har sparat ändringar …', 'conflict', 409, {
      reason: 'edit-conflict',
      fields: 'result',
      savedBy: 'Karin Ek',
      savedAt: '2023-09-05T08:00:00.000Z',
      'result.revision': 4,
      'result.value': 'Deras text.',
    });
    expect(savedElsewhere(error, 'result')).toEqual({
      revision: 4,
      theirs: 'Deras text.',
      savedBy: 'Karin Ek',
      savedAt: '2023-09-05T08:00:00.000Z',
    });
    expect(savedElsewhere(conflict('month-locked'), 'result')).toBeNull();
    expect(savedElsewhere(new Error('nätverk'), 'result')).toBeNull();
  });
});
