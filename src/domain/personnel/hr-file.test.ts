import { describe, expect, it } from 'vitest';
import { csvRows } from '#domain/goals/tabular-file';
import { formatHours, hrIssueSv, parseHours, parseHrFile, parsePeriod } from './hr-file';

const HEADER =
  'anstallningsnummer;kon;fodelsear;enhet;period;schemalagd_tid;sjuk_dag_1_14;sjuk_dag_15_59;sjuk_dag_60';

const parse = (text: string) => parseHrFile(csvRows(text));
const messages = (text: string) => parse(text).issues.map((issue) => hrIssueSv(issue, 'hr.csv'));

describe('the HR export', () => {
  it('reads the rows, hours exactly as hundredths, with a decimal comma or point', () => {
    const read = parse(
      `\uFEFF${HEADER}\n1001;K;1980;1110;202301;160,5;7.25;0;0\n1002;m;1995;1110;202302;80;0;0;80\n`,
    );
    expect(read.issues).toEqual([]);
    expect(read.rows).toEqual([
      {
        line: 2,
        employeeNumber: '1001',
        gender: 'K',
        birthYear: 1980,
        unitCode: '1110',
        period: 202301,
        scheduled: 16050,
        sickDays1to14: 725,
        sickDays15to59: 0,
        sickDays60: 0,
      },
      expect.objectContaining({ line: 3, gender: 'M', period: 202302, sickDays60: 8000 }),
    ]);
  });

  it('takes the columns in any order and leaves other columns out', () => {
    const read = parse(
      'period;namn;enhet;kon;fodelsear;anstallningsnummer;sjuk_dag_60;sjuk_dag_15_59;sjuk_dag_1_14;schemalagd_tid\n202307;Anna;1110;K;1970;7;1;2;3;100\n',
    );
    expect(read.rows).toEqual([
      expect.objectContaining({
        employeeNumber: '7',
        period: 202307,
        scheduled: 10000,
        sickDays1to14: 300,
        sickDays15to59: 200,
        sickDays60: 100,
      }),
    ]);
    expect(JSON.stringify(read.rows)).not.toContain('Anna');
  });

  it('names every problem by line and column in Swedish, and reads no row', () => {
    const text = [
      HEADER,
      '1;X;1980;1110;202301;160;0;0;0',
      '2;K;80;1110;202313;160;0;0;0',
      '3;M;1980;1110;2023-1;160;0;0;0',
      '4;K;1980;1110;202301;-5;0;0;0',
      '5;K;1980;1110;202301;100;50;40;20',
      '6;K;1980;;202301;abc;0;0;0',
      '7;K;1980;1110;202301;7,125;0;0;0',
      '1;K;1980;1110;202301;160;0;0;0',
      '1;K;1980;1110;202301;160;0;0;0',
    ].join('\n');
    expect(parse(text).rows).toBeNull();
    expect(messages(text)).toEqual([
      'hr.csv rad 2, kolumn kon: Kön ska vara K eller M (”X”).',
      'hr.csv rad 3, kolumn fodelsear: Födelseåret ska vara ett årtal med fyra siffror, t.ex. 1975 (”80”).',
      'hr.csv rad 3, kolumn period: Periodens månad ska vara 01–12 (”202313”).',
      'hr.csv rad 4, kolumn period: Perioden ska skrivas ÅÅÅÅMM, t.ex. 202301 (”2023-1”).',
      'hr.csv rad 5, kolumn schemalagd_tid: Timmarna får inte vara negativa (”-5”).',
      'hr.csv rad 6, kolumn sjuk_dag_1_14, sjuk_dag_15_59, sjuk_dag_60: Sjuktimmarna (sjuk_dag_1_14 + sjuk_dag_15_59 + sjuk_dag_60) är fler än den schemalagda tiden (”110 > 100”).',
      'hr.csv rad 7, kolumn enhet: Värdet saknas.',
      'hr.csv rad 7, kolumn schemalagd_tid: Timmarna ska vara ett tal med högst två decimaler, t.ex. 160 eller 7,5 (”abc”).',
      'hr.csv rad 8, kolumn schemalagd_tid: Timmarna ska vara ett tal med högst två decimaler, t.ex. 160 eller 7,5 (”7,125”).',
      'hr.csv rad 10, kolumn anstallningsnummer: Samma anställd, enhet och period finns redan på en tidigare rad (”rad 9”).',
    ]);
  });

  it('refuses a header without a column, a column twice, an empty file and one without rows', () => {
    expect(messages('anstallningsnummer;kon;kon\n1;K\n')).toContain(
      'hr.csv rad 1, kolumn kon: Kolumnen finns två gånger i rubrikraden.',
    );
    expect(messages('anstallningsnummer;kon\n1;K\n')).toContain(
      'hr.csv rad 1, kolumn sjuk_dag_60: Kolumnen saknas i rubrikraden.',
    );
    expect(messages('')[0]).toMatch(/^hr.csv: Filen är tom/);
    expect(messages(`${HEADER}\n`)).toEqual([
      'hr.csv rad 1: Filen har bara en rubrikrad, inga rader under den.',
    ]);
  });

  it('reads hours and periods exactly', () => {
    expect(parseHours('1 234,5')).toEqual({ value: 123450 });
    expect(parseHours('0.01')).toEqual({ value: 1 });
    expect(parseHours('7,500')).toEqual({ value: 750 });
    expect(parseHours('−1')).toEqual({ problem: 'negative-hours' });
    expect(parseHours('-0')).toEqual({ value: 0 });
    expect(parseHours('1,2,3')).toEqual({ problem: 'invalid-hours' });
    expect(parsePeriod('202212')).toEqual({ period: 202212 });
    expect(parsePeriod('2022-12')).toEqual({ period: 202212 });
    expect(parsePeriod('202200')).toEqual({ problem: 'invalid-month' });
    expect(parsePeriod('22012')).toEqual({ problem: 'invalid-period' });
    expect(formatHours(750)).toBe('7,5');
    expect(formatHours(16000)).toBe('160');
    expect(formatHours(1)).toBe('0,01');
  });
});
