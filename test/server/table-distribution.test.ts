import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/connect';
import { citusDistributionStatements } from '#server/db/table-distribution';
import { projectRoot } from '#server/project-root';
import { distributionProblems, onlyRaises } from '../support/distribution-problems';
import { openTestDatabase, describeEachEngine } from '../support/test-database';

describeEachEngine('the tables, ready for a distributed PostgreSQL, on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
  });
  afterAll(async () => {
    await database.close();
  });

  it('are each in one class, with the tenant first in every key, and no triggers', async () => {
    expect(await distributionProblems(database.db)).toEqual([]);
  });

  it('names what a new migration would break', async () => {
    const breaking = [
      'create table stray (a int)',
      'create unique index board_code_first on board (code, municipality_id)',
      `alter table frame_step add column other_board uuid,
        add foreign key (other_board, municipality_id) references board (id, municipality_id)`,
      `alter table account_mapping drop constraint account_mapping_pkey,
        alter column municipality_id drop not null`,
      `alter table app_user add column home_board uuid, add column home_municipality uuid,
        add foreign key (home_municipality, home_board) references board (municipality_id, id)`,
      `create function note_it() returns trigger language plpgsql as $$
        begin insert into stray values (1); return null; end $$`,
      'create trigger note_it after insert on board for each statement execute function note_it()',
    ];
    const problems = await database.db
      .transaction()
      .execute(async (trx) => {
        for (const statement of breaking) await sql.raw(statement).execute(trx);
        throw new RolledBack(await distributionProblems(trx));
      })
      .catch((error: unknown) => {
        if (error instanceof RolledBack) return error.problems;
        throw error;
      });
    expect(problems).toEqual([
      'stray is in no class',
      'account_mapping has no NOT NULL municipality_id',
      'account_mapping has no primary key',
      'board: board_code_first does not start with the tenant',
      'app_user: app_user_home_municipality_home_board_fkey refers from a reference table to a distributed one',
      'frame_step: frame_step_other_board_municipality_id_fkey does not start with the tenant on both sides',
      'board: trigger note_it',
    ]);
    expect(await distributionProblems(database.db)).toEqual([]);
  });
});

/** Carries what was found out of a transaction that is then rolled back. */
class RolledBack extends Error {
  constructor(readonly problems: string[]) {
    super('rolled back');
  }
}

describe('the audit log guard rule', () => {
  it('takes a function that only raises, nothing that writes', () => {
    expect(
      onlyRaises(`\nBEGIN\n  RAISE EXCEPTION 'no: %', TG_OP\n    USING ERRCODE = 'x';\nEND;\n`),
    ).toBe(true);
    expect(onlyRaises(`BEGIN INSERT INTO t VALUES (1); RAISE EXCEPTION 'no'; END;`)).toBe(false);
    expect(onlyRaises(`BEGIN RAISE EXCEPTION 'no'; DELETE FROM t; END;`)).toBe(false);
  });
});

describe('docs/scaling.md', () => {
  it('gives the Citus call of every table, in the order of the classification', () => {
    const doc = readFileSync(join(projectRoot(), 'docs/scaling.md'), 'utf8');
    const statements = citusDistributionStatements();
    expect(doc).toContain(statements.join('\n'));
  });
});
