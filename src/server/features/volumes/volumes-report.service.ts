import type { Ore } from '#domain/kernel/money';
import { periodNumber, toPeriodNumber, type Month } from '#domain/kernel/period';
import {
  assistanceReport,
  type AssistancePayment,
  type AssistanceReportFigures,
} from '#domain/volumes/assistance-figures';
import {
  volumeReport,
  type VolumeReportRow,
  type VolumeValue,
} from '#domain/volumes/volume-figures';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { boardContext, type BoardContext } from '../organisation/organisation.service';
import { findAssistancePayments, findVolumeValues } from './volumes.repo';

/**
 * report assistance and report volumes: the board's financial assistance by month of a year to
 * its report month with last year's beside, and its other volumes January to the report month
 * against last year. Read from each month's import in force, the board's units only.
 */

export interface AssistanceReport extends AssistanceReportFigures {
  readonly context: BoardContext;
}

export interface VolumesReport {
  readonly context: BoardContext;
  readonly year: number;
  readonly month: Month;
  readonly rows: readonly VolumeReportRow[];
}

/** From January of the year before through December of the year (the long-term year too). */
const twoYears = (year: number) => ({
  from: periodNumber(year - 1, 1),
  to: periodNumber(year, 12),
});

/** The board's payments in force from January of the year before through December of the year. */
export async function assistancePaymentsOf(
  db: Db,
  board: BoardRef,
  year: number,
): Promise<AssistancePayment[]> {
  const rows = await findAssistancePayments(db, board, twoYears(year));
  return rows.map((row) => ({
    householdKey: row.household_key,
    period: toPeriodNumber(row.period),
    unitCode: row.unit_code,
    amountOre: row.amount_ore as Ore,
  }));
}

/** The board's volume values in force from January of the year before through December. */
export async function volumeValuesOf(
  db: Db,
  board: BoardRef,
  year: number,
): Promise<VolumeValue[]> {
  const rows = await findVolumeValues(db, board, twoYears(year));
  return rows.map((row) => ({
    measure: row.measure,
    unitCode: row.unit_code,
    unitName: row.unit_name,
    period: toPeriodNumber(row.period),
    value: row.value,
  }));
}

export async function assistanceReportOf(
  ctx: RequestContext,
  request: { readonly year: number; readonly month: Month },
): Promise<AssistanceReport> {
  const { db, board } = ctx;
  const [context, payments] = await Promise.all([
    boardContext(db, board.municipalityId, board.boardId),
    assistancePaymentsOf(db, board, request.year),
  ]);
  return { context, ...assistanceReport(payments, request.year, request.month) };
}

export async function volumesReportOf(
  ctx: RequestContext,
  request: { readonly year: number; readonly month: Month },
): Promise<VolumesReport> {
  const { db, board } = ctx;
  const [context, values] = await Promise.all([
    boardContext(db, board.municipalityId, board.boardId),
    volumeValuesOf(db, board, request.year),
  ]);
  return {
    context,
    year: request.year,
    month: request.month,
    rows: volumeReport(values, request.year, request.month),
  };
}
