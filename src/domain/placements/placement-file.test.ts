import { describe, expect, it } from 'vitest';
import { csvRows } from '#domain/goals/tabular-file';
import { parsePlacementFile, placementIssueSv, unknownUnitIssues } from './placement-file';

const HEADER =
  'placering_id;enhet;insatstyp;lagrum;startdatum;slutdatum;planerat_slutdatum;dygnskostnad';
const parse = (...lines: string[]) => parsePlacementFile(csvRows(lines.join('\r\n')));
const sentences = (...lines: string[]) =>
  parse(...lines).issues.map((issue) => placementIssueSv(issue, 'placeringar.csv'));

describe('parsePlacementFile', () => {
  it('reads the rows, the daily cost exactly in öre, empty end dates as null', () => {
    const read = parse(
      `\uFEFF${HEADER}`,
      'P-2023-001;451;hvb;LVU;2023-01-15;;2023-12-31;3 450,50',
      'P-2022-017;452;Konsulentstött familjehem;sol;2022-10-01;2023-05-31;;1200.05',
    );
    expect(read).toEqual({
      issues: [],
      placements: [
        {
          line: 2,
          placementRef: 'P-2023-001',
          unitCode: '451',
          careType: 'HVB',
          legalBasis: 'LVU',
          startDate: '2023-01-15',
          endDate: null,
          plannedEndDate: '2023-12-31',
          dailyCost: 345_050,
        },
        {
          line: 3,
          placementRef: 'P-2022-017',
          unitCode: '452',
          careType: 'Konsulentstött familjehem',
          legalBasis: 'SoL',
          startDate: '2022-10-01',
          endDate: '2023-05-31',
          plannedEndDate: null,
          dailyCost: 120_005,
        },
      ],
    });
  });

  it('reads the columns in any order', () => {
    const read = parse(
      'dygnskostnad;enhet;placering_id;lagrum;insatstyp;slutdatum;planerat_slutdatum;startdatum',
      '900;451;P1;LVM;SiS;;;2023-02-01',
    );
    expect(read.placements?.[0]).toMatchObject({
      placementRef: 'P1',
      careType: 'SiS',
      dailyCost: 90_000,
    });
  });

  it('names every bad value by line and column, in Swedish, and reads nothing', () => {
    expect(
      sentences(
        HEADER,
        'P1;451;HVB;LVU;2023-02-30;;;1000',
        'P2;451;HVB;XYZ;2023-03-01;2023-02-01;2023-01-01;-5',
        'P1;;;SoL;15/3/2023;;;12,345',
        ';451;HVB;SoL;;2023-1-5;;',
      ),
    ).toEqual([
      'placeringar.csv rad 2, kolumn startdatum: Datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern, t.ex. 2023-03-15 (”2023-02-30”).',
      'placeringar.csv rad 3, kolumn lagrum: Lagrummet ska vara SoL, LVU eller LVM (”XYZ”).',
      'placeringar.csv rad 3, kolumn slutdatum: Slutdatumet är före startdatumet (”2023-02-01”).',
      'placeringar.csv rad 3, kolumn planerat_slutdatum: Det planerade slutdatumet är före startdatumet (”2023-01-01”).',
      'placeringar.csv rad 3, kolumn dygnskostnad: Dygnskostnaden får inte vara negativ (”-5”).',
      'placeringar.csv rad 4, kolumn enhet: Enheten saknas.',
      'placeringar.csv rad 4, kolumn insatstyp: Insatstypen saknas (t.ex. HVB, familjehem, SiS, stödboende).',
      'placeringar.csv rad 4, kolumn startdatum: Datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern, t.ex. 2023-03-15 (”15/3/2023”).',
      'placeringar.csv rad 4, kolumn dygnskostnad: Dygnskostnaden ska vara ett belopp i kronor med högst två decimaler, t.ex. 3450,50 (”12,345”).',
      'placeringar.csv rad 4, kolumn placering_id: Placeringens id finns redan på en tidigare rad (”P1, rad 2”).',
      'placeringar.csv rad 5, kolumn placering_id: Placeringens id saknas.',
      'placeringar.csv rad 5, kolumn startdatum: Datumet saknas.',
      'placeringar.csv rad 5, kolumn slutdatum: Datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern, t.ex. 2023-03-15 (”2023-1-5”).',
      'placeringar.csv rad 5, kolumn dygnskostnad: Dygnskostnaden saknas.',
    ]);
    expect(parse(HEADER, 'P1;451;HVB;LVU;2023-02-30;;;1000').placements).toBeNull();
  });

  it('names the header problems and an empty file; other columns are left out', () => {
    expect(
      sentences(
        'placering_id;enhet;insatstyp;lagrum;startdatum;slutdatum;dygnskostnad;enhet;kommentar',
        'x',
      ),
    ).toEqual([
      'placeringar.csv rad 1, kolumn enhet: Kolumnen finns två gånger i rubrikraden.',
      'placeringar.csv rad 1, kolumn planerat_slutdatum: Kolumnen saknas i rubrikraden.',
    ]);
    expect(
      parse(`${HEADER};handlaggare`, 'P1;8111;HVB;SoL;2023-01-01;;;100;Anna').placements,
    ).toHaveLength(1);
    expect(sentences('')).toEqual([
      'placeringar.csv: Filen är tom: den ska börja med rubrikraden placering_id;enhet;insatstyp;lagrum;startdatum;slutdatum;planerat_slutdatum;dygnskostnad.',
    ]);
    expect(sentences(HEADER)).toEqual([
      'placeringar.csv rad 1: Filen har bara en rubrikrad, inga placeringar under den.',
    ]);
  });

  it('names the unit codes not among the board’s units', () => {
    const read = parse(
      HEADER,
      'P1;451;HVB;LVU;2023-02-01;;;1000',
      'P2;999;HVB;LVU;2023-02-01;;;1000',
    );
    expect(
      unknownUnitIssues(read.placements ?? [], new Set(['451'])).map((issue) =>
        placementIssueSv(issue, 'p.csv'),
      ),
    ).toEqual(['p.csv rad 3, kolumn enhet: Enheten finns inte bland nämndens enheter (”999”).']);
  });
});
