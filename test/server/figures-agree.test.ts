import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OperatingStatementResponse } from '#contract/operating-statement';
import type { StatementFigures } from '#domain/follow-up/measures';
import type { StatementLineKey } from '#domain/follow-up/operating-statement';
import { toMonth, type Month } from '#domain/kernel/period';
import { ACCOUNT_GROUPS, type AccountGroup } from '#domain/ledger/account-group';
import type { BoardRef } from '#server/board-ref';
import type { Database } from '#server/db/connect';
import { budgetGrid, listVersions } from '#server/features/budget/budget-versions.service';
import { followUpView } from '#server/features/follow-up/follow-up.service';
import { readUnitReport } from '#server/features/follow-up/unit-report.service';
import { operatingStatement } from '#server/features/operating-statement/operating-statement.service';
import {
  followUpYears,
  listMunicipalities,
  orgTree,
} from '#server/features/organisation/organisation.service';
import { describeEachEngine, openTestDatabase } from '../support/test-database';

/**
 * Numbers two screens show for the same cell come from the same reading (server/figures): the
 * operating statement (Driftredovisning), the follow-up (Månadsuppföljning and a unit's report)
 * and the budget page agree on every cell they share, for every board of the demo
 * municipalities, every year they follow up and months of it.
 */

/** A cell as the screens show it: actual year to date, annual budget, full-year forecast. */
interface Cell {
  readonly actual: number;
  readonly budget: number;
  readonly forecast: number;
}

const cellOf = (figures: StatementFigures): Cell => ({
  actual: figures.actual,
  budget: figures.budget,
  forecast: figures.forecast,
});

const addCells = (cells: readonly Cell[]): Cell => ({
  actual: cells.reduce((sum, cell) => sum + cell.actual, 0),
  budget: cells.reduce((sum, cell) => sum + cell.budget, 0),
  forecast: cells.reduce((sum, cell) => sum + cell.forecast, 0),
});

function lineOf(statement: OperatingStatementResponse, key: StatementLineKey): Cell {
  const found = statement.lines.find((line) => line.key === key);
  if (!found) throw new Error(`The statement has no line ${key}`);
  return cellOf(found.figures);
}

/** A statement's own lines over every account group: net operating cost and financial items. */
const allGroupsOf = (statement: OperatingStatementResponse): Cell =>
  addCells([lineOf(statement, 'net_operating_cost'), lineOf(statement, 'financial_items')]);

/** Many services called per month and unit: minutes on a busy machine's embedded database. */
const MANY_CALLS_MS = 300_000;

/** The report months to compare: January, the middle and the last month with actuals. */
function monthsOf(lastActualMonth: number | null): Month[] {
  if (lastActualMonth === null) return [12];
  return [...new Set([1, Math.ceil(lastActualMonth / 2), lastActualMonth])].map(toMonth);
}

interface BoardYearMonth {
  readonly board: BoardRef;
  readonly name: string;
  readonly year: number;
  readonly month: Month;
}

async function periodsToCompare(database: Database): Promise<BoardYearMonth[]> {
  const periods: BoardYearMonth[] = [];
  for (const municipality of await listMunicipalities(database.db)) {
    for (const { id: boardId, name } of municipality.boards) {
      const board = { municipalityId: municipality.id, boardId };
      for (const year of await followUpYears(database.db, board.municipalityId, boardId)) {
        for (const month of monthsOf(year.lastActualMonth)) {
          periods.push({ board, name: `${municipality.name} ${name}`, year: year.year, month });
        }
      }
    }
  }
  return periods;
}

describeEachEngine('the screens agree on every shared cell on %s', (engine) => {
  let database: Database;
  let periods: BoardYearMonth[];

  beforeAll(async () => {
    database = await openTestDatabase(engine, 'demo');
    periods = await periodsToCompare(database);
  });
  afterAll(async () => {
    await database.close();
  });

  it('compares both demo municipalities over years with actuals and with a budget only', () => {
    const names = new Set(periods.map((period) => period.name));
    expect(names.size).toBeGreaterThanOrEqual(2);
    expect(new Set(periods.map((period) => period.year)).size).toBeGreaterThanOrEqual(3);
  });

  it(
    'the operating statement and the follow-up view: board, departments and units',
    async () => {
      let unitsCompared = 0;
      for (const { board, name, year, month } of periods) {
        const at = `${name} ${String(year)}-${String(month)}`;
        const [view, boardStatement, tree] = await Promise.all([
          followUpView(database.db, board, { year, month }),
          operatingStatement(database.db, { ...board, year, month }),
          orgTree(database.db, board.municipalityId, board.boardId),
        ]);
        expect(view.board, at).toMatchObject(
          (({ actual, budget, forecast }) => ({ actualYearToDate: actual, budget, forecast }))(
            allGroupsOf(boardStatement),
          ),
        );
        for (const row of view.rows) {
          const statement = await operatingStatement(database.db, {
            ...board,
            year,
            month,
            orgUnitId: row.orgUnit.id,
          });
          const cell = allGroupsOf(statement);
          expect(
            {
              actual: row.figures.actualYearToDate,
              budget: row.figures.budget,
              forecast: row.figures.forecast,
            },
            `${at} ${row.orgUnit.code}`,
          ).toEqual(cell);
          unitsCompared += 1;
        }
        expect(view.rows.length, at).toBe(tree.units.length);
      }
      expect(unitsCompared).toBeGreaterThan(0);
    },
    MANY_CALLS_MS,
  );

  it(
    "a unit's report and the unit's operating statement, per account group",
    async () => {
      let cellsCompared = 0;
      for (const { board, name, year, month } of periods) {
        const tree = await orgTree(database.db, board.municipalityId, board.boardId);
        for (const unit of tree.units.filter((each) => each.kind === 'unit')) {
          const at = `${name} ${String(year)}-${String(month)} ${unit.code}`;
          const [report, statement] = await Promise.all([
            readUnitReport(database.db, {
              board,
              unit,
              year,
              month,
              access: { canReport: false, canManage: false },
            }),
            operatingStatement(database.db, { ...board, year, month, orgUnitId: unit.id }),
          ]);
          // A unit with units under it shows their figures too in its statement.
          if (tree.childrenOf(unit.id).length > 0) continue;
          expect(
            {
              actual: report.figures.actualYearToDate,
              budget: report.figures.budget,
              forecast: report.figures.forecast,
            },
            at,
          ).toEqual(allGroupsOf(statement));
          for (const group of report.groups) {
            const forecast = group.forecast?.amount ?? group.previousForecast ?? group.budget;
            expect(
              { actual: group.actualYearToDate, budget: group.budget, forecast },
              `${at} ${group.accountGroup}`,
            ).toEqual(lineOf(statement, group.accountGroup));
            cellsCompared += 1;
          }
        }
      }
      expect(cellsCompared).toBeGreaterThan(0);
    },
    MANY_CALLS_MS,
  );

  it(
    'the budget page and the operating statement: budget per unit and group, allocation',
    async () => {
      let cellsCompared = 0;
      const seen = new Set<string>();
      // The budget page shows the year's budget with all of the year's decisions: the statement
      // at December has them all too.
      const month = toMonth(12);
      for (const { board, name, year } of periods) {
        const key = `${board.boardId} ${String(year)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const inUse = (await listVersions(database.db, board, year)).find(
          (version) => version.inFollowUp,
        );
        if (!inUse) continue;
        const [grid, tree] = await Promise.all([
          budgetGrid(database.db, board, inUse.id),
          orgTree(database.db, board.municipalityId, board.boardId),
        ]);
        const cell = (orgUnitId: string, group: AccountGroup) =>
          grid.cells.find(
            (each) =>
              each.orgUnitId === orgUnitId && each.accountGroup === group && each.year === year,
          )?.amount ?? 0;
        const boardStatement = await operatingStatement(database.db, { ...board, year, month });
        expect(lineOf(boardStatement, 'allocation').budget, `${name} ${String(year)}`).toBe(
          grid.allocations.find((allocation) => allocation.year === year)?.amount ?? 0,
        );
        for (const unit of grid.units) {
          const statement = await operatingStatement(database.db, {
            ...board,
            year,
            month,
            orgUnitId: unit.id,
          });
          const subtree = [...tree.subtreeIds(unit.id)];
          for (const group of ACCOUNT_GROUPS) {
            const budget = subtree.reduce((sum, id) => sum + cell(id, group), 0);
            expect(budget, `${name} ${String(year)} ${unit.code} ${group}`).toBe(
              lineOf(statement, group).budget,
            );
            cellsCompared += 1;
          }
        }
      }
      expect(cellsCompared).toBeGreaterThan(0);
    },
    MANY_CALLS_MS,
  );
});
