/**
 * The made-up board of the follow-up benchmark: 20 departments of 15 units (300 units), the
 * import benchmark's chart of accounts grouped by the Kommun-Bas ranges, an adopted budget in
 * follow-up with a line per unit and account group phased over the months, allocations,
 * forecasts, reports and comments for some report months, and a full year of ledger
 * transactions for every unit, written through the ledger's own batch path (so ledger_balance
 * is kept as in production). Deterministic: the same data every run.
 */
import type { Insertable } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { PhasingProfile } from '../src/domain/budget/phasing';

import { seededRandom } from '../src/domain/demo/seeded-random';
import { ore } from '../src/domain/kernel/money';
import { isoDate, periodOfDate, toMonth } from '../src/domain/kernel/period';
import { ACCOUNT_GROUPS, type AccountGroup } from '../src/domain/ledger/account-group';
import { KOMMUN_BAS_ACCOUNT_RANGES } from '../src/domain/ledger/kommun-bas';
import type { Database } from '../src/server/db/connect';
import type { DatabaseSchema, ForecastMethod } from '../src/server/db/schema';
import {
  createBudgetVersion,
  type NewBudgetLine,
} from '../src/server/features/budget/budget.service';
import {
  addAccounts,
  applyAccountRanges,
  groupOf,
} from '../src/server/features/chart/chart.service';
import { systemClock } from '../src/server/clock';
import { insertMany } from '../src/server/features/demo/demo.repo';
import { writeLedgerBatch } from '../src/server/features/ledger/ledger.service';
import {
  createBoard,
  createMunicipality,
  createOrgUnits,
} from '../src/server/features/organisation/organisation.service';
import { ensureUser, grantRole } from '../src/server/features/users/users.service';
import { GROUP_SHAPE, PERSONNEL_WEIGHT_SUM, PERSONNEL_WEIGHTS, split } from './follow-up-shape';
import { benchAccounts, benchUnits } from './sie-chart';
import { SYSTEM_ACTOR, systemContext } from '../src/server/request-context';

export const FOLLOW_UP_YEAR = 2025;
export const DEPARTMENTS = 20;
export const UNITS_PER_DEPARTMENT = 15;
/** The report months with forecasts (and reports and comments). */
export const FORECAST_MONTHS = [2, 4, 6, 8] as const;
/** The controller the benchmark signs in as (a board-wide grant). */
export const BENCH_CONTROLLER = { username: 'bench-controller', password: 'bench-controller-pw' };

export interface FollowUpBoard {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly units: number;
  readonly departments: number;
  readonly accounts: number;
  readonly budgetLines: number;
  readonly forecasts: number;
  readonly reports: number;
  readonly comments: number;
  readonly transactions: number;
  readonly balances: number;
  /** Per step, in ms. */
  readonly timings: readonly (readonly [string, number])[];
}

interface Unit {
  readonly id: string;
  readonly code: string;
  /** The unit's annual budget per group, öre. */
  readonly budget: ReadonlyMap<AccountGroup, number>;
  /** The accounts the unit books on, per group. */
  readonly accounts: ReadonlyMap<AccountGroup, readonly string[]>;
}

/** Generates the board (see the top of this file) in the database, which must be migrated. */
export async function generateFollowUpBoard(database: Database): Promise<FollowUpBoard> {
  const timings: [string, number][] = [];
  let mark = performance.now();
  const step = (label: string) => {
    const now = performance.now();
    timings.push([label, now - mark]);
    mark = now;
  };
  const source = seededRandom(20251202);
  const next = () => source.next();
  const between = ([low, high]: [number, number]) => low + (high - low) * next();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

  const chart = benchAccounts().filter((account) => account.kind !== 'balance');
  const accountsOf = new Map<AccountGroup, string[]>(ACCOUNT_GROUPS.map((group) => [group, []]));
  for (const account of chart) {
    const group = groupOf(account.number, KOMMUN_BAS_ACCOUNT_RANGES);
    if (group) accountsOf.get(group)?.push(account.number);
  }
  const names = benchUnits(DEPARTMENTS * UNITS_PER_DEPARTMENT);

  const context = systemContext(database, systemClock, SYSTEM_ACTOR, null);
  const { municipalityId, boardId, units } = await context.write(async (trx) => {
    const municipalityId = await createMunicipality(trx, {
      code: '9002',
      name: 'Uppföljningskommun (bench)',
      orgNumber: null,
    });
    const boardId = await createBoard(trx, {
      municipalityId,
      code: 'SN',
      name: 'Socialnämnden',
      administrationName: 'Socialförvaltningen',
    });
    const units: Unit[] = [];
    for (let department = 0; department < DEPARTMENTS; department += 1) {
      const departmentCode = String(71 + department);
      const created = await createOrgUnits(trx, municipalityId, boardId, [
        {
          parentId: null,
          kind: 'department',
          code: departmentCode,
          name: `Avdelning ${String(department + 1)}`,
          sortOrder: department * (UNITS_PER_DEPARTMENT + 1),
        },
      ]);
      const departmentId = created.get(departmentCode) ?? '';
      const unitRows = Array.from({ length: UNITS_PER_DEPARTMENT }, (_, index) => ({
        parentId: departmentId,
        kind: 'unit' as const,
        code: `${departmentCode}${String(index + 1).padStart(2, '0')}`,
        name: names[department * UNITS_PER_DEPARTMENT + index]?.name ?? 'Enhet',
        sortOrder: department * (UNITS_PER_DEPARTMENT + 1) + index + 1,
      }));
      const ids = await createOrgUnits(trx, municipalityId, boardId, unitRows);
      for (const row of unitRows) {
        const budget = new Map<AccountGroup, number>();
        const accounts = new Map<AccountGroup, string[]>();
        for (const group of ACCOUNT_GROUPS) {
          const shape = GROUP_SHAPE[group];
          budget.set(group, Math.round(between(shape.annualTkr)) * 100_000);
          const pool = accountsOf.get(group) ?? [];
          const start = Math.floor(next() * pool.length);
          accounts.set(
            group,
            Array.from(
              { length: Math.min(shape.accounts, pool.length) },
              (_, index) => pool[(start + index * 3) % pool.length] ?? '',
            ),
          );
        }
        units.push({ id: ids.get(row.code) ?? '', code: row.code, budget, accounts });
      }
    }
    await applyAccountRanges(trx, municipalityId, KOMMUN_BAS_ACCOUNT_RANGES);
    await addAccounts(trx, municipalityId, benchAccounts(), KOMMUN_BAS_ACCOUNT_RANGES, new Map());
    return { municipalityId, boardId, units };
  });
  step('municipality, board, 20 departments, 300 units, accounts');

  // The adopted budget in follow-up: a line per unit and group, phased over the months.
  const lines: NewBudgetLine[] = units.flatMap((unit) =>
    ACCOUNT_GROUPS.map((group): NewBudgetLine => {
      const phasing: PhasingProfile =
        group === 'personnel_costs'
          ? { kind: 'weights', weights: PERSONNEL_WEIGHTS }
          : group === 'operating_revenue'
            ? { kind: 'working-days' }
            : { kind: 'straight' };
      return {
        orgUnitId: unit.id,
        year: FOLLOW_UP_YEAR,
        accountGroup: group,
        accountNumber: null,
        amount: ore(unit.budget.get(group) ?? 0),
        phasing,
      };
    }),
  );
  const net = units.reduce(
    (sum, unit) => sum + [...unit.budget.values()].reduce((total, value) => total + value, 0),
    0,
  );
  await context.write(async (trx) => {
    await createBudgetVersion(trx, {
      municipalityId,
      boardId,
      budgetYear: FOLLOW_UP_YEAR,
      name: `Budget ${String(FOLLOW_UP_YEAR)}`,
      status: 'adopted',
      inFollowUp: true,
      decision: { decidedBy: 'SN 2024-11-19 § 98', decidedAt: '2024-11-19' },
      lines,
    });
    // Kommunbidrag: what makes the budget's result zero; the years around it a little less.
    await trx
      .insertInto('allocation')
      .values(
        [-1, 0, 1].map((offset) => ({
          municipality_id: municipalityId,
          board_id: boardId,
          year: FOLLOW_UP_YEAR + offset,
          amount_ore: Math.round((-net * (1 + offset * 0.03)) / 100_000) * 100_000,
        })),
      )
      .execute();
  });
  step(`budget version (${lines.length.toLocaleString('sv-SE')} lines), allocations`);

  // Forecasts at some report months: most units, each operating group, near the budget.
  const methods: ForecastMethod[] = [
    'entered',
    'budget',
    'actual-plus-remaining-budget',
    'run-rate',
  ];
  const forecasts: Insertable<DatabaseSchema['forecast']>[] = [];
  const reports: Insertable<DatabaseSchema['follow_up_report']>[] = [];
  const comments: Insertable<DatabaseSchema['follow_up_comment']>[] = [];
  for (const month of FORECAST_MONTHS) {
    for (const unit of units) {
      if (next() < 0.2) continue;
      for (const group of ACCOUNT_GROUPS) {
        if (group === 'financial_items') continue;
        const budget = unit.budget.get(group) ?? 0;
        forecasts.push({
          municipality_id: municipalityId,
          org_unit_id: unit.id,
          year: FOLLOW_UP_YEAR,
          report_month: month,
          account_group: group,
          amount_ore: Math.round((budget * (0.95 + next() * 0.1)) / 100_000) * 100_000,
          method: pick(methods),
          updated_by: `chef-${unit.code}`,
        });
      }
      const latest = month === FORECAST_MONTHS.at(-1);
      reports.push({
        municipality_id: municipalityId,
        org_unit_id: unit.id,
        year: FOLLOW_UP_YEAR,
        report_month: month,
        status: latest ? pick(['draft', 'submitted', 'approved', 'returned'] as const) : 'approved',
        remark: null,
        updated_by: `chef-${unit.code}`,
      });
      if (next() < 0.5) {
        for (const kind of ['variance', 'action'] as const) {
          comments.push({
            municipality_id: municipalityId,
            org_unit_id: unit.id,
            year: FOLLOW_UP_YEAR,
            report_month: month,
            kind,
            body:
              kind === 'variance'
                ? 'Högre personalkostnader än budgeterat på grund av sjukfrånvaro och inhyrd personal.'
                : 'Översyn av bemanningen och minskad användning av bemanningsföretag.',
            updated_by: `chef-${unit.code}`,
          });
        }
      }
    }
  }
  await context.write(async (trx) => {
    await insertMany(trx, 'forecast', forecasts);
    await insertMany(trx, 'follow_up_report', reports);
    await insertMany(trx, 'follow_up_comment', comments);
    await trx
      .insertInto('follow_up_threshold')
      .values({
        municipality_id: municipalityId,
        board_id: boardId,
        amount_ore: 50_000_000,
        basis_points: 500,
        updated_by: 'bench',
      })
      .execute();
    await trx
      .insertInto('follow_up_month_event')
      .values(
        FORECAST_MONTHS.slice(0, -1).map((month) => ({
          municipality_id: municipalityId,
          id: randomUUID(),
          board_id: boardId,
          year: FOLLOW_UP_YEAR,
          report_month: month,
          kind: 'publish' as const,
          reason: null,
          at: `${String(FOLLOW_UP_YEAR)}-${String(month + 1).padStart(2, '0')}-15T09:00:00Z`,
          by_user: 'bench',
        })),
      )
      .execute();
    const userId = await ensureUser(trx, {
      username: BENCH_CONTROLLER.username,
      displayName: 'Bench Controller',
      password: BENCH_CONTROLLER.password,
    });
    await grantRole(trx, userId, {
      role: 'controller',
      municipalityId,
      boardId,
      orgUnitId: null,
    });
  });
  step(`forecasts, reports, comments (${FORECAST_MONTHS.length} report months), the controller`);

  // A full year of transactions for every unit: the phased budget, off by a few percent,
  // spread over the unit's accounts and the days of the month.
  const written = await context.bulkWrite((trx, copy) =>
    writeLedgerBatch(
      trx,
      copy,
      {
        municipalityId,
        source: 'sie',
        fileName: `bench-${String(FOLLOW_UP_YEAR)}.se`,
        sha256: null,
        encoding: 'cp437',
        importedBy: 'bench',
        summary: null,
      },
      async (add) => {
        let verification = 0;
        for (let month = 1; month <= 12; month += 1) {
          for (const unit of units) {
            for (const group of ACCOUNT_GROUPS) {
              const shape = GROUP_SHAPE[group];
              const weights = group === 'personnel_costs' ? PERSONNEL_WEIGHTS : null;
              const share = weights ? (weights[month - 1] ?? 0) / PERSONNEL_WEIGHT_SUM : 1 / 12;
              const monthly = (unit.budget.get(group) ?? 0) * share * (0.9 + next() * 0.2);
              const amounts = split(Math.round(monthly), shape.perMonth, next);
              const accounts = unit.accounts.get(group) ?? [];
              for (const amount of amounts) {
                verification += 1;
                const date = isoDate(FOLLOW_UP_YEAR, toMonth(month), 1 + Math.floor(next() * 28));
                await add({
                  period: periodOfDate(date),
                  bookingDate: date,
                  accountNumber: pick(accounts),
                  orgUnitId: unit.id,
                  responsibilityCode: unit.code,
                  activityCode: null,
                  projectCode: null,
                  amount: ore(amount),
                  verification: `V${String(verification)}`,
                  description: group === 'personnel_costs' ? 'Lön' : 'Faktura',
                  sourceLine: null,
                });
              }
            }
          }
        }
      },
    ),
  );
  step(`ledger: ${written.transactionCount.toLocaleString('sv-SE')} transactions (COPY, balances)`);

  const balances = await database.db
    .selectFrom('ledger_balance')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirstOrThrow();
  return {
    municipalityId,
    boardId,
    units: units.length,
    departments: DEPARTMENTS,
    accounts: chart.length,
    budgetLines: lines.length,
    forecasts: forecasts.length,
    reports: reports.length,
    comments: comments.length,
    transactions: written.transactionCount,
    balances: balances.count,
    timings,
  };
}
