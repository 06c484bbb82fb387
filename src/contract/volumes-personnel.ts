import { z } from 'zod';
import { needs } from './access';
import { idSchema, monthQuerySchema, monthSchema, yearQuerySchema, yearSchema } from './common';
import { defineEndpoint } from './endpoint';
import { boardParams } from './organisation';

/**
 * Volymer och personal: a board's placements (köpt vård), financial assistance and other
 * volumes (orosanmälningar, …) at a report month, and its sick leave. The figures are the
 * CLI's reports (report placements, assistance, volumes, personnel) as JSON. A department or
 * unit head gets the rows of their own units only; sick leave is for the controller and HR,
 * and a department's or unit's table read is audited.
 */

/** Whole öre; the page shows whole kronor. */
const oreNumber = z.number().int();

const placementFiguresSchema = z.object({
  placements: z.number().int(),
  careDays: z.number().int(),
  costToDateOre: oreNumber,
  forecastRestOre: oreNumber,
  fullYearOre: oreNumber,
});
export type PlacementFiguresDto = z.infer<typeof placementFiguresSchema>;

export const volumesPageSchema = z.object({
  year: yearSchema,
  reportMonth: monthSchema,
  /** The years with imported volumes or assistance, ascending. */
  years: z.array(yearSchema),
  /** Whether the answer holds only some units (a head's own): no board totals then. */
  ownUnitsOnly: z.boolean(),
  /** Whether the caller may see sick leave (personnel:read for the board). */
  mayReadPersonnel: z.boolean(),
  placements: z.object({
    rows: z.array(
      z.object({
        unit: z.object({ id: idSchema, code: z.string(), name: z.string() }),
        figures: placementFiguresSchema,
      }),
    ),
    /** The row Summa. */
    total: placementFiguresSchema,
  }),
  assistance: z.object({
    months: z.array(
      z.object({
        month: monthSchema,
        households: z.number().int(),
        amountOre: oreNumber,
        householdsLastYear: z.number().int(),
        /** Households against the same month last year, tenths of a percent; null: none then. */
        changeTenths: z.number().int().nullable(),
      }),
    ),
    total: z.object({
      households: z.number().int(),
      amountOre: oreNumber,
      householdsLastYear: z.number().int(),
      amountLastYearOre: oreNumber,
      changeTenths: z.number().int().nullable(),
    }),
    /** Households with assistance in at least 10 of last year's months; null: no data then. */
    longTermLastYear: z.number().int().nullable(),
  }),
  volumes: z.array(
    z.object({
      measure: z.string(),
      /** Null: the measure's row of all units. */
      unitCode: z.string().nullable(),
      unitName: z.string(),
      value: z.number().int(),
      valueLastYear: z.number().int(),
      changeTenths: z.number().int().nullable(),
    }),
  ),
});
export type VolumesPage = z.infer<typeof volumesPageSchema>;

const periodQuery = z.object({
  year: yearQuerySchema.optional(),
  month: monthQuerySchema.optional(),
});

/**
 * Placements per unit and Summa, financial assistance per month with the year's totals and the
 * long-term count of last year, and the other volumes against last year. Without a year and
 * month: the latest month with imported assistance or volumes (else this month).
 */
export const getVolumes = defineEndpoint({
  access: needs('volumes:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/volumes',
  params: boardParams,
  query: periodQuery,
  response: volumesPageSchema,
});

const sickLeaveFigureSchema = z.object({
  /** Tenths of a percent (82 is 8,2 %); null: not shown (a small group, or no hours). */
  tenths: z.number().int().nullable(),
});

export const sickLeaveSchema = z.object({
  year: yearSchema,
  reportMonth: monthSchema,
  scope: z.object({
    level: z.enum(['board', 'department', 'unit']),
    /** The department or unit; null for the board. */
    orgUnitId: idSchema.nullable(),
    name: z.string(),
  }),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      current: sickLeaveFigureSchema,
      previous: sickLeaveFigureSchema,
      differenceTenths: z.number().int().nullable(),
    }),
  ),
  /** Whether any figure is "–" for a group of fewer than 5 employees. */
  smallGroups: z.boolean(),
  /** The table's note on small groups ("– = färre än 5 anställda …"). */
  smallGroupNote: z.string(),
  /** The board's departments and units to choose from, in code order. */
  units: z.array(
    z.object({
      id: idSchema,
      code: z.string(),
      name: z.string(),
      kind: z.enum(['department', 'unit']),
    }),
  ),
});
export type SickLeaveDto = z.infer<typeof sickLeaveSchema>;

/**
 * Sick leave January to the report month against the same months last year: the board's, or a
 * department's or unit's (orgUnitId; the read is audited). Small groups are "–".
 */
export const getSickLeave = defineEndpoint({
  access: needs('personnel:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/boards/:boardId/sick-leave',
  params: boardParams,
  query: z.object({
    year: yearQuerySchema,
    month: monthQuerySchema,
    orgUnitId: idSchema.optional(),
  }),
  response: sickLeaveSchema,
});
