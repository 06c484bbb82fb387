import { describe, expect, it } from 'vitest';
import { goalsFileIssueSv } from './goals-file-issues';
import { GOALS_FILE_COLUMNS, parseGoalsFile } from './goals-file';
import { wholeValue } from './indicator-value';
import { csvRows } from './tabular-file';

const HEADER = GOALS_FILE_COLUMNS.join(';');
const KF2 =
  '2. I Alingsås finns goda livsmiljöer genom en långsiktig ekologisk, social och ekonomisk hållbar utveckling';
const SELF = 'Antal personer som blir självförsörjande ska öka';

/** A goals file: the header and these rows. */
const parse = (...rows: string[]) => parseGoalsFile(csvRows([HEADER, ...rows].join('\r\n')));

/** The problems of a file whose second line is `row`, as sentences. */
const problemsOf = (row: string) =>
  parse(row).issues.map((issue) => goalsFileIssueSv(issue, 'mal.csv'));

/** A good row with one column changed. */
function rowWith(changes: Partial<Record<(typeof GOALS_FILE_COLUMNS)[number], string>>): string {
  const cells: Record<string, string> = {
    kf_mal: '2',
    namndmal: SELF,
    indikator: 'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
    enhet: 'antal',
    riktning: 'lagre',
    mal: '135',
    jamforelse: '<=',
    kalla: 'Verksamhetssystemet Lifecare',
    kolada_kpi: '',
    agenda2030: '1,3,8',
    ...changes,
  };
  return GOALS_FILE_COLUMNS.map((column) => cells[column] ?? '').join(';');
}

describe('the goals file', () => {
  it('reads council goals, board goals in file order with their Agenda 2030 union, and indicators', () => {
    const { plan, issues } = parseGoalsFile(
      csvRows(
        [
          `\uFEFF${HEADER}`,
          `"${KF2}";${SELF};Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd;antal;lagre;135;<=;Verksamhetssystemet Lifecare;;1,3`,
          `2;${SELF};"Ej återaktualiserade vuxna personer, andel (%)";%;hogre;81;>=;Verksamhetssystemet;N31807;"3, 8"`,
          '3. Alingsåsarna har inflytande, får god service och ett gott bemötande från kommunen;Nöjda via telefon ska öka;Nöjd med bemötandet via telefoni, index 0-100;index 0-100;högre;82.2;≥;Servicemätning;;16',
          '3;Nöjda via telefon ska öka;Insyn och inflytande (%);%;hogre;;;Medborgarundersökningen;;',
        ].join('\r\n'),
      ),
    );
    expect(issues).toEqual([]);
    expect(plan).toEqual({
      councilGoals: [
        { number: 2, text: KF2.slice(3), line: 2 },
        {
          number: 3,
          text: 'Alingsåsarna har inflytande, får god service och ett gott bemötande från kommunen',
          line: 4,
        },
      ],
      boardGoals: [
        { text: SELF, councilGoalNumber: 2, agenda2030: [1, 3, 8], line: 2 },
        { text: 'Nöjda via telefon ska öka', councilGoalNumber: 3, agenda2030: [16], line: 4 },
      ],
      indicators: [
        {
          boardGoal: SELF,
          name: 'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
          unit: 'count',
          direction: 'lower',
          target: { comparator: '<=', value: wholeValue(135) },
          source: 'Verksamhetssystemet Lifecare',
          koladaKpi: null,
          line: 2,
        },
        {
          boardGoal: SELF,
          name: 'Ej återaktualiserade vuxna personer, andel (%)',
          unit: 'percent',
          direction: 'higher',
          target: { comparator: '>=', value: wholeValue(81) },
          source: 'Verksamhetssystemet',
          koladaKpi: 'N31807',
          line: 3,
        },
        {
          boardGoal: 'Nöjda via telefon ska öka',
          name: 'Nöjd med bemötandet via telefoni, index 0-100',
          unit: 'index',
          direction: 'higher',
          target: { comparator: '>=', value: 822_000 },
          source: 'Servicemätning',
          koladaKpi: null,
          line: 4,
        },
        {
          boardGoal: 'Nöjda via telefon ska öka',
          name: 'Insyn och inflytande (%)',
          unit: 'percent',
          direction: 'higher',
          target: null,
          source: 'Medborgarundersökningen',
          koladaKpi: null,
          line: 5,
        },
      ],
    });
  });

  it('reads the columns in any order and their names in any case, with å, ä, ö or without', () => {
    const { plan, issues } = parseGoalsFile(
      csvRows(
        'Indikator;KF-mål;Nämndmål;Enhet;Riktning;Mål;Jämförelse;Källa;Kolada KPI;Agenda 2030\n' +
          'Dagar i snitt;1. Ett mål;Kortare insatser;dagar;lägre;302,5;<;Lifecare;n12345;',
      ),
    );
    expect(issues).toEqual([]);
    expect(plan?.indicators[0]).toMatchObject({
      name: 'Dagar i snitt',
      boardGoal: 'Kortare insatser',
      unit: 'days',
      direction: 'lower',
      target: { comparator: '<', value: 3_025_000 },
      koladaKpi: 'N12345',
    });
    expect(plan?.councilGoals).toEqual([{ number: 1, text: 'Ett mål', line: 2 }]);
  });

  it.each([
    ['%', 'percent'],
    ['antal', 'count'],
    ['dagar', 'days'],
    ['index', 'index'],
    ['index 0-100', 'index'],
    ['Index 0–100', 'index'],
    ['kr', 'kronor'],
  ])('reads the unit %s', (enhet, unit) => {
    expect(parse(rowWith({ enhet, mal: '', jamforelse: '' })).plan?.indicators[0]?.unit).toBe(unit);
  });

  it.each([
    ['hogre', 'higher'],
    ['Lägre', 'lower'],
    ['Högre är bättre', 'higher'],
  ])('reads the direction %s', (riktning, direction) => {
    expect(parse(rowWith({ riktning })).plan?.indicators[0]?.direction).toBe(direction);
  });

  it.each([
    ['2', 2, null],
    ['2.', 2, null],
    ['12 Ett mål', 12, 'Ett mål'],
    ['2:Ett mål', 2, 'Ett mål'],
  ])('reads the council goal %s', (kf, number, text) => {
    expect(parse(rowWith({ kf_mal: kf })).plan?.councilGoals).toEqual([{ number, text, line: 2 }]);
  });

  it('takes a council goal text from any row that gives it', () => {
    const { plan } = parse(rowWith({ kf_mal: '2' }), rowWith({ kf_mal: KF2, indikator: 'Annat' }));
    expect(plan?.councilGoals).toEqual([{ number: 2, text: KF2.slice(3), line: 2 }]);
  });

  it.each([
    ['no header', '', 'mal.csv: Filen är tom: den ska börja med en rubrikrad.'],
    ['only a header', HEADER, 'mal.csv rad 1: Filen har bara en rubrikrad, inga rader under den.'],
    [
      'a missing column',
      HEADER.replace(';kolada_kpi', ''),
      'mal.csv rad 1: Kolumnen saknas i rubrikraden (”kolada_kpi”).',
    ],
    [
      'an unknown column',
      `${HEADER};kommentar`,
      `mal.csv rad 1: Okänd kolumn; kolumnerna är ${HEADER} (”kommentar”).`,
    ],
    [
      'a column twice',
      `${HEADER};Mål`,
      'mal.csv rad 1: Kolumnen finns två gånger i rubrikraden (”Mål”).',
    ],
  ])('names the header problem: %s', (_, text, message) => {
    const { plan, issues } = parseGoalsFile(csvRows(text));
    expect(plan).toBeNull();
    expect(issues.map((issue) => goalsFileIssueSv(issue, 'mal.csv'))).toEqual([message]);
  });

  it.each([
    [
      'a target without comparator',
      { jamforelse: '' },
      'mal.csv rad 2, kolumn mal: Målvärdet saknar jämförelse: >=, <=, >, < eller = (”135”).',
    ],
    [
      'a comparator without target',
      { mal: '' },
      'mal.csv rad 2, kolumn jamforelse: Jämförelsen saknar målvärde i kolumnen mal (”<=”).',
    ],
    [
      'an unknown comparator',
      { jamforelse: '=>' },
      'mal.csv rad 2, kolumn jamforelse: Jämförelsen ska vara >=, <=, >, < eller = (”=>”).',
    ],
    [
      'a percentage over 100',
      { enhet: '%', mal: '100,5' },
      'mal.csv rad 2, kolumn mal: En andel i procent ska ligga mellan 0 och 100 (”100,5”).',
    ],
    [
      'an index over 100',
      { enhet: 'index', mal: '101' },
      'mal.csv rad 2, kolumn mal: Ett index ska ligga mellan 0 och 100 (”101”).',
    ],
    [
      'a count with decimals',
      { mal: '135,5' },
      'mal.csv rad 2, kolumn mal: Ett antal ska vara ett heltal (”135,5”).',
    ],
    [
      'negative days',
      { enhet: 'dagar', mal: '-3' },
      'mal.csv rad 2, kolumn mal: Värdet får inte vara negativt (”-3”).',
    ],
    [
      'a target that is no number',
      { mal: 'hög' },
      'mal.csv rad 2, kolumn mal: Inte ett tal (decimalkomma eller decimalpunkt, högst fyra decimaler, t.ex. 82,2) (”hög”).',
    ],
    [
      'an unknown unit',
      { enhet: 'st' },
      'mal.csv rad 2, kolumn enhet: Enheten ska vara %, antal, dagar, index eller kr (”st”).',
    ],
    [
      'an unknown direction',
      { riktning: 'upp' },
      'mal.csv rad 2, kolumn riktning: Riktningen ska vara hogre eller lagre (”upp”).',
    ],
    [
      'a council goal without number',
      { kf_mal: 'I Alingsås finns goda livsmiljöer' },
      'mal.csv rad 2, kolumn kf_mal: KF-målet ska börja med sitt nummer 1–99, t.ex. ”2” eller ”2. I Alingsås finns …” (”I Alingsås finns goda livsmiljöer”).',
    ],
    [
      'council goal 0',
      { kf_mal: '0' },
      'mal.csv rad 2, kolumn kf_mal: KF-målet ska börja med sitt nummer 1–99, t.ex. ”2” eller ”2. I Alingsås finns …” (”0”).',
    ],
    [
      'a Kolada id of the wrong shape',
      { kolada_kpi: 'N3180' },
      'mal.csv rad 2, kolumn kolada_kpi: Kolada-id ska vara en stor bokstav och fem siffror, t.ex. N31807 (”N3180”).',
    ],
    [
      'Agenda 2030 goal 18',
      { agenda2030: '1,18' },
      'mal.csv rad 2, kolumn agenda2030: Agenda 2030-målen ska vara tal 1–17 åtskilda med kommatecken, t.ex. 1,3,8 (”18”).',
    ],
    [
      'Agenda 2030 as words',
      { agenda2030: 'mål 1' },
      'mal.csv rad 2, kolumn agenda2030: Agenda 2030-målen ska vara tal 1–17 åtskilda med kommatecken, t.ex. 1,3,8 (”mål”).',
    ],
    ['an empty indicator', { indikator: ' ' }, 'mal.csv rad 2, kolumn indikator: Värde saknas.'],
  ])('names the line, column and value of %s', (_, changes, message) => {
    expect(problemsOf(rowWith(changes))).toEqual([message]);
  });

  it('names every problem of a row, and of every row, and gives no plan', () => {
    const { plan, issues } = parse(
      rowWith({ enhet: '%', mal: '120', riktning: 'mer' }),
      rowWith({ namndmal: '', indikator: 'Annat' }),
    );
    expect(plan).toBeNull();
    expect(issues).toEqual([
      { line: 2, column: 'riktning', problem: 'unknown-direction', value: 'mer' },
      { line: 2, column: 'mal', problem: 'percent-out-of-range', value: '120' },
      { line: 3, column: 'namndmal', problem: 'missing-value', value: '' },
    ]);
  });

  it('refuses an indicator twice under a goal, a board goal under two council goals, two texts of a council goal', () => {
    expect(parse(rowWith({}), rowWith({})).issues).toEqual([
      {
        line: 3,
        column: 'indikator',
        problem: 'duplicate-indicator',
        value: 'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
        detail: 'rad 2',
      },
    ]);
    expect(
      parse(rowWith({}), rowWith({ kf_mal: '3', indikator: 'Annat' })).issues.map((issue) =>
        goalsFileIssueSv(issue, 'mal.csv'),
      ),
    ).toEqual([
      'mal.csv rad 3, kolumn kf_mal: Nämndmålet står under ett annat KF-mål på rad 2 (”3”).',
    ]);
    expect(
      parse(rowWith({ kf_mal: '2. Ett' }), rowWith({ kf_mal: '2. Ett annat', indikator: 'B' }))
        .issues,
    ).toEqual([
      {
        line: 3,
        column: 'kf_mal',
        problem: 'council-goal-texts-differ',
        value: '2. Ett annat',
        detail: 'rad 2',
      },
    ]);
  });

  it('names the line a quoted cell over several lines starts on', () => {
    const { issues } = parseGoalsFile(
      csvRows(`${HEADER}\n${rowWith({ namndmal: '"Två\nrader"', enhet: 'st' })}`),
    );
    expect(issues).toEqual([{ line: 2, column: 'enhet', problem: 'unknown-unit', value: 'st' }]);
    const read = parseGoalsFile(
      csvRows(`${HEADER}\n${rowWith({ namndmal: '"Två\nrader"' })}\n${rowWith({ enhet: 'st' })}`),
    );
    expect(read.issues).toEqual([
      { line: 4, column: 'enhet', problem: 'unknown-unit', value: 'st' },
    ]);
  });
});
