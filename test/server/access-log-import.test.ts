import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '#server/app-error';
import type { Database } from '#server/db/connect';
import { importAccessLog } from '#server/features/internal-control/access-log-import.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

const HEADER = 'anvandare;tidpunkt;arende;handelse';
const file = (name: string, lines: readonly string[]) => ({
  name,
  bytes: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`),
});
const GOOD = [
  'anna.berg;2026-03-02 08:15;IFO-2026-0412;Öppnat ärende',
  'per.lind;2026-03-02 16:02:45;IFO-2026-1187;Läst journalanteckning',
  'anna.berg;2026-03-29 03:10;IFO-2026-0413;Öppnat ärende',
];

/** import access-log: every row or none, the same file once, audited without the rows. */
describeEachEngine('the case system access log import on %s', (engine) => {
  let database: Database;
  let municipalityId: string;
  const ctx = () =>
    systemContext(database, { now: () => new Date('2026-04-01T09:00:00Z') }, SYSTEM_ACTOR, {
      municipalityId,
    });
  const stored = async () => ({
    imports: await database.db
      .selectFrom('access_log_import')
      .select(['file_name', 'row_count'])
      .where('municipality_id', '=', municipalityId)
      .execute(),
    entries: await database.db
      .selectFrom('access_log_entry')
      .select(['line_number', 'username', 'occurred_at', 'case_number', 'event'])
      .where('municipality_id', '=', municipalityId)
      .where('occurred_at', '>=', '2026-01-01T00:00:00Z')
      .orderBy('line_number')
      .execute(),
  });

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const municipality = (await listMunicipalities(database.db)).find((m) => m.code === '1489');
    if (!municipality) throw new Error('demo not loaded');
    municipalityId = municipality.id;
  });
  afterAll(async () => {
    await database.close();
  });

  it('refuses a file with a bad row and writes nothing', async () => {
    const before = await stored();
    const error = await importAccessLog(
      ctx(),
      file('logg.csv', [...GOOD, 'per.lind;2026-03-29 02:30;IFO-1;Öppnat']),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues.map((issue) => issue.value)).toEqual([
      'logg.csv rad 5, kolumn tidpunkt: Tidpunkten finns inte i svensk tid: klockan ställs fram från 02:00 till 03:00 den natten (”2026-03-29 02:30”).',
    ]);
    expect(await stored()).toEqual(before);
  });

  it('writes every row with its time in UTC, and records the import in the audit log without the rows', async () => {
    const summary = await importAccessLog(ctx(), file('logg-mars.csv', GOOD));
    expect(summary).toMatchObject({
      entries: 3,
      users: 2,
      from: '2026-03-02T07:15:00.000Z',
      to: '2026-03-29T01:10:00.000Z',
    });
    const { entries, imports } = await stored();
    expect(imports.filter((row) => row.file_name === 'logg-mars.csv')).toEqual([
      { file_name: 'logg-mars.csv', row_count: 3 },
    ]);
    expect(entries).toEqual([
      {
        line_number: 2,
        username: 'anna.berg',
        occurred_at: '2026-03-02T07:15:00.000Z',
        case_number: 'IFO-2026-0412',
        event: 'Öppnat ärende',
      },
      {
        line_number: 3,
        username: 'per.lind',
        occurred_at: '2026-03-02T15:02:45.000Z',
        case_number: 'IFO-2026-1187',
        event: 'Läst journalanteckning',
      },
      {
        line_number: 4,
        username: 'anna.berg',
        occurred_at: '2026-03-29T01:10:00.000Z',
        case_number: 'IFO-2026-0413',
        event: 'Öppnat ärende',
      },
    ]);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'object_id', 'after'])
      .where('action', '=', 'access-log-import')
      .where('object_id', '=', summary.importId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ file: 'logg-mars.csv', rowCount: 3, users: 2 });
    expect(JSON.stringify(audit)).not.toContain('IFO-2026');
  });

  it('refuses the same log a second time, under another name too, and writes nothing', async () => {
    const before = await stored();
    const error = await importAccessLog(ctx(), file('kopia.csv', GOOD)).catch(
      (caught: unknown) => caught,
    );
    expect((error as AppError).issues.map((issue) => issue.value)).toEqual([
      'kopia.csv: Samma logg är redan inläst (logg-mars.csv, 2026-04-01 11:00); den läses inte in två gånger.',
    ]);
    expect(await stored()).toEqual(before);
  });

  it('two imports of the same log at the same moment: one reads it in, the other is refused', async () => {
    const log = file('samtidigt.csv', ['eva.lund;2026-03-10 10:00;IFO-2026-0500;Läst']);
    const results = await Promise.allSettled([
      importAccessLog(ctx(), log),
      importAccessLog(ctx(), log),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const { imports } = await stored();
    expect(imports.filter((row) => row.file_name === 'samtidigt.csv')).toHaveLength(1);
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const error = await importAccessLog(ctx(), {
      name: 'logg.csv',
      bytes: Buffer.from([0x61, 0x6e, 0x76, 0xe4, 0x0a]),
    }).catch((caught: unknown) => caught);
    expect((error as AppError).issues.map((issue) => issue.value)).toEqual([
      'logg.csv: Filen är ingen text i UTF-8: spara loggen som CSV (UTF-8, semikolonavgränsad).',
    ]);
  });
});
