import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseIsoDate } from '#domain/kernel/period';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Database } from '#server/db/connect';
import { importAccessLog } from '#server/features/internal-control/access-log-import.service';
import { reviewSampleItem } from '#server/features/internal-control/sample-review.service';
import { drawPeriodSample, showSample } from '#server/features/internal-control/samples.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const LOG = [
  'anvandare;tidpunkt;arende;handelse',
  'anna.berg;2026-05-04 08:00;IFO-1;Läst',
  'bo.ek;2026-05-04 09:00;IFO-2;Läst',
  'cecilia.ny;2026-05-05 10:00;IFO-3;Läst',
].join('\n');

const head = (username: string) => ({
  userId: null,
  username,
  displayName: username,
  ip: null,
});

/** A unit head's review of a sampled item: compare-and-set on its revision, audited. */
describeEachEngine('the review of a sample on %s', (engine) => {
  let database: Database;
  let board: BoardRef;
  let sampleId: string;
  const ctx = (who = 'karin.enhetschef') =>
    systemContext(database, { now: () => new Date('2026-06-01T08:00:00Z') }, head(who), board);

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
    await importAccessLog(ctx(), { name: 'maj.csv', bytes: Buffer.from(LOG) });
    const period = { from: parseIsoDate('2026-05-04'), to: parseIsoDate('2026-05-10') };
    sampleId = (
      await drawPeriodSample(ctx(), { population: 'access_log', period, size: 3, seed: 'maj' })
    ).sampleId;
  });
  afterAll(async () => {
    await database.close();
  });

  it('saves a verdict and comment by its reviewer and shows the progress', async () => {
    expect(
      await reviewSampleItem(ctx(), {
        sampleId,
        position: 1,
        verdict: 'ok',
        comment: '',
        baseRevision: 1,
      }),
    ).toBe(2);
    expect(
      await reviewSampleItem(ctx(), {
        sampleId,
        position: 2,
        verdict: 'remarks',
        comment: ' Öppnat ärende utan koppling ',
        baseRevision: 1,
      }),
    ).toBe(2);
    const { items } = await showSample(ctx(), sampleId);
    expect(
      items.map((item) => [
        item.position,
        item.verdict,
        item.comment,
        item.reviewedBy,
        item.reviewedAt,
        item.revision,
      ]),
    ).toEqual([
      [1, 'ok', '', 'karin.enhetschef', '2026-06-01T08:00:00.000Z', 2],
      [
        2,
        'remarks',
        'Öppnat ärende utan koppling',
        'karin.enhetschef',
        '2026-06-01T08:00:00.000Z',
        2,
      ],
      [3, null, '', null, null, 1],
    ]);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'sample-review')
      .where('object_id', '=', sampleId)
      .orderBy('seq')
      .execute();
    expect(audit.map((row) => row.after)).toEqual([
      { item: items[0]?.key, verdict: 'ok', comment: '' },
      { item: items[1]?.key, verdict: 'remarks', comment: 'Öppnat ärende utan koppling' },
    ]);
  });

  it('refuses a save made from an older revision and keeps the one saved first', async () => {
    const error = await reviewSampleItem(ctx('per.annan'), {
      sampleId,
      position: 1,
      verdict: 'remarks',
      comment: 'Fel',
      baseRevision: 1,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'conflict',
      details: { reason: 'edit-conflict', fields: 'sample-item', savedBy: 'karin.enhetschef' },
    });
    const { items } = await showSample(ctx(), sampleId);
    expect(items[0]).toMatchObject({ verdict: 'ok', revision: 2 });
  });

  it('two reviews of the same item at the same moment: one is saved, the other refused', async () => {
    const results = await Promise.allSettled([
      reviewSampleItem(ctx('a.chef'), {
        sampleId,
        position: 3,
        verdict: 'ok',
        comment: '',
        baseRevision: 1,
      }),
      reviewSampleItem(ctx('b.chef'), {
        sampleId,
        position: 3,
        verdict: 'remarks',
        comment: 'x',
        baseRevision: 1,
      }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const { items } = await showSample(ctx(), sampleId);
    expect(items[2]?.revision).toBe(2);
  });

  it('wants a comment with a remark, and names an item that is not in the sample', async () => {
    const noComment = await reviewSampleItem(ctx(), {
      sampleId,
      position: 3,
      verdict: 'remarks',
      comment: ' ',
    }).catch((caught: unknown) => caught);
    expect((noComment as AppError).issues[0]?.value).toBe(
      'Skriv vad anmärkningen gäller i kommentaren',
    );
    const missing = await reviewSampleItem(ctx(), {
      sampleId,
      position: 4,
      verdict: 'ok',
      comment: '',
    }).catch((caught: unknown) => caught);
    expect(missing).toMatchObject({ code: 'not-found' });
  });
});
