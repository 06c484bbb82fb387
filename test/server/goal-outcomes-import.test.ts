import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GOALS_FILE_COLUMNS } from '#domain/goals/goals-file';
import { previousYearOutcome } from '#domain/goals/goal-model';
import { wholeValue } from '#domain/goals/indicator-value';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Database } from '#server/db/connect';
import { carryOverGoals } from '#server/features/goals/goals-carry-over.service';
import { importGoalsFile } from '#server/features/goals/goals-import.service';
import { goalTreeOf } from '#server/features/goals/goals.service';
import { importOutcomesFile } from '#server/features/goals/outcomes-import.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase, unguarded } from '../support/test-database';

const file = (name: string, lines: readonly string[]) => ({
  name,
  bytes: Buffer.from(lines.join('\n'), 'utf8'),
});
const goalsFile = (lines: readonly string[]) =>
  file('mal.csv', [GOALS_FILE_COLUMNS.join(';'), ...lines]);
const OUTCOMES_HEADER = 'indikator;datum;totalt;kvinnor;man';

const GOALS = [
  '2. Goda livsmiljöer;Fler blir självförsörjande;Hushåll med långvarigt bistånd;antal;lagre;135;<=;Lifecare;;1',
  '2;Fler blir självförsörjande;Ej återaktualiserade, andel (%);%;hogre;81;>=;Lifecare;;1',
  '3. Inflytande;Nöjda via telefon ska öka;Nöjd med bemötandet, index;index;hogre;;;Servicemätning;;16',
];

async function refusal(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`not refused: ${String(error)}`);
  return error.issues.length > 0
    ? error.issues.map((issue) => issue.value ?? '')
    : [`${error.code} ${String(error.details.reason)} ${String(error.details.year)}`];
}

describeEachEngine('goal outcomes from a file, and goals carried over, on %s', (engine) => {
  let database: Database;
  let board: BoardRef;
  let otherBoard: BoardRef;
  const clock = { now: () => new Date('2028-09-05T08:00:00Z') };
  const ctx = (scope: BoardRef | { municipalityId: string } = board) =>
    systemContext(database, clock, SYSTEM_ACTOR, scope);
  const outcomeRows = () =>
    database.db
      .selectFrom('indicator_outcome')
      .select(['measured_on', 'total_value', 'women_value', 'men_value', 'origin', 'origin_file'])
      .where('municipality_id', '=', board.municipalityId)
      // The demo's own outcomes (2022, 2023) left out.
      .where('measured_on', '>=', '2028-01-01')
      .orderBy('measured_on')
      .orderBy('total_value')
      .execute();

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
    // A second board of the municipality, with an indicator of the same name.
    const other = await unguarded(database)
      .insertInto('board')
      .values({ municipality_id: municipality.id, code: 'VON', name: 'Vård- och omsorgsnämnden' })
      .returning('id')
      .executeTakeFirstOrThrow();
    otherBoard = { municipalityId: municipality.id, boardId: other.id };
    await importGoalsFile(ctx(), { year: 2028, file: goalsFile(GOALS) });
    await importGoalsFile(ctx(otherBoard), {
      year: 2028,
      file: goalsFile([
        '3;Nöjda via telefon ska öka;Nöjd med bemötandet, index;index;hogre;;;Servicemätning;;',
      ]),
    });
  });
  afterAll(async () => {
    await database.close();
  });

  it('refuses a percentage over 100, women + men that are not a count’s total, an unknown and an ambiguous indicator; writes nothing', async () => {
    const sentences = await refusal(
      importOutcomesFile(ctx({ municipalityId: board.municipalityId }), {
        file: file('utfall.csv', [
          OUTCOMES_HEADER,
          'Hushåll med långvarigt bistånd;2028-08-31;166;85;80',
          'Ej återaktualiserade, andel (%);2028-08-31;100,5;;',
          'Hushåll med bistånd;2028-08-31;12;;',
          'Nöjd med bemötandet, index;2028-08-31;82,2;;',
          'Hushåll med långvarigt bistånd;2029-08-31;100;;',
        ]),
      }),
    );
    expect(sentences).toEqual([
      'utfall.csv rad 2, kolumn totalt: Kvinnor + män är inte totalt för ett antal (85 + 80 = 165) (”166”).',
      'utfall.csv rad 3, kolumn totalt: En andel i procent ska ligga mellan 0 och 100 (”100,5”).',
      'utfall.csv rad 4, kolumn indikator: Nyckeltalet finns inte bland kommunens nyckeltal för 2028 (”Hushåll med bistånd”).',
      'utfall.csv rad 5, kolumn indikator: Nyckeltalet finns hos flera nämnder 2028 (SN, VON): ange nämnden med --board (”Nöjd med bemötandet, index”).',
      'utfall.csv rad 6, kolumn indikator: Nyckeltalet finns inte bland kommunens nyckeltal för 2029 (”Hushåll med långvarigt bistånd”).',
    ]);
    expect(await outcomeRows()).toEqual([]);
  });

  it('writes the outcomes with their file, found by name (any case) on the board given', async () => {
    const summary = await importOutcomesFile(ctx(), {
      boardId: board.boardId,
      file: file('utfall.csv', [
        OUTCOMES_HEADER,
        'hushåll med långvarigt bistånd;2028-08-31;166;85;81',
        'Ej återaktualiserade, andel (%);2028-08-31;70;69;70',
        'Nöjd med bemötandet, index;2028-08-31;82.2;;',
        'Nöjd med bemötandet, index;2028-04-30;80;;',
      ]),
    });
    expect(summary).toEqual({ outcomes: 4, indicators: 3 });
    expect(await outcomeRows()).toEqual([
      {
        measured_on: '2028-04-30',
        total_value: '80.0000',
        women_value: null,
        men_value: null,
        origin: 'file',
        origin_file: 'utfall.csv',
      },
      {
        measured_on: '2028-08-31',
        total_value: '70.0000',
        women_value: '69.0000',
        men_value: '70.0000',
        origin: 'file',
        origin_file: 'utfall.csv',
      },
      {
        measured_on: '2028-08-31',
        total_value: '82.2000',
        women_value: null,
        men_value: null,
        origin: 'file',
        origin_file: 'utfall.csv',
      },
      {
        measured_on: '2028-08-31',
        total_value: '166.0000',
        women_value: '85.0000',
        men_value: '81.0000',
        origin: 'file',
        origin_file: 'utfall.csv',
      },
    ]);
    const tree = await goalTreeOf(database.db, board, 2028);
    // Given for women and men in the file: the indicators are split by gender now.
    expect(tree.indicators.map((i) => [i.name, i.byGender])).toEqual([
      ['Hushåll med långvarigt bistånd', true],
      ['Nöjd med bemötandet, index', false],
      ['Ej återaktualiserade, andel (%)', true],
    ]);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      action: 'goal-outcomes-import',
      after: { file: 'utfall.csv', outcomes: 4, indicators: 3 },
    });
  });

  it('reads outcomes from a workbook, its dates as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Utfall');
    sheet.addRow(['Indikator', 'Datum', 'Totalt', 'Kvinnor', 'Män']);
    sheet.addRow([
      'Nöjd med bemötandet, index',
      new Date(Date.UTC(2028, 11, 31)),
      83.5,
      null,
      null,
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(
      await importOutcomesFile(ctx(), {
        boardId: board.boardId,
        file: { name: 'utfall.xlsx', bytes },
      }),
    ).toEqual({ outcomes: 1, indicators: 1 });
    expect((await outcomeRows()).filter((row) => row.measured_on === '2028-12-31')).toEqual([
      {
        measured_on: '2028-12-31',
        total_value: '83.5000',
        women_value: null,
        men_value: null,
        origin: 'file',
        origin_file: 'utfall.xlsx',
      },
    ]);
  });

  it('carries the goals to the next year with the same series and targets, so this year is the previous year', async () => {
    const summary = await carryOverGoals(ctx(), { fromYear: 2028 });
    expect(summary).toEqual({
      fromYear: 2028,
      toYear: 2029,
      boardGoals: 2,
      targets: [
        {
          boardGoal: 'Fler blir självförsörjande',
          indicator: 'Hushåll med långvarigt bistånd',
          target: { comparator: '<=', value: wholeValue(135) },
        },
        {
          boardGoal: 'Fler blir självförsörjande',
          indicator: 'Ej återaktualiserade, andel (%)',
          target: { comparator: '>=', value: wholeValue(81) },
        },
        {
          boardGoal: 'Nöjda via telefon ska öka',
          indicator: 'Nöjd med bemötandet, index',
          target: null,
        },
      ],
      councilGoalsCopied: [],
      councilGoalsKept: [],
    });
    const from = await goalTreeOf(database.db, board, 2028);
    const to = await goalTreeOf(database.db, board, 2029);
    expect(to.boardGoals.map((g) => [g.position, g.text, g.councilGoalId, g.agenda2030])).toEqual(
      from.boardGoals.map((g) => [g.position, g.text, g.councilGoalId, g.agenda2030]),
    );
    expect(to.indicators.map((i) => [i.name, i.seriesId, i.target, i.byGender])).toEqual(
      from.indicators.map((i) => [i.name, i.seriesId, i.target, i.byGender]),
    );
    const household = to.indicators.find((i) => i.name === 'Hushåll med långvarigt bistånd');
    expect(household && previousYearOutcome(to.outcomes, household.seriesId, 2029)?.total).toBe(
      wholeValue(166),
    );
    expect(to.assessments).toEqual([]);
    // Once: the next year has goals now.
    expect(await refusal(carryOverGoals(ctx(), { fromYear: 2028 }))).toEqual([
      'conflict goals-exist 2029',
    ]);
    expect(await refusal(carryOverGoals(ctx(), { fromYear: 2035 }))).toEqual([
      'conflict no-goals-to-carry 2035',
    ]);
  });

  it('copies the council goals to a new period of office, keeping the new period’s own', async () => {
    await importGoalsFile(ctx(), {
      year: 2030,
      file: goalsFile([
        '2;Fler blir självförsörjande;Hushåll med långvarigt bistånd;antal;lagre;130;<=;Lifecare;;1',
        '3;Nöjda via telefon ska öka;Nöjd med bemötandet, index;index;hogre;83;>=;Servicemätning;;16',
      ]),
    });
    await importGoalsFile(ctx(otherBoard), {
      year: 2031,
      file: goalsFile(['3. Ny text för 2031–2034;Annat mål;Annat nyckeltal;antal;hogre;;;Källa;;']),
    });
    const summary = await carryOverGoals(ctx(), { fromYear: 2030 });
    expect(summary).toMatchObject({ toYear: 2031, councilGoalsCopied: [2], councilGoalsKept: [3] });
    const tree = await goalTreeOf(database.db, board, 2031);
    expect(tree.councilGoals.map((g) => [g.termStartYear, g.number, g.text])).toEqual([
      [2031, 2, 'Goda livsmiljöer'],
      [2031, 3, 'Ny text för 2031–2034'],
    ]);
  });
});
