import { describe, expect, it } from 'vitest';
import { csvRows } from '#domain/goals/tabular-file';
import { ore } from '#domain/kernel/money';
import { periodNumber, toMonth } from '#domain/kernel/period';
import { looksLikePersonalIdentityNumber, parseAssistanceFile } from './assistance-file';
import { assistanceReport, longTermRecipients, type AssistancePayment } from './assistance-figures';
import { changeTenthsOfPercent, formatChangeSv } from './percent-change';
import { volumeFileIssueSv } from './volume-file-issues';
import { volumeReport } from './volume-figures';
import { parseVolumesFile } from './volumes-file';

const pay = (
  householdKey: string,
  year: number,
  month: number,
  unitCode = '8122',
  kronor = 1000,
): AssistancePayment => ({
  householdKey,
  period: periodNumber(year, toMonth(month)),
  unitCode,
  amountOre: ore(kronor * 100),
});

const months = (householdKey: string, year: number, count: number, unitCode = '8122') =>
  Array.from({ length: count }, (_, index) => pay(householdKey, year, index + 1, unitCode));

describe('the assistance file', () => {
  it('reads kronor with decimals into exact öre, the columns in any order', () => {
    const parsed = parseAssistanceFile(
      csvRows(
        '\uFEFFenhet;belopp;period;hushall_id\n8122;5 432,51;202308;H-1\n8122;0.1;202301;H-2\n',
      ),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toEqual([
      { line: 2, householdId: 'H-1', period: 202308, amountOre: 543251, unitCode: '8122' },
      { line: 3, householdId: 'H-2', period: 202301, amountOre: 10, unitCode: '8122' },
    ]);
  });

  it('names every bad cell by line and column in Swedish, and reads none', () => {
    const parsed = parseAssistanceFile(
      csvRows(
        [
          'hushall_id;period;belopp;enhet',
          'H-1;202313;100;8122',
          'H-2;2023-08;100;8122',
          'H-3;202300;-5;8122',
          'H-4;202308;12,345;',
          ';202308;abc;8122',
          '19121212-1212;202308;10;8122',
        ].join('\n'),
      ),
    );
    expect(parsed.entries).toBeNull();
    expect(parsed.issues.map((issue) => volumeFileIssueSv(issue, 'b.csv'))).toEqual([
      'b.csv rad 2, kolumn period: Månaden ska vara 01–12 (”202313”).',
      'b.csv rad 3, kolumn period: Perioden ska skrivas ÅÅÅÅMM, t.ex. 202308 (”2023-08”).',
      'b.csv rad 4, kolumn period: Månaden ska vara 01–12 (”202300”).',
      'b.csv rad 4, kolumn belopp: Beloppet får inte vara negativt (”-5”).',
      'b.csv rad 5, kolumn belopp: Beloppet ska vara kronor med högst två decimaler, t.ex. 5 432,50 (”12,345”).',
      'b.csv rad 5, kolumn enhet: Värdet saknas.',
      'b.csv rad 6, kolumn hushall_id: Värdet saknas.',
      'b.csv rad 6, kolumn belopp: Beloppet ska vara kronor med högst två decimaler, t.ex. 5 432,50 (”abc”).',
      'b.csv rad 7, kolumn hushall_id: Hushållets id ser ut som ett personnummer: använd ärendets eller hushållets referens i verksamhetssystemet.',
    ]);
  });

  it('names a missing or doubled column and a file without rows', () => {
    expect(parseAssistanceFile(csvRows('hushall_id;period;belopp\nH;202301;1')).issues).toEqual([
      { line: 1, problem: 'missing-column', column: 'enhet' },
    ]);
    expect(
      parseAssistanceFile(csvRows('hushall_id;period;belopp;enhet;period\n')).issues.map(
        (issue) => issue.problem,
      ),
    ).toEqual(['duplicate-column']);
    expect(parseAssistanceFile(csvRows('hushall_id;period;belopp;enhet\n')).issues).toEqual([
      { line: 1, problem: 'no-rows' },
    ]);
    expect(parseAssistanceFile([]).issues).toEqual([{ line: null, problem: 'empty-file' }]);
  });

  it('knows a personal identity number by its check digit, not a case reference', () => {
    expect(looksLikePersonalIdentityNumber('19121212-1212')).toBe(true);
    expect(looksLikePersonalIdentityNumber('121212-1212')).toBe(true);
    expect(looksLikePersonalIdentityNumber('1212121212')).toBe(true);
    expect(looksLikePersonalIdentityNumber('121212-1213')).toBe(false);
    expect(looksLikePersonalIdentityNumber('EB-2023-0042')).toBe(false);
    expect(looksLikePersonalIdentityNumber('4711')).toBe(false);
  });
});

describe('the volumes file', () => {
  it('reads whole counts and names bad ones', () => {
    const good = parseVolumesFile(
      csvRows('matt;enhet;period;varde\norosanmälningar;8111;202308;42\n'),
    );
    expect(good.entries).toEqual([
      { line: 2, measure: 'orosanmälningar', unitCode: '8111', period: 202308, value: 42 },
    ]);
    const bad = parseVolumesFile(
      csvRows('matt;enhet;period;varde\n;8111;202314;-1\nx;8111;202301;1,5\n'),
    );
    expect(bad.issues.map((issue) => volumeFileIssueSv(issue, 'v.csv'))).toEqual([
      'v.csv rad 2, kolumn matt: Värdet saknas.',
      'v.csv rad 2, kolumn period: Månaden ska vara 01–12 (”202314”).',
      'v.csv rad 2, kolumn varde: Värdet får inte vara negativt (”-1”).',
      'v.csv rad 3, kolumn varde: Värdet ska vara ett heltal, t.ex. 42 (”1,5”).',
    ]);
  });
});

describe('the change in percent', () => {
  it('is exact, rounded half away from zero to one decimal, shown with its sign', () => {
    expect(changeTenthsOfPercent(1056, 1000)).toBe(56);
    expect(changeTenthsOfPercent(141, 100)).toBe(410);
    // 1/16 = 6,25 % -> 6,3; -6,25 % -> -6,3
    expect(changeTenthsOfPercent(17, 16)).toBe(63);
    expect(changeTenthsOfPercent(15, 16)).toBe(-63);
    expect(changeTenthsOfPercent(5, 0)).toBeNull();
    expect(formatChangeSv(56)).toBe('+5,6 %');
    expect(formatChangeSv(-30)).toBe('-3,0 %');
    expect(formatChangeSv(0)).toBe('0,0 %');
    expect(formatChangeSv(null)).toBe('–');
  });
});

describe('long-term recipients (at least 10 of the 12 months of a calendar year)', () => {
  it('counts 10 and 12 months, not 9', () => {
    const payments = [
      ...months('nine', 2022, 9),
      ...months('ten', 2022, 10),
      ...months('twelve', 2022, 12),
    ];
    expect(longTermRecipients(payments, 2022)).toBe(2);
  });

  it('counts a household paid by two units once, its months across the units', () => {
    const payments = [
      ...months('split', 2022, 6, '8122'),
      ...Array.from({ length: 4 }, (_, index) => pay('split', 2022, index + 7, '8121')),
      // the same month from both units counts once: 9 distinct months
      ...months('double', 2022, 9, '8122'),
      pay('double', 2022, 9, '8121'),
    ];
    expect(longTermRecipients(payments, 2022)).toBe(1);
  });

  it('counts only the calendar year: months across a year end do not add up', () => {
    const payments = [
      ...Array.from({ length: 6 }, (_, index) => pay('across', 2022, index + 7)),
      ...months('across', 2023, 6),
    ];
    expect(longTermRecipients(payments, 2022)).toBe(0);
    expect(longTermRecipients(payments, 2023)).toBe(0);
  });
});

describe('the assistance report', () => {
  it('gives each month, the distinct households to date and amounts summed in öre', () => {
    const payments = [
      pay('a', 2023, 1, '8122', 1000.01),
      pay('a', 2023, 1, '8121', 500),
      pay('b', 2023, 1),
      pay('a', 2023, 2),
      pay('c', 2023, 3),
      pay('a', 2022, 1),
      pay('x', 2022, 2),
      pay('y', 2022, 2),
      ...months('long', 2022, 10),
    ];
    const report = assistanceReport(payments, 2023, toMonth(2));
    expect(report.months).toEqual([
      { month: 1, households: 2, amountOre: 250001, householdsLastYear: 2, changeTenths: 0 },
      { month: 2, households: 1, amountOre: 100000, householdsLastYear: 3, changeTenths: -667 },
    ]);
    expect(report.total).toEqual({
      households: 2,
      amountOre: 350001,
      householdsLastYear: 4,
      amountLastYearOre: 500000,
      changeTenths: -500,
    });
    expect(report.longTermLastYear).toBe(1);
    expect(assistanceReport(payments, 2022, toMonth(1)).longTermLastYear).toBeNull();
  });
});

describe('the volumes report', () => {
  it('sums January to the report month per measure and unit, with all units', () => {
    const value = (unitCode: string, year: number, month: number, v: number) => ({
      measure: 'orosanmälningar',
      unitCode,
      unitName: unitCode === '8111' ? 'Mottagning' : 'HIT-team',
      period: periodNumber(year, toMonth(month)),
      value: v,
    });
    const rows = volumeReport(
      [
        value('8111', 2023, 1, 100),
        value('8111', 2023, 9, 50),
        value('8111', 2022, 1, 80),
        value('8114', 2023, 2, 41),
        value('8114', 2022, 2, 20),
      ],
      2023,
      toMonth(8),
    );
    expect(rows).toEqual([
      {
        measure: 'orosanmälningar',
        unitCode: '8111',
        unitName: 'Mottagning',
        value: 100,
        valueLastYear: 80,
        changeTenths: 250,
      },
      {
        measure: 'orosanmälningar',
        unitCode: '8114',
        unitName: 'HIT-team',
        value: 41,
        valueLastYear: 20,
        changeTenths: 1050,
      },
      {
        measure: 'orosanmälningar',
        unitCode: null,
        unitName: 'Alla enheter',
        value: 141,
        valueLastYear: 100,
        changeTenths: 410,
      },
    ]);
  });
});
