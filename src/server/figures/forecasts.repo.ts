import { sql } from 'kysely';
import type { UnitGroupAmount } from '#domain/follow-up/unit-measures';
import type { Month } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { Db } from '../db/types';
import { sameTenant } from '../db/tenant-join';
import { toAmount, type BoardYear } from './figure-columns.repo';

/**
 * The forecasts: a unit's full-year forecast per account group, made at a report month. What a
 * screen shows at a report month is each unit's and group's latest made at or before it; every
 * screen that shows a forecast reads it here.
 */

/** The forecasts of the year on the board's units (f), to select from. */
function boardForecastsOfYear(db: Db, at: BoardYear) {
  return db
    .selectFrom('forecast as f')
    .innerJoin('org_unit as u', (join) => sameTenant(join, 'u.id', 'f.org_unit_id'))
    .where('f.municipality_id', '=', at.municipalityId)
    .where('u.board_id', '=', at.boardId)
    .where('f.year', '=', at.year);
}

/** Which forecasts to read: of one unit, one account group, or (left out) all. */
export interface ForecastFilter {
  readonly orgUnitId?: string | undefined;
  readonly accountGroup?: AccountGroup | undefined;
}

/**
 * The forecasts made at or before a month, each ranked per unit and group: newest 1 is the
 * latest, and latestMonth the month the latest was made.
 */
function rankedForecasts(db: Db, at: BoardYear, month: Month, filter: ForecastFilter) {
  let made = boardForecastsOfYear(db, at)
    .select([
      'f.org_unit_id as orgUnitId',
      'f.account_group as accountGroup',
      'f.report_month as reportMonth',
      'f.amount_ore as amount',
      sql<number>`row_number() over (partition by f.org_unit_id, f.account_group order by f.report_month desc)`.as(
        'newest',
      ),
      sql<number>`max(f.report_month) over (partition by f.org_unit_id, f.account_group)`.as(
        'latestMonth',
      ),
    ])
    .where('f.report_month', '<=', month);
  if (filter.orgUnitId !== undefined) made = made.where('f.org_unit_id', '=', filter.orgUnitId);
  if (filter.accountGroup !== undefined) {
    made = made.where('f.account_group', '=', filter.accountGroup);
  }
  return db.selectFrom(made.as('f'));
}

/** Each unit's latest forecast per account group made at or before the report month. */
export async function latestForecasts(
  db: Db,
  at: BoardYear,
  reportMonth: Month,
  filter: ForecastFilter = {},
): Promise<UnitGroupAmount[]> {
  const rows = await rankedForecasts(db, at, reportMonth, filter)
    .select(['f.orgUnitId', 'f.accountGroup', 'f.amount'])
    .where('f.newest', '=', 1)
    .execute();
  return rows.map(toAmount);
}

/**
 * The forecasts made at or before a month that the follow-up's figures read, oldest first: per
 * unit and group the latest one, and the one before it when the latest is the month's own (the
 * previous report's forecast). Older ones are not read.
 */
export function forecastsThrough(db: Db, at: BoardYear, month: Month, filter: ForecastFilter = {}) {
  return rankedForecasts(db, at, month, filter)
    .select(['f.orgUnitId', 'f.accountGroup', 'f.reportMonth', 'f.amount'])
    .where((eb) =>
      eb.or([
        eb('f.newest', '=', 1),
        eb.and([eb('f.newest', '=', 2), eb('f.latestMonth', '=', month)]),
      ]),
    )
    .orderBy('f.reportMonth')
    .execute();
}

export type ForecastRow = Awaited<ReturnType<typeof forecastsThrough>>[number];

/** Every forecast of the year on the board's units, per unit and account group, oldest first. */
export function forecastsOfYear(db: Db, at: BoardYear) {
  return boardForecastsOfYear(db, at)
    .select([
      'f.org_unit_id as orgUnitId',
      'f.account_group as accountGroup',
      'f.report_month as reportMonth',
      'f.amount_ore as amount',
    ])
    .orderBy('f.report_month')
    .execute();
}
