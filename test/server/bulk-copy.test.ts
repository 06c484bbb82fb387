import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CopyRow } from '#server/db/bulk-copy';
import type { Database } from '#server/db/connect';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

interface Row {
  readonly id: string;
  readonly n: number | null;
  readonly big: number;
  readonly day: string;
  readonly label: string | null;
}

const COLUMNS = ['id', 'n', 'big', 'day', 'label'] as const;

/** Values each field type must carry exactly: nulls, signs, limits, non-ASCII, long text. */
function sampleRows(count: number): Row[] {
  const labels = [
    '6160',
    'Förskola Äppelgården',
    'a "quoted", comma\nand line\tbreak \\ text',
    '',
    null,
    'Ω'.repeat(40),
    `${'x'.repeat(33)}é`,
    '😀 emoji beyond the basic plane',
  ];
  const days = ['2000-01-01', '1999-12-31', '2024-02-29', '2025-12-31', '1970-01-01'];
  const bigs = [0, -1, 1, 4_294_967_296, -4_294_967_297, Number.MAX_SAFE_INTEGER, -123_456_789_012];
  return Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    n: index % 5 === 0 ? null : index * (index % 2 === 0 ? 1 : -1),
    big: bigs[index % bigs.length] ?? 0,
    day: days[index % days.length] ?? '2000-01-01',
    label: labels[index % labels.length] ?? null,
  }));
}

describeEachEngine('bulk COPY on %s', (engine) => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
  });
  afterAll(async () => {
    await database.close();
  });

  const writeRow = (row: CopyRow, value: Row): void => {
    row.uuid(value.id);
    row.int4(value.n);
    row.int8(value.big);
    row.date(value.day);
    row.text(value.label);
  };

  const copyAndRead = (
    rows: readonly Row[],
    write: (row: CopyRow, value: Row) => void = writeRow,
  ): Promise<Row[]> =>
    database.bulkTransaction(async (trx, copy) => {
      // A table of the transaction's own, dropped before it ends.
      await sql`create table copied (seq serial, id uuid, n integer, big bigint, day date, label text)`.execute(
        trx,
      );
      const writer = copy.open('copied', COLUMNS);
      try {
        for (const row of rows) {
          write(writer.row, row);
          await writer.endRow();
        }
        await writer.end();
      } catch (error) {
        await writer.abort();
        throw error;
      }
      const read = await sql<
        Omit<Row, 'big'> & { big: string }
      >`select id, n, big::text as big, to_char(day, 'YYYY-MM-DD') as day, label from copied order by seq`.execute(
        trx,
      );
      await sql`drop table copied`.execute(trx);
      return read.rows.map((row) => ({ ...row, big: Number(row.big) }));
    });

  it('stores every value of every field type as written, over many chunks', async () => {
    // About 30 MB of rows: several chunks on either engine, in order.
    const rows = sampleRows(120_000);
    expect(await copyAndRead(rows)).toEqual(rows);
  });

  const oneRow = (): Row => {
    const [row] = sampleRows(1);
    if (!row) throw new Error('no sample row');
    return row;
  };

  it('sends a row longer than a chunk by itself, between the rows around it', async () => {
    const long = { ...oneRow(), label: 'å'.repeat(9 * 1024 * 1024) };
    const all = [oneRow(), long, oneRow(), oneRow()];
    const read = await copyAndRead(all);
    expect(read.map((row) => row.label?.length)).toEqual(all.map((row) => row.label?.length));
    expect(read).toEqual(all);
  });

  it('refuses a value that is not of its type, and a row of too few fields', async () => {
    await expect(copyAndRead([{ ...oneRow(), day: '2025-02-30' }])).rejects.toThrow(/Not a date/);
    await expect(copyAndRead([{ ...oneRow(), id: 'not-a-uuid' }])).rejects.toThrow(/Not a uuid/);
    await expect(
      copyAndRead(sampleRows(1), (row, value) => {
        row.uuid(value.id);
      }),
    ).rejects.toThrow(/1 fields for 5 columns/);
    // Nothing was stored, and the connection goes on.
    expect(await copyAndRead(sampleRows(2))).toHaveLength(2);
  });
});
