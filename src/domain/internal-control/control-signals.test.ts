import { describe, expect, it } from 'vitest';
import { controlSummarySv, countSv } from './control-signals';

describe('controlSummarySv', () => {
  it('writes 001’s sentence: two of four controls without remarks at the interim report', () => {
    expect(controlSummarySv(8, ['done_ok', 'done_remarks', 'done_ok', 'not_done'])).toBe(
      'Vid delårsbokslutet visar kontrollen att två av totalt fyra kontrollpunkter har genomförts utan anmärkning/ med försumbar anmärkning.',
    );
  });

  it('counts a control without a signal in the total, and says when all are done', () => {
    expect(controlSummarySv(12, ['done_ok', null])).toBe(
      'Vid årsbokslutet visar kontrollen att en av totalt två kontrollpunkter har genomförts utan anmärkning/ med försumbar anmärkning.',
    );
    expect(controlSummarySv(12, ['done_ok', 'done_ok', 'done_ok'])).toBe(
      'Vid årsbokslutet visar kontrollen att samtliga tre kontrollpunkter har genomförts utan anmärkning/ med försumbar anmärkning.',
    );
    expect(controlSummarySv(8, ['done_ok'])).toBe(
      'Vid delårsbokslutet visar kontrollen att kontrollpunkten har genomförts utan anmärkning/ med försumbar anmärkning.',
    );
    expect(controlSummarySv(8, [])).toBe(
      'Vid delårsbokslutet finns inga kontrollpunkter i internkontrollplanen.',
    );
  });

  it('writes counts in words to twelve and in figures above', () => {
    expect([0, 1, 4, 12, 13].map(countSv)).toEqual(['noll', 'en', 'fyra', 'tolv', '13']);
  });
});
