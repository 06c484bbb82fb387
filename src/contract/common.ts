import { z } from 'zod';
import { ore, type Ore } from '../domain/kernel/money';
import { FIRST_YEAR, LAST_YEAR, toMonth } from '../domain/kernel/period';
import { ACCOUNT_GROUPS } from '../domain/ledger/account-group';

/** Money on the wire: whole öre as a JSON number (safe up to 90 000 000 000 kr). */
export const oreSchema = z
  .number()
  .int()
  .refine(Number.isSafeInteger)
  .transform((value): Ore => ore(value));

export const idSchema = z.uuid();

/** A year in a body. */
export const yearSchema = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);

/** A year in a query string. */
export const yearQuerySchema = z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR);
/** A month 1-12 in a query string. */
export const monthQuerySchema = z.coerce.number().int().min(1).max(12).transform(toMonth);

export const monthSchema = z.number().int().min(1).max(12).transform(toMonth);

export const accountGroupSchema = z.enum(ACCOUNT_GROUPS);

export const noParams = z.object({});
export const noQuery = z.object({});
