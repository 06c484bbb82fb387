import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OperatingStatementResponse } from '#contract/operating-statement';
import { STATEMENT_COLUMNS, type StatementFigures } from '#domain/follow-up/measures';
import { ACCOUNT_GROUPS } from '#domain/ledger/account-group';
import { operatingStatementTkrTable } from '#domain/reports/operating-statement-report';
import { AppError } from '#server/app-error';
import type { Database } from '#server/db/connect';
import {
  accountGroupBreakdown,
  operatingStatement,
} from '#server/features/operating-statement/operating-statement.service';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SEED_OPERATING_STATEMENT_2023_AUGUST } from '../support/seed-tables';
import { openTestDatabase, describeEachEngine } from '../support/test-database';

function sumFigures(all: readonly StatementFigures[]): Record<string, number> {
  return Object.fromEntries(
    STATEMENT_COLUMNS.map((column) => [
      column,
      all.reduce((sum, figures) => sum + (figures[column] ?? 0), 0),
    ]),
  );
}

function line(statement: OperatingStatementResponse, key: string): StatementFigures {
  const found = statement.lines.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no line ${key}`);
  return found.figures;
}

describeEachEngine('the operating statement from stored data on %s', (engine) => {
  let database: Database;
  let board: { municipalityId: string; boardId: string };

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    const [municipality] = await listMunicipalities(database.db);
    const boardId = municipality?.boards[0]?.id;
    if (!municipality || !boardId) throw new Error('demo not loaded');
    board = { municipalityId: municipality.id, boardId };
  });
  afterAll(async () => {
    await database.close();
  });

  it('equals the interim report 2023 (001, Drift) to the tkr at report month 8', async () => {
    const statement = await operatingStatement(database.db, { ...board, year: 2023, month: 8 });
    const table = operatingStatementTkrTable('Drift', statement.lines, 2023, 8);
    const asSeed = Object.fromEntries(
      table.rows.map((row) => [row.label, STATEMENT_COLUMNS.map((column) => row.values[column])]),
    );
    expect(asSeed).toEqual(SEED_OPERATING_STATEMENT_2023_AUGUST);
    expect(statement.lastActualMonth).toBe(8);
  });

  it('sums to the board at every level of the drill-down, in öre, in every column', async () => {
    const request = { ...board, year: 2023, month: 8 as const };
    const top = await operatingStatement(database.db, request);
    expect(
      top.breakdown.map((row) => (row.kind === 'org-unit' ? row.orgUnit.name : row.kind)),
    ).toEqual(['Avdelning unga', 'Avdelning vuxna', 'Administrativa avdelningen']);
    expect(sumFigures(top.breakdown.map((row) => row.figures))).toEqual(
      line(top, 'net_operating_cost'),
    );

    const departmentLines = [];
    for (const department of top.breakdown) {
      if (department.kind !== 'org-unit') throw new Error('unexpected row');
      const statement = await operatingStatement(database.db, {
        ...request,
        orgUnitId: department.orgUnit.id,
      });
      expect(line(statement, 'net_operating_cost')).toEqual(department.figures);
      expect(sumFigures(statement.breakdown.map((row) => row.figures))).toEqual(
        line(statement, 'net_operating_cost'),
      );
      departmentLines.push(statement);

      for (const unit of statement.breakdown) {
        if (unit.kind !== 'org-unit') throw new Error('unexpected row');
        const unitStatement = await operatingStatement(database.db, {
          ...request,
          orgUnitId: unit.orgUnit.id,
        });
        expect(unitStatement.breakdown).toEqual([]);
        expect(unitStatement.path.map((ref) => ref.name)).toEqual([
          department.orgUnit.name,
          unit.orgUnit.name,
        ]);
        for (const group of ACCOUNT_GROUPS) {
          const accounts = await accountGroupBreakdown(database.db, {
            ...request,
            orgUnitId: unit.orgUnit.id,
            accountGroup: group,
          });
          expect(sumFigures(accounts.rows.map((row) => row.figures))).toEqual(
            line(unitStatement, group),
          );
          expect(accounts.total).toEqual(line(unitStatement, group));
        }
      }
    }
    for (const key of [...ACCOUNT_GROUPS, 'operating_costs', 'net_operating_cost']) {
      expect(sumFigures(departmentLines.map((statement) => line(statement, key)))).toEqual(
        line(top, key),
      );
    }
  });

  it('breaks an account group down by account with names and traces every actual öre', async () => {
    const accounts = await accountGroupBreakdown(database.db, {
      ...board,
      year: 2023,
      month: 8,
      accountGroup: 'purchased_services',
    });
    expect(accounts.rows.map((row) => row.account?.number ?? null)).toContain('4540');
    expect(accounts.rows.find((row) => row.account?.number === '4540')?.account?.name).toBe(
      'Köp av HVB-vård barn och unga',
    );
    const board2023 = await operatingStatement(database.db, { ...board, year: 2023, month: 8 });
    expect(accounts.total).toEqual(line(board2023, 'purchased_services'));
    // Forecasts are per group, so they sit on the row that is not per account.
    expect(accounts.rows.at(-1)?.account).toBeNull();
  });

  it('forecasts at budget where no unit has made a forecast yet (January)', async () => {
    const january = await operatingStatement(database.db, { ...board, year: 2023, month: 1 });
    for (const statementLine of january.lines) {
      expect(statementLine.figures.forecast).toBe(statementLine.figures.budget);
    }
  });

  it('phases the allocation straight over the months', async () => {
    const december = await operatingStatement(database.db, { ...board, year: 2023, month: 12 });
    expect(line(december, 'allocation').actual).toBe(line(december, 'allocation').budget);
    const april = await operatingStatement(database.db, { ...board, year: 2023, month: 4 });
    expect(line(april, 'allocation').actual).toBe(Math.trunc(22_404_700_000 / 12) * 4);
  });

  it('refuses a year without data, an unknown unit and an unknown board with their codes', async () => {
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (error: unknown) =>
          error instanceof AppError ? { code: error.code, details: error.details } : error,
      );
    expect(
      await failure(operatingStatement(database.db, { ...board, year: 2031, month: 8 })),
    ).toEqual({
      code: 'no-data-for-period',
      details: { year: 2031, availableYears: '2026, 2025, 2023, 2022' },
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      await failure(
        operatingStatement(database.db, { ...board, year: 2023, month: 8, orgUnitId: unknown }),
      ),
    ).toEqual({ code: 'not-found', details: { entity: 'org-unit', value: unknown } });
    expect(
      await failure(
        operatingStatement(database.db, { ...board, boardId: unknown, year: 2023, month: 8 }),
      ),
    ).toEqual({ code: 'not-found', details: { entity: 'board', value: unknown } });
  });
});
