import { z } from 'zod';
import { isIsoDate } from '../domain/kernel/period';
import { needs } from './access';
import { idSchema } from './common';
import { defineEndpoint, defineFileEndpoint } from './endpoint';
import { SWEDISH_TIME_ZONE } from './swedish-time';

/**
 * The audit log of a municipality: searched by user, period, object and action, newest first,
 * and exported as CSV. A municipality's log holds the rows about the municipality, and of the
 * rows about no municipality (sign-ins, sign-outs, password changes) those of a user who holds
 * a role in it: the row's user, the account a failed sign-in tried, or the user the row is
 * about. An installation admin also sees the rows about no municipality that belong to no
 * municipality's user (a failed sign-in for a name that is no account, an unmatched single
 * sign-on, a user without roles).
 */

/**
 * The installation's own tenant in the audit log: what concerns no municipality (sign-ins,
 * failed sign-ins, sign-outs, password changes) is written to its chain. No municipality has
 * this id.
 */
export const INSTALLATION_TENANT_ID = '00000000-0000-0000-0000-000000000000';

/** Whose audit chain a row's municipality id names: a municipality's, or the installation's. */
export const auditChainOf = (municipalityId: string): 'municipality' | 'installation' =>
  municipalityId === INSTALLATION_TENANT_ID ? 'installation' : 'municipality';

/** Dates in a search mean days in Swedish time, as the users live them. */
export const AUDIT_TIME_ZONE = SWEDISH_TIME_ZONE;

/** Rows per page of the search. */
export const AUDIT_PAGE_SIZE = 50;
export const MAX_AUDIT_PAGE_SIZE = 200;
/** The most rows one export holds; more must be narrowed by the filters first. */
export const MAX_AUDIT_EXPORT_ROWS = 100_000;

/** An empty query parameter (a form's empty field) is no filter. */
const blankIsAbsent = (value: unknown): unknown => (value === '' ? undefined : value);

const optionalText = (max: number) =>
  z.preprocess(blankIsAbsent, z.string().trim().min(1).max(max).optional());
/** A calendar date YYYY-MM-DD; one that is no date (2023-02-30) is named 'not-a-date'. */
const optionalDate = z.preprocess(
  blankIsAbsent,
  z
    .string()
    .refine((value): boolean => isIsoDate(value), {
      message: 'Not a date (YYYY-MM-DD)',
      params: { problem: 'not-a-date' },
    })
    .optional(),
);

const filterFields = {
  /** The user name of who did it (as logged; a failed sign-in names the account tried). */
  user: z.preprocess(blankIsAbsent, z.string().trim().toLowerCase().min(1).max(100).optional()),
  /** The first day, inclusive (YYYY-MM-DD, Swedish time). */
  from: optionalDate,
  /** The last day, inclusive. */
  to: optionalDate,
  /** What the row is about: 'user', 'org-unit', 'import', ... */
  objectType: optionalText(50),
  /** Which one of them (an id). */
  objectId: optionalText(100),
  /** One action ('sign-in', 'ledger-import', ... see domain/access/audit-actions.ts). */
  action: optionalText(100),
};

type FilterFields = { [K in keyof typeof filterFields]: z.output<(typeof filterFields)[K]> };

/** From after to: the issue names 'to' with the problem 'before-from'. */
function checkPeriod(filters: Partial<FilterFields>, context: z.RefinementCtx): void {
  const { from, to } = filters;
  if (from && to && isIsoDate(from) && isIsoDate(to) && from > to) {
    context.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'The period ends before it starts',
      params: { problem: 'before-from' },
    });
  }
}

/** The filters of a search and an export. */
export const auditLogFilters = z.object(filterFields).superRefine(checkPeriod);
export type AuditLogFilters = z.output<typeof auditLogFilters>;

export const auditLogSearchQuery = z
  .object({
    ...filterFields,
    /** The next page: rows older than this seq (the previous page's nextCursor). */
    cursor: z.preprocess(blankIsAbsent, z.coerce.number().int().positive().optional()),
    limit: z.preprocess(
      blankIsAbsent,
      z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE_SIZE).default(AUDIT_PAGE_SIZE),
    ),
  })
  .superRefine(checkPeriod);
export type AuditLogSearchQuery = z.output<typeof auditLogSearchQuery>;

const jsonValue = z.json().nullable();

export const auditEntrySchema = z.object({
  /** The log's running number: the order rows were written in. */
  seq: z.number().int(),
  /** Whose chain the row is in: the municipality's, or the installation's (sign-ins). */
  chain: z.enum(['municipality', 'installation']),
  /** The row's number in its chain (what a check of the log names). */
  chainSeq: z.number().int(),
  /** ISO 8601, UTC. */
  occurredAt: z.string(),
  /** As the user was named then; null when nobody known (the CLI, an unmatched sign-on). */
  username: z.string().nullable(),
  /** The user's display name when the row was written; null when nobody known. */
  displayName: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  before: jsonValue,
  after: jsonValue,
  details: jsonValue,
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditLogResponse = z.object({
  entries: z.array(auditEntrySchema),
  /** Every row the filters match, over all pages. */
  total: z.number().int(),
  /** The cursor of the next page; null on the last one. */
  nextCursor: z.number().int().nullable(),
  /**
   * What the ids the entries mention are called now (units "8113 Utredning ungdom", users,
   * boards, budget versions), by id; an id not here (a removed unit) is shown as it is.
   */
  names: z.record(z.string(), z.string()),
});
export type AuditLogResponse = z.infer<typeof auditLogResponse>;

const municipalityParams = z.object({ municipalityId: idSchema });

/** Searches a municipality's audit log, newest first, a page at a time. */
export const searchAuditLog = defineEndpoint({
  access: needs('audit:read'),
  method: 'GET',
  path: '/api/municipalities/:municipalityId/audit-log',
  params: municipalityParams,
  query: auditLogSearchQuery,
  response: auditLogResponse,
});

/**
 * The rows a search with these filters finds, as a CSV file for Swedish Excel (UTF-8 with
 * BOM, semicolons). The export is itself written to the log.
 */
export const exportAuditLog = defineFileEndpoint({
  access: needs('audit:read'),
  path: '/api/municipalities/:municipalityId/audit-log/export',
  params: municipalityParams,
  query: auditLogFilters,
  file: { mediaType: 'text/csv; charset=utf-8' },
});
