import { afterAll, beforeAll, expect, it } from 'vitest';
import { indicatorValueFromNumber as v } from '#domain/goals/indicator-value';
import { AppError } from '#server/app-error';
import type { Database } from '#server/db/connect';
import { indicatorComparison } from '#server/features/goals/kolada-comparison.service';
import { importKoladaFile } from '#server/features/goals/kolada.service';
import { systemContext } from '#server/request-context';
import { koladaAnswer, koladaItem, linkedIndicator } from '../support/kolada';
import { testClock } from '../support/test-clock';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const ACTOR = { userId: null, username: 'controller', displayName: 'Controllern', ip: null };

describeEachEngine('importing Kolada figures, on %s', (engine) => {
  let database: Database;
  let ids: Awaited<ReturnType<typeof linkedIndicator>>;
  const clock = testClock('2024-03-01T09:00:00.000Z');
  const ctx = () =>
    systemContext(database, clock, ACTOR, {
      municipalityId: ids.municipalityId,
      boardId: ids.boardId,
    });
  const importFile = (name: string, text: string) =>
    importKoladaFile(ctx(), { name, bytes: Buffer.from(text) });

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    ids = await linkedIndicator(database, '1489', {
      kpi: 'N31807',
      name: 'Gott bemötande via telefon',
      unit: 'percent',
    });
  });
  afterAll(async () => {
    await database.close();
  });

  const outcomes = () =>
    database.db
      .selectFrom('indicator_outcome')
      .select([
        'measured_on',
        'total_value',
        'women_value',
        'men_value',
        'origin',
        'origin_file',
        'recorded_by',
        'revision',
      ])
      .where('municipality_id', '=', ids.municipalityId)
      .where('series_id', '=', ids.seriesId)
      .orderBy('measured_on')
      .execute();
  const comparisons = () =>
    database.db
      .selectFrom('indicator_comparison')
      .select(['measured_on', 'label', 'value'])
      .where('series_id', '=', ids.seriesId)
      .orderBy('measured_on')
      .orderBy('label')
      .execute();
  const koladaRows = () =>
    database.db
      .selectFrom('kolada_value')
      .select([
        'kpi',
        'kolada_id',
        'period',
        'gender',
        'value',
        'count',
        'origin',
        'origin_file',
        'imported_by',
      ])
      .where('municipality_id', '=', ids.municipalityId)
      .orderBy('kpi')
      .orderBy('kolada_id')
      .orderBy('period')
      .orderBy('gender')
      .execute();
  const auditRows = () =>
    database.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'object_id', 'after', 'username'])
      .where('municipality_id', '=', ids.municipalityId)
      .where('action', '=', 'kolada-import')
      .execute();
  /** Everything an import may write, to see that a refused one wrote nothing. */
  const snapshot = async () => ({
    outcomes: await outcomes(),
    comparisons: await comparisons(),
    kolada: await koladaRows(),
    audit: await auditRows(),
    version: await database.db
      .selectFrom('data_version')
      .select('version')
      .where('municipality_id', '=', ids.municipalityId)
      .executeTakeFirst(),
  });

  const FILE = koladaAnswer([
    koladaItem('N31807', '1489', 2022, { T: 84, K: 86.2, M: 80.5 }),
    koladaItem('N31807', '1489', 2021, { T: 81, K: null, M: null }),
    koladaItem('N31807', '0000', 2022, { T: 82.2, K: 83, M: 81 }),
    koladaItem('N31807', 'G33956', 2022, { T: 80.75 }),
    koladaItem('N31807', '1480', 2022, { T: 79 }),
    koladaItem('N31807', '1401', 2022, { T: 83 }),
    koladaItem('U00002', '1489', 2022, { T: 12 }),
  ]);

  it('writes the own values as outcomes at 31 December, the comparisons beside them, and keeps every value', async () => {
    const result = await importFile('kolada-n31807.json', FILE);
    expect(result).toEqual({
      municipalityCode: '1489',
      values: 13,
      outcomes: 2,
      series: 1,
      comparisons: 2,
      unlinkedKpis: ['U00002'],
      emptyOwn: [],
    });
    expect(await outcomes()).toEqual([
      {
        measured_on: '2021-12-31',
        total_value: '81.0000',
        women_value: null,
        men_value: null,
        origin: 'kolada',
        origin_file: 'kolada-n31807.json',
        recorded_by: 'controller',
        revision: 1,
      },
      {
        measured_on: '2022-12-31',
        total_value: '84.0000',
        women_value: '86.2000',
        men_value: '80.5000',
        origin: 'kolada',
        origin_file: 'kolada-n31807.json',
        recorded_by: 'controller',
        revision: 1,
      },
    ]);
    expect(await comparisons()).toEqual([
      { measured_on: '2022-12-31', label: 'Kommungrupp G33956', value: '80.7500' },
      { measured_on: '2022-12-31', label: 'Riket', value: '82.2000' },
    ]);
    const kept = await koladaRows();
    expect(kept).toHaveLength(13);
    expect(kept.filter((row) => row.kolada_id === '1489' && row.period === 2021)).toEqual([
      {
        kpi: 'N31807',
        kolada_id: '1489',
        period: 2021,
        gender: 'K',
        value: null,
        count: 1,
        origin: 'file',
        origin_file: 'kolada-n31807.json',
        imported_by: 'controller',
      },
      {
        kpi: 'N31807',
        kolada_id: '1489',
        period: 2021,
        gender: 'M',
        value: null,
        count: 1,
        origin: 'file',
        origin_file: 'kolada-n31807.json',
        imported_by: 'controller',
      },
      {
        kpi: 'N31807',
        kolada_id: '1489',
        period: 2021,
        gender: 'T',
        value: '81.0000',
        count: 1,
        origin: 'file',
        origin_file: 'kolada-n31807.json',
        imported_by: 'controller',
      },
    ]);
    expect(kept.find((row) => row.kolada_id === 'G33956')).toMatchObject({
      value: '80.7500',
      count: 12,
    });
    expect(kept.find((row) => row.kpi === 'U00002')).toMatchObject({
      kolada_id: '1489',
      value: '12.0000',
    });
    const [audit, ...more] = await auditRows();
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      action: 'kolada-import',
      object_type: 'kolada',
      object_id: 'kolada-n31807.json',
      username: 'controller',
      after: {
        fileName: 'kolada-n31807.json',
        kpis: ['N31807', 'U00002'],
        periods: [2021, 2022],
        values: 13,
        outcomes: 2,
        comparisons: 2,
        unlinkedKpis: ['U00002'],
      },
    });
  });

  it("replaces the figures with Kolada's revised ones on the next import", async () => {
    clock.advanceMinutes(5);
    await importFile(
      'kolada-reviderad.json',
      koladaAnswer([koladaItem('N31807', '1489', 2022, { T: 84.5, K: 86.2, M: 81 })]),
    );
    const latest = (await outcomes()).find((row) => row.measured_on === '2022-12-31');
    expect(latest).toMatchObject({
      total_value: '84.5000',
      men_value: '81.0000',
      origin_file: 'kolada-reviderad.json',
      revision: 2,
    });
    expect(
      (await koladaRows()).filter(
        (row) =>
          row.kpi === 'N31807' &&
          row.kolada_id === '1489' &&
          row.period === 2022 &&
          row.gender === 'T',
      ),
    ).toEqual([
      expect.objectContaining({ value: '84.5000', origin_file: 'kolada-reviderad.json' }),
    ]);
  });

  async function refusal(name: string, text: string): Promise<string[]> {
    const before = await snapshot();
    const error: unknown = await importFile(name, text).then(
      () => new Error('imported'),
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(await snapshot()).toEqual(before);
    return (error as AppError).issues.map((issue) => issue.value ?? '');
  }

  it("refuses a file that is not JSON or not Kolada's, writing nothing", async () => {
    expect(await refusal('trasig.json', '{"values": [')).toEqual([
      expect.stringMatching(/^trasig\.json är inte JSON: /),
    ]);
    expect(await refusal('fel.json', '{"rows": []}')).toEqual([
      'fel.json har inte Koladas form: ett objekt med listan values väntades (values är (saknas)).',
    ]);
    const bad = koladaAnswer([
      koladaItem('N31807', '1489', 2023, { T: 85 }),
      { ...koladaItem('N31807', '1489', 2024, { T: 85 }), values: [{ gender: 'X', value: 85 }] },
    ]);
    expect(await refusal('kön.json', bad)).toEqual([
      'kön.json, post 2 (values[1]), fältet values[0].gender: "X" är inget kön i Kolada (T totalt, K kvinnor eller M män).',
    ]);
  });

  it('refuses a file with no value of the municipality, naming its code, writing nothing', async () => {
    const otherMunicipality = koladaAnswer([
      koladaItem('N31807', '1480', 2023, { T: 79 }),
      koladaItem('N31807', '0000', 2023, { T: 82 }),
    ]);
    expect(await refusal('alingsas-saknas.json', otherMunicipality)).toEqual([
      'Filen har inget värde för kommunen 1489: hämta data för den kommunen ur Kolada (municipality/1489).',
    ]);
  });

  it("refuses an own value the linked indicator's unit cannot hold, writing nothing", async () => {
    const overHundred = koladaAnswer([
      koladaItem('N31807', '1489', 2023, { T: 101.5, K: 99, M: 100 }),
      koladaItem('N31807', '0000', 2023, { T: 82 }),
    ]);
    expect(await refusal('over-hundra.json', overHundred)).toEqual([
      'N31807, kommun 1489, år 2023, indikatorn ”Gott bemötande via telefon”: Totalt: en andel ska ligga mellan 0 och 100 %.',
    ]);
  });

  it('gives the indicator beside Riket and the group, with a target proposed from the municipalities', async () => {
    const comparison = await indicatorComparison(ctx(), { indicatorId: ids.id });
    expect(comparison.indicator.name).toBe('Gott bemötande via telefon');
    expect(comparison.outcomes.map((outcome) => [outcome.measuredOn, outcome.total])).toEqual([
      ['2021-12-31', v(81)],
      ['2022-12-31', v(84.5)],
    ]);
    expect(comparison.koladaOwn.map((point) => [point.year, point.total])).toEqual([
      [2021, v(81)],
      [2022, v(84.5)],
    ]);
    expect(comparison.comparisons.map((series) => [series.label, series.points])).toEqual([
      ['Riket', [{ year: 2022, total: v(82.2), women: v(83), men: v(81) }]],
      ['Kommungrupp G33956', [{ year: 2022, total: v(80.75), women: null, men: null }]],
    ]);
    // 1489 84,5, 1480 79 and 1401 83 in 2022: (84,5 + 79 + 83) / 3 = 82,1666… -> ≥82,2.
    expect(comparison.proposedTarget).toEqual({
      comparator: '>=',
      value: v(82.2),
      basisYear: 2022,
      municipalities: 3,
    });
  });

  it('refuses an indicator of another municipality as not found', async () => {
    const other = await linkedIndicator(database, '9999', {
      kpi: 'N31807',
      name: 'Annan kommuns',
      unit: 'percent',
    });
    await expect(indicatorComparison(ctx(), { indicatorId: other.id })).rejects.toMatchObject({
      code: 'not-found',
      details: { entity: 'indicator' },
    });
  });
});
