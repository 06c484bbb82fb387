import { z } from 'zod';

/**
 * The stable codes of everything that can go wrong, shared by server, CLI and web. The server
 * sends a code and data; the web and the CLI turn it into a Swedish sentence.
 */
export const ERROR_CODES = [
  'invalid-request',
  'not-found',
  'no-data-for-period',
  'conflict',
  'database-in-use',
  'internal-error',
  /** Not signed in, or the session has ended. */
  'unauthenticated',
  /** Wrong user name or password (which one is not told). */
  'invalid-credentials',
  /** Too many failed sign-ins for the account or from the address: wait. */
  'too-many-attempts',
  /** Signed in, but the role or its scope does not allow it. */
  'forbidden',
  /** A state-changing request without the session's CSRF token, or from another site. */
  'csrf-rejected',
  /** An upload would take the user's or the server's uploads waiting for import past their limit. */
  'upload-quota-exceeded',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with the input: where (field), what was given, and a code for what is wrong. */
export const inputIssueSchema = z.object({
  field: z.string(),
  problem: z.string(),
  value: z.string().optional(),
  /** For a cell of a file ("Budget 2026!D7"): the account group (key) of its column. */
  accountGroup: z.string().optional(),
  /** For a cell of a file: the unit of its row, as its code and name. */
  unit: z.string().optional(),
  /** What was expected instead of the value. */
  expected: z.string().optional(),
});
export type InputIssue = z.infer<typeof inputIssueSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    /** English, for logs and developers. The UI shows its own Swedish text. */
    message: z.string(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    issues: z.array(inputIssueSchema),
    /**
     * A server error's (5xx) reference: the server's log has the failure under it, so a user
     * who quotes it can be helped.
     */
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type ErrorDetails = ErrorBody['error']['details'];

/** What a not-found error can be about; the error's details.entity is one of these. */
export const NOT_FOUND_ENTITIES = [
  'municipality',
  'board',
  'org-unit',
  'import',
  'upload',
  'import-job',
  'page',
  'user',
  'role-grant',
  'budget-version',
  'published-report',
  'board-goal',
  'indicator',
  'sample',
  'risk',
  'critical-factor',
  'budget-decision',
  'report',
  'report-section',
] as const;
export type NotFoundEntity = (typeof NOT_FOUND_ENTITIES)[number];
