import {
  NO_MONTHLY_REPORT_VOLUMES,
  type MonthlyReportVolumes,
} from '#domain/follow-up/monthly-report-volumes';
import type { Ore } from '#domain/kernel/money';
import { periodNumber, toMonth, toPeriodNumber, type Month } from '#domain/kernel/period';
import { sickLeaveTable } from '#domain/personnel/sick-leave';
import { assistanceReport } from '#domain/volumes/assistance-figures';
import { volumeReport } from '#domain/volumes/volume-figures';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { orgTree } from '../organisation/organisation.service';
import { findPersonnelRecords } from '../personnel/personnel.repo';
import { placementFiguresOf } from '../placements/placements-report.service';
import { findAssistancePayments, findVolumeValues } from '../volumes/volumes.repo';

/**
 * What the monthly report's Volymer and Personal sections show of a board at a month: its
 * units' placements, its financial assistance and other volumes January to the month against
 * last year, and its sick leave as a whole to the last month the HR export has (the export
 * comes a month behind: 001's August report has January–July). Each is left out when the board
 * has none for the year.
 */
export async function monthlyReportVolumes(
  db: Db,
  board: BoardRef,
  key: { readonly year: number; readonly month: Month },
): Promise<MonthlyReportVolumes> {
  const { year, month } = key;
  const tree = await orgTree(db, board.municipalityId, board.boardId);
  if (tree.units.length === 0) return NO_MONTHLY_REPORT_VOLUMES;
  const unitIds = tree.units.map((unit) => unit.id);
  const range = { from: periodNumber(year - 1, 1), to: periodNumber(year, month) };
  const [placements, payments, values, records] = await Promise.all([
    placementFiguresOf(db, board.municipalityId, { year, month }, unitIds),
    findAssistancePayments(db, board, { from: range.from, to: periodNumber(year, 12) }),
    findVolumeValues(db, board, range),
    findPersonnelRecords(db, board.municipalityId, unitIds, range),
  ]);
  const thisYear = (period: number) => period >= periodNumber(year, 1) && period <= range.to;

  const assistance = payments.some((row) => thisYear(row.period))
    ? assistanceReport(
        payments.map((row) => ({
          householdKey: row.household_key,
          period: toPeriodNumber(row.period),
          unitCode: row.unit_code,
          amountOre: row.amount_ore as Ore,
        })),
        year,
        month,
      )
    : null;

  const volumes = volumeReport(
    values.map((row) => ({
      measure: row.measure,
      unitCode: row.unit_code,
      unitName: row.unit_name,
      period: toPeriodNumber(row.period),
      value: row.value,
    })),
    year,
    month,
  );
  const measuresThisYear = new Set(
    values.filter((row) => thisYear(row.period)).map((row) => row.measure),
  );

  const lastHrPeriod = Math.max(0, ...records.map((row) => row.period).filter(thisYear));
  const sickLeave =
    lastHrPeriod === 0 ? null : sickLeaveTable(records, year, toMonth(lastHrPeriod % 100));

  return {
    placements: tree.units
      .filter((unit) => placements.has(unit.id))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .flatMap((unit) => {
        const figures = placements.get(unit.id);
        return figures ? [{ name: unit.name, figures }] : [];
      }),
    assistance,
    volumes: volumes.filter((row) => measuresThisYear.has(row.measure)),
    sickLeave,
  };
}
