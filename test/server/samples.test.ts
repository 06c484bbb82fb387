import { afterAll, beforeAll, expect, it } from 'vitest';
import { drawSample } from '#domain/internal-control/sample-draw';
import { parseIsoDate } from '#domain/kernel/period';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Database } from '#server/db/connect';
import { importAccessLog } from '#server/features/internal-control/access-log-import.service';
import {
  drawPeriodSample,
  redoSample,
  showSample,
} from '#server/features/internal-control/samples.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const users = Array.from(
  { length: 20 },
  (_, index) => `handl${String(index + 1).padStart(2, '0')}`,
);
/** User n has n entries in the first week of March 2026, and one entry on 31 March at 23:30. */
const LOG = [
  'anvandare;tidpunkt;arende;handelse',
  ...users.flatMap((user, index) =>
    Array.from(
      { length: index + 1 },
      (_, entry) =>
        `${user};2026-03-0${String(2 + (entry % 5))} 09:${String(entry).padStart(2, '0')};IFO-${String(entry)};Läst`,
    ),
  ),
  'sen.kvall;2026-03-31 23:30;IFO-9;Läst',
  'april;2026-04-01 00:30;IFO-9;Läst',
].join('\n');
const MARCH = { from: parseIsoDate('2026-03-01'), to: parseIsoDate('2026-03-31') };

/** sample draw and redo: the same record gives the same items, a too-large sample is refused. */
describeEachEngine('samples drawn from the access log on %s', (engine) => {
  let database: Database;
  let board: BoardRef;
  const ctx = () =>
    systemContext(database, { now: () => new Date('2026-04-02T09:00:00Z') }, SYSTEM_ACTOR, board);
  const sampleCount = async () =>
    (
      await database.db
        .selectFrom('sample')
        .select('id')
        .where('municipality_id', '=', board.municipalityId)
        .execute()
    ).length;

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
    await importAccessLog(ctx(), { name: 'mars.csv', bytes: Buffer.from(LOG) });
  });
  afterAll(async () => {
    await database.close();
  });

  it('draws from the users of the period sorted by name, in Swedish days, and records the draw', async () => {
    const drawn = await drawPeriodSample(ctx(), {
      population: 'access_log',
      period: MARCH,
      size: 5,
      seed: 'mars 2026',
    });
    // 20 users and the one at 23:30 on 31 March; the entry 00:30 on 1 April (22:30 UTC on 31 March) is April's.
    const population = [...users, 'sen.kvall'].sort();
    expect(drawn.populationCount).toBe(21);
    const expected = drawSample(population, 5, 'mars 2026');
    if (!expected.ok) throw new Error('refused');
    expect(drawn.items.map((item) => item.key)).toEqual(expected.items);
    const first = drawn.items[0];
    const count = first?.key === 'sen.kvall' ? 1 : Number(first?.key.slice(5));
    expect(first?.label).toBe(
      `${first?.key ?? ''}: ${String(count)} ${count === 1 ? 'loggpost' : 'loggposter'}`,
    );

    const view = await showSample(ctx(), drawn.sampleId);
    expect(view.sample).toMatchObject({
      population: 'access_log',
      parameters: { from: '2026-03-01', to: '2026-03-31' },
      size: 5,
      seed: 'mars 2026',
      populationCount: 21,
      drawnBy: SYSTEM_ACTOR.username,
      drawnAt: '2026-04-02T09:00:00.000Z',
    });
    expect(view.items.map((item) => [item.position, item.key, item.verdict])).toEqual(
      expected.items.map((key, index) => [index + 1, key, null]),
    );
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('object_id', '=', drawn.sampleId)
      .orderBy('seq')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['sample-draw', 'access-log-read']);
    expect(audit[0]?.after).toMatchObject({
      seed: 'mars 2026',
      size: 5,
      populationCount: 21,
      items: expected.items,
    });
  });

  it('draws the same items again from the record: the auditor’s check', async () => {
    const drawn = await drawPeriodSample(ctx(), {
      population: 'access_log',
      period: MARCH,
      size: 15,
      seed: 'vecka 10',
    });
    const redone = await redoSample(ctx(), drawn.sampleId);
    expect(redone.same).toBe(true);
    expect(redone.items).toEqual(drawn.items);
    const again = await drawPeriodSample(ctx(), {
      population: 'access_log',
      period: MARCH,
      size: 15,
      seed: 'vecka 10',
    });
    expect(again.items).toEqual(drawn.items);
  });

  it('refuses a sample larger than its population, in Swedish, and records nothing', async () => {
    const before = await sampleCount();
    const error = await drawPeriodSample(ctx(), {
      population: 'access_log',
      period: MARCH,
      size: 22,
      seed: 'mars',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues).toEqual([
      {
        field: 'size',
        problem: 'larger-than-population',
        value:
          'Stickprovet kan inte vara större än populationen: 22 begärda, men perioden har bara 21',
      },
    ]);
    const empty = await drawPeriodSample(ctx(), {
      population: 'access_log',
      period: { from: parseIsoDate('2025-03-01'), to: parseIsoDate('2025-03-31') },
      size: 1,
      seed: 'mars',
    }).catch((caught: unknown) => caught);
    expect((empty as AppError).issues[0]?.value).toBe(
      'Stickprovet kan inte vara större än populationen: 1 begärda, men perioden har bara 0',
    );
    expect(await sampleCount()).toBe(before);
  });

  it('draws from Nämndkoll’s own audit log: its users with events in the period', async () => {
    const drawn = await drawPeriodSample(ctx(), {
      population: 'audit_log',
      period: { from: parseIsoDate('2026-04-02'), to: parseIsoDate('2026-04-02') },
      size: 1,
      seed: 'april',
    });
    expect(drawn.items.map((item) => item.key)).toEqual([SYSTEM_ACTOR.username]);
  });

  it('the demo’s sample of September 2023: 15 of the 40 case workers of the week, the same when drawn again', async () => {
    const [demo] = await database.db
      .selectFrom('sample')
      .select('id')
      .where('municipality_id', '=', board.municipalityId)
      .where('seed', '=', 'september 2023')
      .execute();
    const redone = await redoSample(ctx(), demo?.id ?? '');
    expect(redone.same).toBe(true);
    expect(redone.view.sample).toMatchObject({
      size: 15,
      populationCount: 40,
      drawnBy: 'controller',
    });
    expect(redone.view.period).toEqual({ from: '2023-09-04', to: '2023-09-10' });
    expect(redone.view.control).toEqual({
      year: 2023,
      checkpoint: 'Att obehöriga personer ej går in i ärenden',
    });
    expect(redone.view.items.every((item) => item.reviewerOrgUnitId !== null)).toBe(true);
  });

  it('names a sample that does not exist', async () => {
    const error = await showSample(ctx(), '00000000-0000-4000-8000-000000000000').catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'not-found', details: { entity: 'sample' } });
  });
});
