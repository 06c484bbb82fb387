import { z } from 'zod';
import { needs } from './access';
import { idSchema, monthSchema, oreSchema, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint } from './endpoint';
import { thresholdSchema } from './follow-up';
import { boardParams } from './organisation';

/**
 * Prognossäkerhet: for a closed year, how close each unit's full-year forecasts came to what
 * the year turned out, report month by report month, so controllers see which units forecast
 * well (issue 6).
 *
 * The measure is the one Månadsuppföljning shows as Prognos: the unit's own lines over all
 * account groups (nettokostnader and finansnetto), result sign. At a report month the unit's
 * forecast is, per account group, the latest forecast made at or before it (the budget where
 * none was made), summed; only report months at which the unit made a forecast are scored.
 * A department's row sums its units the same way and is scored where any of them forecast.
 */

/** One report month's forecast scored against the year's final actual. */
export const forecastAccuracyMonthSchema = z.object({
  reportMonth: monthSchema,
  forecast: oreSchema,
  /** forecast − final actual: positive was too optimistic (the year turned out worse). */
  error: oreSchema,
  /** The error in tenths of a percent of |final actual|; null when the actual is zero. */
  errorPercentTenths: z.number().int().nullable(),
  /** Within the board's threshold (every limit set); null when no threshold is set. */
  withinTolerance: z.boolean().nullable(),
});
export type ForecastAccuracyMonth = z.infer<typeof forecastAccuracyMonthSchema>;

/** A unit's (or a department's, or the whole board's) forecasting over the year. */
export const forecastAccuracyFiguresSchema = z.object({
  budget: oreSchema,
  finalActual: oreSchema,
  /** The scored report months, in month order. */
  months: z.array(forecastAccuracyMonthSchema),
  /** The mean of the absolute errors, whole öre; null without forecasts. */
  meanAbsoluteError: oreSchema.nullable(),
  /** The mean absolute error in tenths of a percent of |final actual|; null without
   * forecasts or with a zero actual. */
  meanAbsolutePercentTenths: z.number().int().nullable(),
  /** The first report month within the threshold; null: none, or no threshold. */
  firstMonthWithinTolerance: monthSchema.nullable(),
  /** The month from which every later forecast stayed within; null: the last was not. */
  withinToleranceFromMonth: monthSchema.nullable(),
});
export type ForecastAccuracyFigures = z.infer<typeof forecastAccuracyFiguresSchema>;

export const forecastAccuracyRowSchema = forecastAccuracyFiguresSchema.extend({
  orgUnit: z.object({
    id: idSchema,
    code: z.string(),
    name: z.string(),
    kind: z.enum(['department', 'unit']),
    parentId: idSchema.nullable(),
  }),
  /** The department a unit belongs to; null for a department or a unit under the board. */
  department: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** 0 for a department or a unit directly under the board, 1 for a department's unit. */
  depth: z.number().int(),
  /** Units only: the place among the units shown, 1 the most accurate (by the mean absolute
   * error in percent of the final actual); null for departments and units without forecasts. */
  rank: z.number().int().positive().nullable(),
});
export type ForecastAccuracyRow = z.infer<typeof forecastAccuracyRowSchema>;

export const forecastAccuracySchema = z.object({
  year: yearSchema,
  /** Every month of the year has imported actuals (the ledger's months 1-12). */
  closed: z.boolean(),
  /** The months of the year with imported actuals. */
  monthsWithActuals: z.array(monthSchema),
  /** The board's threshold, the limit a good forecast keeps within; null when none is set. */
  tolerance: thresholdSchema.nullable(),
  /** The report months at which any unit shown made a forecast (the table's columns). */
  reportMonths: z.array(monthSchema),
  /** In organisation order (departments, each followed by its units); empty when not closed. */
  rows: z.array(forecastAccuracyRowSchema),
  /** The whole board; null when the year is not closed or a part of the board was asked. */
  board: forecastAccuracyFiguresSchema.nullable(),
});
export type ForecastAccuracy = z.infer<typeof forecastAccuracySchema>;

/**
 * The forecast accuracy of a closed year for a board, or one department or unit of it (who
 * holds a role for a department or unit asks for that part).
 */
export const getForecastAccuracy = defineEndpoint({
  access: needs('follow-up:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/follow-up/forecast-accuracy',
  params: boardParams,
  query: z.object({ year: yearQuerySchema, orgUnitId: idSchema.optional() }),
  response: forecastAccuracySchema,
});
