import {
  NO_MONTHLY_REPORT_VOLUMES,
  type MonthlyReportVolumes,
} from '#domain/follow-up/monthly-report-volumes';
import { periodNumber, periodYear, type Month } from '#domain/kernel/period';
import { assistanceReport } from '#domain/volumes/assistance-figures';
import { volumeReport } from '#domain/volumes/volume-figures';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { orgTree } from '../organisation/organisation.service';
import { boardSickLeaveToDate } from '../personnel/personnel-report.service';
import { placementFiguresOf } from '../placements/placements-report.service';
import { assistancePaymentsOf, volumeValuesOf } from '../volumes/volumes-report.service';

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
  const [placements, payments, values, sickLeave] = await Promise.all([
    placementFiguresOf(db, board.municipalityId, { year, month }, unitIds),
    assistancePaymentsOf(db, board, year),
    volumeValuesOf(db, board, year),
    boardSickLeaveToDate(db, board.municipalityId, unitIds, key),
  ]);
  // The year's own months to the report month: without them the section says nothing new.
  const thisYear = (period: Parameters<typeof periodYear>[0]) =>
    periodYear(period) === year && period <= periodNumber(year, month);
  const measuresThisYear = new Set(
    values.filter((value) => thisYear(value.period)).map((value) => value.measure),
  );
  return {
    placements: tree.units
      .filter((unit) => placements.has(unit.id))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .flatMap((unit) => {
        const figures = placements.get(unit.id);
        return figures ? [{ name: unit.name, figures }] : [];
      }),
    assistance: payments.some((payment) => thisYear(payment.period))
      ? assistanceReport(payments, year, month)
      : null,
    volumes: volumeReport(values, year, month).filter((row) => measuresThisYear.has(row.measure)),
    sickLeave,
  };
}
