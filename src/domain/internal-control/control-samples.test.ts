import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../kernel/period';
import {
  controlSampleSv,
  samplePeriodSv,
  samplesAtReport,
  type ControlSample,
} from './control-samples';

const sample = (from: string, to: string, reviewed: number, remarks: number): ControlSample => ({
  controlId: 'c1',
  population: 'access_log',
  from: parseIsoDate(from),
  to: parseIsoDate(to),
  size: 15,
  populationCount: 40,
  progress: { total: 15, reviewed, remarks },
});

describe('a control sample in the follow-up', () => {
  it('names the period in Swedish days, across months and years', () => {
    expect(samplePeriodSv(parseIsoDate('2023-09-04'), parseIsoDate('2023-09-10'))).toBe(
      '4–10 september 2023',
    );
    expect(samplePeriodSv(parseIsoDate('2023-08-28'), parseIsoDate('2023-09-03'))).toBe(
      '28 augusti–3 september 2023',
    );
    expect(samplePeriodSv(parseIsoDate('2023-12-28'), parseIsoDate('2024-01-03'))).toBe(
      '28 december 2023–3 januari 2024',
    );
    expect(samplePeriodSv(parseIsoDate('2023-09-04'), parseIsoDate('2023-09-04'))).toBe(
      '4 september 2023',
    );
  });

  it('says how many of how many were drawn and how far the review has come', () => {
    expect(controlSampleSv(sample('2023-09-04', '2023-09-10', 10, 0))).toBe(
      'Stickprov 4–10 september 2023: 15 av 40 handläggare i verksamhetssystemets åtkomstlogg. Granskade: 10 av 15, ingen med anmärkning.',
    );
    expect(
      controlSampleSv({ ...sample('2023-08-01', '2023-08-31', 15, 2), population: 'ledger' }),
    ).toBe(
      'Stickprov 1–31 augusti 2023: 15 av 40 bokförda transaktioner. Granskade: 15 av 15, varav 2 med anmärkning.',
    );
  });

  it('keeps the samples whose period has begun by the report month, oldest first', () => {
    const september = sample('2023-09-04', '2023-09-10', 0, 0);
    const august = sample('2023-08-31', '2023-09-06', 0, 0);
    const march = sample('2023-03-06', '2023-03-12', 0, 0);
    expect(samplesAtReport([september, august, march], 2023, 8)).toEqual([march, august]);
    expect(samplesAtReport([september, august, march], 2023, 12)).toEqual([
      march,
      august,
      september,
    ]);
  });
});
