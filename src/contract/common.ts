import { z } from 'zod';
import { ore, type Ore } from '../domain/kernel/money';
import { FIRST_YEAR, LAST_YEAR, toMonth } from '../domain/kernel/period';
import { ACCOUNT_GROUPS } from '../domain/ledger/account-group';
import type { InputIssue } from './errors';

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

/**
 * NUL (U+0000) is in no text a person writes, and PostgreSQL cannot store it in text or JSON:
 * every input (path, query, body) is searched for it before its schema reads it, and each
 * string holding it is refused naming the field (http/endpoint-route.ts parseInput).
 */
export const NUL_CHARACTER = '\u0000';

/** A NUL made visible, for the value an issue shows. */
const shown = (text: string): string => text.replaceAll(NUL_CHARACTER, '\u2400');

/** Every string (and object key) in the input holding a NUL character, as input issues. */
export function nulCharacterIssues(input: unknown, path: readonly string[] = []): InputIssue[] {
  const field = (): string => path.join('.') || '(helt anrop)';
  if (typeof input === 'string') {
    return input.includes(NUL_CHARACTER)
      ? [{ field: field(), problem: 'nul-character', value: shown(input) }]
      : [];
  }
  // A file's bytes (an upload's body) are no text: its reader checks them.
  if (ArrayBuffer.isView(input)) return [];
  if (Array.isArray(input)) {
    return input.flatMap((item: unknown, index) =>
      nulCharacterIssues(item, [...path, String(index)]),
    );
  }
  if (input !== null && typeof input === 'object') {
    return Object.entries(input).flatMap(([key, value]) =>
      key.includes(NUL_CHARACTER)
        ? [{ field: [...path, shown(key)].join('.'), problem: 'nul-character' }]
        : nulCharacterIssues(value, [...path, key]),
    );
  }
  return [];
}
