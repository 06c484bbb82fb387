import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { parseTimestamptz } from '#server/db/type-parsers';
import { openTestDatabase, describeEachEngine } from '../support/test-database';

describeEachEngine('type parsing on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
  });
  afterAll(async () => {
    await database.close();
  });

  it('returns the same JavaScript types as on the other engine', async () => {
    const { rows } = await sql<Record<string, unknown>>`
      select 9007199254740991::int8 as max_safe,
             (-123456789012)::int8 as negative,
             sum(x)::bigint as summed,
             count(*) as counted,
             '2023-08-31'::date as day,
             '2023-08-31 12:34:56.789+02'::timestamptz as moment,
             1.25::numeric as exact,
             42::int4 as small,
             true as flag,
             '{"a": 1}'::jsonb as document
      from (values (1), (2)) as v(x)`.execute(database.db);
    expect(rows[0]).toStrictEqual({
      max_safe: 9007199254740991,
      negative: -123456789012,
      summed: 3,
      counted: 2,
      day: '2023-08-31',
      moment: '2023-08-31T10:34:56.789Z',
      exact: '1.25',
      small: 42,
      flag: true,
      document: { a: 1 },
    });
  });

  it('refuses an int8 that JavaScript cannot hold exactly, instead of rounding it', async () => {
    await expect(
      sql`select 9007199254740993::int8 as too_big`.execute(database.db),
    ).rejects.toThrow(/safe integer/);
  });
});

describe('timestamptz text', () => {
  it.each([
    ['2026-11-23 21:29:20.575123+00', '2026-11-23T21:29:20.575Z'],
    ['2026-11-23 21:29:20+05:30', '2026-11-23T15:59:20.000Z'],
  ])('%s becomes %s', (text, iso) => {
    expect(parseTimestamptz(text)).toBe(iso);
  });
});
