import { describe, expect, it } from 'vitest';
import { csvRows } from '#domain/goals/tabular-file';
import { accessLogIssueSv, parseAccessLogFile } from './access-log-file';

const parse = (...lines: string[]) => parseAccessLogFile(csvRows(lines.join('\r\n')));
const sentences = (...lines: string[]) =>
  parse(...lines).issues.map((issue) => accessLogIssueSv(issue, 'logg.csv'));

describe('parseAccessLogFile', () => {
  it('reads the rows with their lines, the times in Swedish time as UTC', () => {
    const read = parse(
      '\uFEFFanvandare;tidpunkt;arende;handelse',
      'anna.berg;2023-09-04 08:15;IFO-2023-0412;Öppnat ärende',
      'per.lind;2023-01-09 16:02:45;IFO-2022-1187;Läst journalanteckning',
    );
    expect(read).toEqual({
      issues: [],
      entries: [
        {
          line: 2,
          username: 'anna.berg',
          occurredAt: '2023-09-04T06:15:00.000Z',
          caseNumber: 'IFO-2023-0412',
          event: 'Öppnat ärende',
        },
        {
          line: 3,
          username: 'per.lind',
          occurredAt: '2023-01-09T15:02:45.000Z',
          caseNumber: 'IFO-2022-1187',
          event: 'Läst journalanteckning',
        },
      ],
    });
  });

  it('reads the columns in any order and leaves out columns it does not keep', () => {
    const read = parse(
      'Ärende;Händelse;Klient;Tidpunkt;Användare',
      'IFO-2023-0412;Öppnat;Namn Namnsson;2023-09-04 08:15;anna.berg',
    );
    expect(read.entries).toEqual([
      {
        line: 2,
        username: 'anna.berg',
        occurredAt: '2023-09-04T06:15:00.000Z',
        caseNumber: 'IFO-2023-0412',
        event: 'Öppnat',
      },
    ]);
    expect(JSON.stringify(read)).not.toContain('Namnsson');
  });

  it('names every bad row by line and column, and reads nothing', () => {
    const read = sentences(
      'anvandare;tidpunkt;arende;handelse',
      'anna.berg;2023-09-31 08:15;IFO-1;Öppnat',
      ';2023-09-04 08:15;;Öppnat',
      'per.lind;4/9 2023 08:15;IFO-2;Öppnat',
      'per.lind;2023-09-04 24:00;IFO-2;Öppnat',
      'per.lind;;IFO-2;Öppnat',
      'per.lind;2023-03-26 02:30;IFO-2;Öppnat',
      'per.lind;2023-09-04 08:15;IFO-2;Öppnat',
    );
    expect(read).toEqual([
      'logg.csv rad 2, kolumn tidpunkt: Tidpunkten ska skrivas ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD TT:MM:SS, t.ex. 2023-09-04 08:15 (”2023-09-31 08:15”).',
      'logg.csv rad 3, kolumn anvandare: Användaren saknas.',
      'logg.csv rad 3, kolumn arende: Ärendet saknas.',
      'logg.csv rad 4, kolumn tidpunkt: Tidpunkten ska skrivas ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD TT:MM:SS, t.ex. 2023-09-04 08:15 (”4/9 2023 08:15”).',
      'logg.csv rad 5, kolumn tidpunkt: Tidpunkten ska skrivas ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD TT:MM:SS, t.ex. 2023-09-04 08:15 (”2023-09-04 24:00”).',
      'logg.csv rad 6, kolumn tidpunkt: Tidpunkten saknas.',
      'logg.csv rad 7, kolumn tidpunkt: Tidpunkten finns inte i svensk tid: klockan ställs fram från 02:00 till 03:00 den natten (”2023-03-26 02:30”).',
    ]);
    expect(
      parse('anvandare;tidpunkt;arende;handelse', ';2023-09-04 08:15;IFO-1;x').entries,
    ).toBeNull();
  });

  it('names a missing or doubled column, an empty file and a file without rows', () => {
    expect(sentences('anvandare;tidpunkt;handelse', 'anna;2023-09-04 08:15;x')).toEqual([
      'logg.csv rad 1, kolumn arende: Kolumnen saknas i rubrikraden.',
    ]);
    expect(sentences('anvandare;tidpunkt;arende;handelse;Användare')).toEqual([
      'logg.csv rad 1, kolumn Användare: Kolumnen finns två gånger i rubrikraden.',
    ]);
    expect(sentences('')).toEqual([
      'logg.csv: Filen är tom: den ska börja med rubrikraden anvandare;tidpunkt;arende;handelse.',
    ]);
    expect(sentences('anvandare;tidpunkt;arende;handelse')).toEqual([
      'logg.csv rad 1: Filen har bara en rubrikrad, inga rader under den.',
    ]);
  });
});
