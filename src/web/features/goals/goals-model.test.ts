import { describe, expect, it } from 'vitest';
import type { OutcomeDto } from '#contract/goals';
import {
  figureSv,
  outcomeDateSv,
  outcomeDraftOf,
  readOutcomeDraft,
  yearPoints,
  yearPointsSv,
} from './goals-model';

const outcome = (measuredOn: string, total: number | null): OutcomeDto => ({
  measuredOn,
  total,
  women: null,
  men: null,
  origin: 'entered',
  recordedBy: 'controller',
  recordedAt: '2023-09-01T08:00:00.000Z',
  revision: 1,
});

describe('figures and dates as the goal tables write them', () => {
  it('adds the unit where the table needs it', () => {
    expect(figureSv(700_000, 'percent')).toBe('70 %');
    expect(figureSv(822_000, 'index')).toBe('82,2');
    expect(figureSv(2_910_000, 'days')).toBe('291');
    expect(figureSv(12_000_000, 'kronor')).toBe('1\u00a0200 kr');
    expect(figureSv(null, 'count')).toBe('–');
  });

  it('writes an outcome’s date as a head does', () => {
    expect(outcomeDateSv('2023-08-31')).toBe('31 aug 2023');
    expect(outcomeDateSv('2022-12-31')).toBe('31 dec 2022');
  });
});

describe('readOutcomeDraft', () => {
  it('reads decimal comma and point, and leaves empty fields out', () => {
    expect(
      readOutcomeDraft({ measuredOn: '2023-08-31', total: '82,2', women: '', men: '80.5' }),
    ).toEqual({
      errors: {},
      figures: { measuredOn: '2023-08-31', total: 822_000, women: null, men: 805_000 },
    });
  });

  it('names each field that is not a figure, and a date that is not one', () => {
    const read = readOutcomeDraft({
      measuredOn: '2023-02-30',
      total: '70 %',
      women: '1,23456',
      men: '',
    });
    expect(read.figures).toBeNull();
    expect(read.errors).toEqual({
      measuredOn: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2023-08-31.',
      total: 'Skriv ett tal, till exempel 82,2.',
      women: 'Högst fyra decimaler.',
    });
  });

  it('asks for at least one figure', () => {
    expect(readOutcomeDraft({ measuredOn: '2023-08-31', total: ' ', women: '', men: '' })).toEqual({
      errors: { total: 'Ange minst ett värde (totalt, kvinnor eller män).' },
      figures: null,
    });
  });

  it('starts from the outcome saved at the date, with ordinary spaces', () => {
    expect(
      outcomeDraftOf('2023-08-31', { ...outcome('2023-08-31', 12_345_000), women: 5_000 }),
    ).toEqual({ measuredOn: '2023-08-31', total: '1 234,5', women: '0,5', men: '' });
    expect(outcomeDraftOf('2023-08-31', undefined)).toEqual({
      measuredOn: '2023-08-31',
      total: '',
      women: '',
      men: '',
    });
  });
});

describe('the chart over the years', () => {
  it('takes each year’s last outcome with a total', () => {
    const points = yearPoints([
      outcome('2022-08-31', 1_200_000),
      outcome('2022-12-31', 1_390_000),
      outcome('2023-08-31', 1_660_000),
      outcome('2023-12-31', null),
    ]);
    expect(points).toEqual([
      { year: 2022, value: 1_390_000 },
      { year: 2023, value: 1_660_000 },
    ]);
    expect(yearPointsSv(points, 'count')).toBe('Utfall per år: 2022: 139, 2023: 166');
    expect(yearPointsSv([], 'count')).toBe('Inga utfall ännu.');
  });
});
