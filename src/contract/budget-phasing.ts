import { z } from 'zod';
import { needs } from './access';
import { accountGroupSchema, idSchema, oreSchema, yearQuerySchema, yearSchema } from './common';
import { budgetVersionParams, revisionSchema } from './budget';
import { defineEndpoint } from './endpoint';

/**
 * The phasing (periodisering) of one budget line: a unit's account group in one year of a
 * budget version, its profile and its twelve months.
 */

export const PHASING_KINDS = [
  'straight',
  'calendar-days',
  'working-days',
  'last-year',
  'weights',
] as const;
export type PhasingKind = (typeof PHASING_KINDS)[number];

export const PHASING_KIND_NAMES_SV: Readonly<Record<PhasingKind, string>> = {
  straight: 'Rak (1/12 per månad)',
  'calendar-days': 'Kalenderdagar',
  'working-days': 'Arbetsdagar',
  'last-year': 'Förra årets utfall per månad',
  weights: 'Egna vikter per månad',
};

/** Twelve whole, non-negative weights, January first, at least one above zero. */
export const monthWeightsSchema = z
  .array(z.number().int().min(0).max(1_000_000))
  .length(12)
  .refine((weights) => weights.some((weight) => weight > 0), {
    message: 'At least one month must weigh more than zero',
  });

export const phasingProfileSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('straight') }),
  z.object({ kind: z.literal('calendar-days') }),
  z.object({ kind: z.literal('working-days') }),
  /** Last year's actual pattern of the line's unit and group, read when saved. */
  z.object({ kind: z.literal('last-year') }),
  z.object({ kind: z.literal('weights'), weights: monthWeightsSchema }),
]);
export type PhasingProfileDto = z.infer<typeof phasingProfileSchema>;

export const linePhasingSchema = z.object({
  orgUnitId: idSchema,
  accountGroup: accountGroupSchema,
  year: yearSchema,
  /** The annual amount in öre, result sign; zero when the version has no such line. */
  amount: oreSchema,
  kind: z.enum(PHASING_KINDS),
  /** The weights the months follow: explicit, or last year's pattern as it was read. */
  weights: z.array(z.number()).nullable(),
  /** January first; they sum exactly to the amount. */
  months: z.array(oreSchema).length(12),
  /** The unit's actuals of the group in the year before, per month, to compare with. */
  lastYearActuals: z.array(oreSchema).length(12),
  /** The revision of the version's figures when read. */
  revision: revisionSchema,
});
export type LinePhasing = z.infer<typeof linePhasingSchema>;

const versionParams = budgetVersionParams;
const PATH =
  '/api/municipalities/:municipalityId/boards/:boardId/budget-versions/:versionId/phasing';

/** One line's profile and months. */
export const getLinePhasing = defineEndpoint({
  access: needs('budget:read'),
  method: 'GET',
  path: PATH,
  params: versionParams,
  query: z.object({ orgUnitId: idSchema, accountGroup: accountGroupSchema, year: yearQuerySchema }),
  response: linePhasingSchema,
});

/**
 * Sets the profile of one line, or of the account group's lines of every unit in the year;
 * the months are phased again (the annual amounts stay). Any version but a superseded one:
 * phasing an adopted budget does not change what was decided.
 */
export const saveLinePhasing = defineEndpoint({
  access: needs('budget:edit'),
  method: 'POST',
  path: PATH,
  params: versionParams,
  query: z.object({}),
  body: z.object({
    /** The revision of the version's figures the profile was chosen on. */
    baseRevision: revisionSchema,
    orgUnitId: idSchema,
    accountGroup: accountGroupSchema,
    year: yearSchema,
    profile: phasingProfileSchema,
    scope: z.enum(['line', 'account-group']),
  }),
  response: z.object({ line: linePhasingSchema, linesChanged: z.number().int() }),
});
