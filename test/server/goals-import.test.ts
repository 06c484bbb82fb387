import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GOALS_FILE_COLUMNS } from '#domain/goals/goals-file';
import { wholeValue } from '#domain/goals/indicator-value';
import type { BoardRef } from '#server/board-ref';
import type { Database } from '#server/db/connect';
import { dataVersionOf } from '#server/db/data-version';
import { importGoalsFile } from '#server/features/goals/goals-import.service';
import { goalTreeOf } from '#server/features/goals/goals.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { AppError } from '#server/app-error';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const HEADER = GOALS_FILE_COLUMNS.join(';');
const KF2 = '2. I Alingsås finns goda livsmiljöer';
const KF3 = '3. Alingsåsarna har inflytande';

const csv = (name: string, lines: readonly string[]) => ({
  name,
  bytes: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8'),
});

const FIRST = [
  `${KF2};Fler blir självförsörjande;Hushåll med långvarigt bistånd;antal;lagre;135;<=;Lifecare;;1,8`,
  `2;Fler blir självförsörjande;Ej återaktualiserade, andel (%);%;hogre;81;>=;Lifecare;N31807;3`,
  `${KF3};Nöjda via telefon ska öka;Nöjd med bemötandet, index;index 0-100;hogre;82,2;>=;Servicemätning;;16`,
];

/** The tables the goals import writes, counted. */
async function counts(database: Database) {
  const count = async (table: 'council_goal' | 'board_goal' | 'indicator' | 'audit_log') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    councilGoals: await count('council_goal'),
    boardGoals: await count('board_goal'),
    indicators: await count('indicator'),
    audit: await count('audit_log'),
  };
}

/** The Swedish sentences of an import refused for its file's problems. */
async function refusal(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`not refused: ${String(error)}`);
  return error.issues.map((issue) => issue.value ?? '');
}

describeEachEngine('goals import on %s', (engine) => {
  let database: Database;
  let board: BoardRef;
  const ctx = () =>
    systemContext(database, { now: () => new Date('2028-01-15T09:00:00Z') }, SYSTEM_ACTOR, board);

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
  });
  afterAll(async () => {
    await database.close();
  });

  it('creates the council goals, board goals and indicators of the year in the file’s order', async () => {
    const summary = await importGoalsFile(ctx(), { year: 2028, file: csv('mal.csv', FIRST) });
    expect(summary).toEqual({
      year: 2028,
      termStartYear: 2027,
      councilGoals: { created: 2, updated: 0, unchanged: 0 },
      boardGoals: { created: 2, updated: 0, unchanged: 0 },
      indicators: { created: 3, updated: 0, unchanged: 0 },
      continuedSeries: 0,
      keptBoardGoals: [],
      keptIndicators: [],
    });
    const tree = await goalTreeOf(database.db, board, 2028);
    expect(tree.councilGoals.map((goal) => [goal.termStartYear, goal.number, goal.text])).toEqual([
      [2027, 2, 'I Alingsås finns goda livsmiljöer'],
      [2027, 3, 'Alingsåsarna har inflytande'],
    ]);
    expect(tree.boardGoals.map((goal) => [goal.position, goal.text, goal.agenda2030])).toEqual([
      [1, 'Fler blir självförsörjande', [1, 3, 8]],
      [2, 'Nöjda via telefon ska öka', [16]],
    ]);
    expect(
      tree.indicators.map((indicator) => [
        indicator.name,
        indicator.position,
        indicator.unit,
        indicator.direction,
        indicator.target,
        indicator.source,
        indicator.koladaKpi,
      ]),
    ).toEqual([
      [
        'Hushåll med långvarigt bistånd',
        1,
        'count',
        'lower',
        { comparator: '<=', value: wholeValue(135) },
        'Lifecare',
        null,
      ],
      [
        'Nöjd med bemötandet, index',
        1,
        'index',
        'higher',
        { comparator: '>=', value: 822_000 },
        'Servicemätning',
        null,
      ],
      [
        'Ej återaktualiserade, andel (%)',
        2,
        'percent',
        'higher',
        { comparator: '>=', value: wholeValue(81) },
        'Lifecare',
        'N31807',
      ],
    ]);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'object_id', 'after'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      action: 'goals-import',
      object_type: 'board',
      object_id: board.boardId,
      after: { file: 'mal.csv', year: 2028 },
    });
  });

  it('updates what the file changes on a second import and keeps what it no longer has, last', async () => {
    const before = await goalTreeOf(database.db, board, 2028);
    const summary = await importGoalsFile(ctx(), {
      year: 2028,
      file: csv('mal.csv', [
        `3;Nöjda via telefon ska öka;Nöjd med bemötandet, index;index;hogre;85;>=;Servicemätning;;16`,
        `3;Nöjda via telefon ska öka;Enkelt att få hjälp, index;index;hogre;;;Servicemätning;;`,
        `2. I Alingsås finns goda livsmiljöer, ändrad;Fler blir självförsörjande;Hushåll med långvarigt bistånd;antal;lagre;135;<=;Lifecare;;1,8`,
      ]),
    });
    expect(summary).toMatchObject({
      councilGoals: { created: 0, updated: 1, unchanged: 1 },
      boardGoals: { created: 0, updated: 2, unchanged: 0 },
      indicators: { created: 1, updated: 1, unchanged: 1 },
      keptBoardGoals: [],
      keptIndicators: ['Ej återaktualiserade, andel (%)'],
    });
    const tree = await goalTreeOf(database.db, board, 2028);
    expect(tree.councilGoals.find((goal) => goal.number === 2)?.text).toBe(
      'I Alingsås finns goda livsmiljöer, ändrad',
    );
    expect(tree.boardGoals.map((goal) => [goal.position, goal.text])).toEqual([
      [1, 'Nöjda via telefon ska öka'],
      [2, 'Fler blir självförsörjande'],
    ]);
    // The same rows (ids and series), the target changed, the new one after it.
    expect(tree.boardGoals.map((goal) => goal.id).sort()).toEqual(
      before.boardGoals.map((goal) => goal.id).sort(),
    );
    const phone = tree.indicators.filter((i) => i.boardGoalId === tree.boardGoals[0]?.id);
    expect(phone.map((i) => [i.position, i.name, i.target])).toEqual([
      [1, 'Nöjd med bemötandet, index', { comparator: '>=', value: wholeValue(85) }],
      [2, 'Enkelt att få hjälp, index', null],
    ]);
    const self = tree.indicators.filter((i) => i.boardGoalId === tree.boardGoals[1]?.id);
    expect(self.map((i) => [i.position, i.name])).toEqual([
      [1, 'Hushåll med långvarigt bistånd'],
      [2, 'Ej återaktualiserade, andel (%)'],
    ]);
  });

  it('refuses a file with problems, naming each, and writes nothing', async () => {
    const before = await counts(database);
    const version = await dataVersionOf(database.db, board.municipalityId);
    expect(
      await refusal(
        importGoalsFile(ctx(), {
          year: 2028,
          file: csv('fel.csv', [
            `2;Ett nytt mål;Andel nöjda;%;hogre;120;>=;Enkät;;`,
            `2;Ett nytt mål;Antal besök;antal;lagre;90;;Enkät;;`,
            `2;Ett nytt mål;Antal;antal;lagre;;;Enkät;;18`,
          ]),
        }),
      ),
    ).toEqual([
      'fel.csv rad 2, kolumn mal: En andel i procent ska ligga mellan 0 och 100 (”120”).',
      'fel.csv rad 3, kolumn mal: Målvärdet saknar jämförelse: >=, <=, >, < eller = (”90”).',
      'fel.csv rad 4, kolumn agenda2030: Agenda 2030-målen ska vara tal 1–17 åtskilda med kommatecken, t.ex. 1,3,8 (”18”).',
    ]);
    // A council goal by number only that the period does not have: found in the database.
    expect(
      await refusal(
        importGoalsFile(ctx(), {
          year: 2028,
          file: csv('fel.csv', [
            `2;Fler blir självförsörjande;Hushåll med långvarigt bistånd;antal;lagre;130;<=;Lifecare;;`,
            `7;Ett nytt mål;Antal besök;antal;lagre;;;Enkät;;`,
          ]),
        }),
      ),
    ).toEqual([
      'fel.csv rad 3, kolumn kf_mal: KF-målet finns inte för mandatperioden 2027–2030: skriv målets text efter numret, t.ex. ”2. I Alingsås finns …” (”7”).',
    ]);
    expect(await counts(database)).toEqual(before);
    expect(await dataVersionOf(database.db, board.municipalityId)).toBe(version);
    expect(
      (await goalTreeOf(database.db, board, 2028)).indicators.map((i) => i.target),
    ).not.toContainEqual({ comparator: '<=', value: wholeValue(130) });
  });

  it('reads the same columns from the first sheet of an XLSX workbook, figures as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mål');
    sheet.addRow([...GOALS_FILE_COLUMNS]);
    sheet.addRow([
      1,
      'Kortare insatser',
      'Genomsnittlig insatstid, dagar',
      'dagar',
      'lagre',
      302.5,
      '<=',
      'Lifecare',
      null,
      '3,8,16',
    ]);
    sheet.addRow([]);
    sheet.addRow([
      '1. Ett tryggt Alingsås',
      'Kortare insatser',
      'Antal insatser',
      'antal',
      'lagre',
      null,
      null,
      'Lifecare',
      null,
      3,
    ]);
    // "81 %" typed into a cell: Excel keeps 0.81 formatted as a percentage.
    sheet.addRow([
      '1',
      'Kortare insatser',
      'Andel i tid',
      '%',
      'hogre',
      0.81,
      '>=',
      'Lifecare',
      null,
      null,
    ]);
    sheet.getCell('F5').numFmt = '0%';
    // A formula's saved value, with a float’s noise: 30.000000000000004.
    sheet.addRow([
      '1',
      'Kortare insatser',
      'Nöjdhet',
      'index',
      'hogre',
      { formula: '(0.1+0.2)*100', result: (0.1 + 0.2) * 100 },
      '>=',
      'Enkät',
      null,
      null,
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const summary = await importGoalsFile(ctx(), { year: 2029, file: { name: 'mal.xlsx', bytes } });
    expect(summary.indicators.created).toBe(4);
    const tree = await goalTreeOf(database.db, board, 2029);
    expect(tree.councilGoals.map((goal) => [goal.number, goal.text])).toEqual([
      [1, 'Ett tryggt Alingsås'],
    ]);
    expect(tree.boardGoals.map((goal) => goal.agenda2030)).toEqual([[3, 8, 16]]);
    expect(tree.indicators.map((i) => [i.name, i.target])).toEqual([
      ['Genomsnittlig insatstid, dagar', { comparator: '<=', value: 3_025_000 }],
      ['Antal insatser', null],
      ['Andel i tid', { comparator: '>=', value: wholeValue(81) }],
      ['Nöjdhet', { comparator: '>=', value: wholeValue(30) }],
    ]);
    // A wrong figure is named by its sheet row.
    sheet.getCell('F4').value = -2;
    sheet.getCell('G4').value = '<=';
    const wrong = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(
      await refusal(
        importGoalsFile(ctx(), { year: 2029, file: { name: 'mal.xlsx', bytes: wrong } }),
      ),
    ).toEqual(['mal.xlsx rad 4, kolumn mal: Värdet får inte vara negativt (”-2”).']);
    expect(
      await refusal(
        importGoalsFile(ctx(), {
          year: 2029,
          file: { name: 'mal.xlsx', bytes: Buffer.from('inte en arbetsbok') },
        }),
      ),
    ).toEqual(['mal.xlsx: Filen kan inte öppnas som en Excel-arbetsbok (.xlsx).']);
    // The workbook saved under a .csv name.
    expect(
      await refusal(importGoalsFile(ctx(), { year: 2029, file: { name: 'mal.csv', bytes } })),
    ).toEqual([
      'mal.csv: Filen är ingen textfil: spara den som CSV (semikolonavgränsad) eller som Excel-arbetsbok (.xlsx).',
    ]);
  });

  it('reads a CSV saved by Excel as Windows-1252', async () => {
    const text = `${HEADER}\r\n2;Fler i arbete;Antal personer i åtgärd;antal;högre;40;>=;Källa AME;;8\r\n`;
    const bytes = Buffer.from(text, 'latin1');
    const summary = await importGoalsFile(ctx(), { year: 2030, file: { name: 'mal.csv', bytes } });
    expect(summary.indicators.created).toBe(1);
    const tree = await goalTreeOf(database.db, board, 2030);
    expect(tree.indicators.map((i) => [i.name, i.direction, i.source])).toEqual([
      ['Antal personer i åtgärd', 'higher', 'Källa AME'],
    ]);
  });
});
