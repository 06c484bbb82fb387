import { describe, expect, it } from 'vitest';
import { isoDate } from '#domain/kernel/period';
import { goalsFileIssueSv } from './goals-file-issues';
import { wholeValue } from './indicator-value';
import { outcomeUnitIssues, parseOutcomesFile, type OutcomeRow } from './outcomes-file';
import { csvRows } from './tabular-file';

const parse = (...lines: string[]) =>
  parseOutcomesFile(csvRows(['indikator;datum;totalt;kvinnor;man', ...lines].join('\n')));
const sentences = (issues: Parameters<typeof goalsFileIssueSv>[0][]) =>
  issues.map((issue) => goalsFileIssueSv(issue, 'utfall.csv'));

describe('the outcomes file', () => {
  it('reads figures with decimal comma or point, empty for no figure', () => {
    const { outcomes, issues } = parse(
      'Antal vuxna biståndsmottagare;2023-08-31;166;85;81',
      'Nöjd med bemötandet;2023-08-31;82.2;;',
      'Andel ej återaktualiserade (%);2023-12-31;;69,5 %;70',
    );
    expect(issues).toEqual([]);
    expect(outcomes).toEqual([
      {
        line: 2,
        indicator: 'Antal vuxna biståndsmottagare',
        measuredOn: '2023-08-31',
        total: wholeValue(166),
        women: wholeValue(85),
        men: wholeValue(81),
      },
      {
        line: 3,
        indicator: 'Nöjd med bemötandet',
        measuredOn: '2023-08-31',
        total: 822_000,
        women: null,
        men: null,
      },
      {
        line: 4,
        indicator: 'Andel ej återaktualiserade (%)',
        measuredOn: '2023-12-31',
        total: null,
        women: 695_000,
        men: wholeValue(70),
      },
    ]);
  });

  it('reads a file with totals only, its columns in any order', () => {
    const { outcomes, issues } = parseOutcomesFile(
      csvRows('Datum;Totalt;Indikator\n2023-08-31;60;Våld i nära SAP'),
    );
    expect(issues).toEqual([]);
    expect(outcomes).toEqual([
      {
        line: 2,
        indicator: 'Våld i nära SAP',
        measuredOn: '2023-08-31',
        total: wholeValue(60),
        women: null,
        men: null,
      },
    ]);
  });

  it.each([
    [
      'a date in another form',
      'A;31/8 2023;5;;',
      'utfall.csv rad 2, kolumn datum: Datumet ska vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-08-31 (”31/8 2023”).',
    ],
    [
      'a day that does not exist',
      'A;2023-02-30;5;;',
      'utfall.csv rad 2, kolumn datum: Datumet ska vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2023-08-31 (”2023-02-30”).',
    ],
    [
      'a row with no figure',
      'A;2023-08-31;;;',
      'utfall.csv rad 2: Raden har inget värde: ange totalt, kvinnor eller män.',
    ],
    [
      'a figure that is no number',
      'A;2023-08-31;5;fem;',
      'utfall.csv rad 2, kolumn kvinnor: Inte ett tal (decimalkomma eller decimalpunkt, högst fyra decimaler, t.ex. 82,2) (”fem”).',
    ],
    ['no indicator', ';2023-08-31;5;;', 'utfall.csv rad 2, kolumn indikator: Värde saknas.'],
  ])('names %s', (_, line, message) => {
    const { outcomes, issues } = parse(line);
    expect(outcomes).toBeNull();
    expect(sentences([...issues])).toEqual([message]);
  });

  it('refuses the same indicator and date twice, naming the first line', () => {
    expect(sentences([...parse('A;2023-08-31;5;;', 'a ;2023-08-31;6;;').issues])).toEqual([
      'utfall.csv rad 3, kolumn indikator: Nyckeltalet och datumet finns redan på rad 2 (”a 2023-08-31”).',
    ]);
  });

  it('names a missing column and an unknown one', () => {
    expect(
      sentences([...parseOutcomesFile(csvRows('indikator;datum;antal\nA;2023-08-31;5')).issues]),
    ).toEqual([
      'utfall.csv rad 1: Okänd kolumn; kolumnerna är indikator;datum;totalt;kvinnor;man (”antal”).',
      'utfall.csv rad 1: Kolumnen saknas i rubrikraden (”totalt”).',
    ]);
  });
});

describe('an outcome in its indicator’s unit', () => {
  const row = (total: number | null, women: number | null, men: number | null): OutcomeRow => ({
    line: 7,
    indicator: 'A',
    measuredOn: isoDate(2023, 8, 31),
    total: total === null ? null : wholeValue(total),
    women: women === null ? null : wholeValue(women),
    men: men === null ? null : wholeValue(men),
  });

  it('accepts women and men that add up to a count, and any split of a percentage', () => {
    expect(outcomeUnitIssues(row(166, 85, 81), 'count')).toEqual([]);
    expect(outcomeUnitIssues(row(70, 69, 70), 'percent')).toEqual([]);
    expect(outcomeUnitIssues(row(166, null, 81), 'count')).toEqual([]);
  });

  it.each([
    [
      row(166, 85, 80),
      'count',
      'utfall.csv rad 7, kolumn totalt: Kvinnor + män är inte totalt för ett antal (85 + 80 = 165) (”166”).',
    ],
    [
      row(101, null, null),
      'percent',
      'utfall.csv rad 7, kolumn totalt: En andel i procent ska ligga mellan 0 och 100 (”101”).',
    ],
    [
      row(50, 120, null),
      'percent',
      'utfall.csv rad 7, kolumn kvinnor: En andel i procent ska ligga mellan 0 och 100 (”120”).',
    ],
    [
      row(null, null, 101),
      'index',
      'utfall.csv rad 7, kolumn man: Ett index ska ligga mellan 0 och 100 (”101”).',
    ],
    [
      row(-1, null, null),
      'days',
      'utfall.csv rad 7, kolumn totalt: Värdet får inte vara negativt (”-1”).',
    ],
  ] as const)('names %#: a figure its unit does not allow', (outcome, unit, message) => {
    expect(sentences(outcomeUnitIssues(outcome, unit))).toEqual([message]);
  });

  it('names a count with decimals', () => {
    const outcome = { ...row(null, null, null), total: wholeValue(5) + 5_000 };
    expect(outcomeUnitIssues(outcome as OutcomeRow, 'count')).toEqual([
      { line: 7, column: 'totalt', problem: 'not-whole', value: '5,5' },
    ]);
  });
});
