import { z } from 'zod';
import { ROLES } from '../domain/access/roles';
import { USER_LOCKS } from '../domain/administration/user-lock';
import { needs } from './access';
import { accountGroupSchema, idSchema, noQuery } from './common';
import { defineEndpoint } from './endpoint';
import { grantSchema } from './session';

/**
 * Administration of a municipality: its organisation, its users and their roles, and the
 * account-group mapping. Every change is written to the audit log with before and after.
 */
const ADMIN = needs('administration:manage');

export const municipalityParams = z.object({ municipalityId: idSchema });
const orgUnitParams = municipalityParams.extend({ orgUnitId: idSchema });
const userParams = municipalityParams.extend({ userId: idSchema });
const grantParams = userParams.extend({ grantId: idSchema });

const isoDate = z.iso.date();

/**
 * Lost updates: what is read carries its revision, and a change names the revision it started
 * from (baseRevision). A change of anything saved since is refused (conflict, reason
 * 'edit-conflict', with the revision, who saved it and when), so nobody overwrites another's
 * save unseen; the form keeps the user's edits to save again on the new revision.
 */
const revisionSchema = z.number().int().nonnegative();
const savedRevision = {
  revision: revisionSchema,
  /** Who saved this revision (their name), and when; null: no administrator has saved it. */
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
};
const baseRevision = { baseRevision: revisionSchema };
/** A ledger code: what the unit dimension of the ledger holds (digits, letters, - and _). */
const ledgerCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[0-9A-Za-z_-]+$/);

export const orgUnitAdminSchema = z.object({
  id: idSchema,
  boardId: idSchema,
  parentId: idSchema.nullable(),
  kind: z.enum(['department', 'unit']),
  code: z.string(),
  name: z.string(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  /** Further ledger codes booked on this unit. */
  ledgerCodes: z.array(z.string()),
  /** Ledger transactions booked on the unit (a unit with none can be changed freely). */
  transactionCount: z.number().int(),
  ...savedRevision,
});
export type OrgUnitAdmin = z.infer<typeof orgUnitAdminSchema>;

export const organisationAdminResponse = z.object({
  boards: z.array(
    z.object({
      id: idSchema,
      code: z.string(),
      name: z.string(),
      units: z.array(orgUnitAdminSchema),
    }),
  ),
});
export type OrganisationAdmin = z.infer<typeof organisationAdminResponse>;

/** The organisation: every board with its departments and units, codes and validity. */
export const getOrganisationAdmin = defineEndpoint({
  access: ADMIN,
  method: 'GET',
  path: '/api/municipalities/:municipalityId/administration/organisation',
  params: municipalityParams,
  query: noQuery,
  response: organisationAdminResponse,
});

export const orgUnitInput = z.object({
  kind: z.enum(['department', 'unit']),
  code: ledgerCodeSchema,
  name: z.string().trim().min(1).max(100),
  parentId: idSchema.nullable(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  ledgerCodes: z.array(ledgerCodeSchema).max(50),
});
export type OrgUnitInput = z.infer<typeof orgUnitInput>;

/** Adds a department or unit to a board. */
export const createOrgUnit = defineEndpoint({
  access: ADMIN,
  method: 'POST',
  path: '/api/municipalities/:municipalityId/administration/org-units',
  params: municipalityParams,
  query: noQuery,
  body: orgUnitInput.extend({ boardId: idSchema }),
  response: orgUnitAdminSchema,
});

/** Changes a department or unit (its board stays). */
export const updateOrgUnit = defineEndpoint({
  access: ADMIN,
  method: 'POST',
  path: '/api/municipalities/:municipalityId/administration/org-units/:orgUnitId',
  params: orgUnitParams,
  query: noQuery,
  body: orgUnitInput.extend(baseRevision),
  response: orgUnitAdminSchema,
});

export const adminGrantSchema = grantSchema.extend({ id: idSchema });

export const userAdminSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  /** The identity provider's value for the user (single sign-on); null: none. */
  ssoSubject: z.string().nullable(),
  hasPassword: z.boolean(),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  installationAdmin: z.boolean(),
  /** The user's roles in this municipality. */
  grants: z.array(adminGrantSchema),
  lastSignInAt: z.string().nullable(),
  /** Bumped by every change of the user, their roles (in any municipality) and password reset. */
  ...savedRevision,
  /** What the asking administrator may not change of the user, and why (null: all of it). */
  lock: z.enum(USER_LOCKS).nullable(),
});
export type UserAdmin = z.infer<typeof userAdminSchema>;

/** The municipality's users: everyone who holds a role in it. */
export const listUsersAdmin = defineEndpoint({
  access: ADMIN,
  method: 'GET',
  path: '/api/municipalities/:municipalityId/administration/users',
  params: municipalityParams,
  query: noQuery,
  response: z.object({ users: z.array(userAdminSchema) }),
});

export const grantInput = z.object({
  role: z.enum(ROLES),
  boardId: idSchema.nullable(),
  orgUnitId: idSchema.nullable(),
});
export type GrantInput = z.infer<typeof grantInput>;

const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(60)
  // Letters (å, ä, ö and others too), digits and . _ - @; kept in lower case by the server.
  .regex(/^[\p{L}\p{M}\p{N}._@-]+$/u);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

export const userDetailsInput = z.object({
  displayName: z.string().trim().min(1).max(100),
  email: optionalText(200).pipe(z.email().nullable()),
  ssoSubject: optionalText(200),
});

/**
 * What the server answers when it sets a password: the temporary password, shown once to the
 * administrator to hand over; the user must change it at the first sign-in.
 */
export const temporaryPasswordSchema = z.object({
  user: userAdminSchema,
  temporaryPassword: z.string().nullable(),
});

/** Creates a user with a first role; with a temporary password unless single sign-on only. */
export const createUser = defineEndpoint({
  access: ADMIN,
  method: 'POST',
  path: '/api/municipalities/:municipalityId/administration/users',
  params: municipalityParams,
  query: noQuery,
  body: userDetailsInput.extend({
    username: usernameSchema,
    grant: grantInput,
    /** Sign in with a password (a temporary one is made) or by single sign-on only. */
    password: z.boolean(),
  }),
  response: temporaryPasswordSchema,
});

/** Changes a user's name, e-mail and single sign-on value; disables or enables them. */
export const updateUser = defineEndpoint({
  access: ADMIN,
  method: 'POST',
  path: '/api/municipalities/:municipalityId/administration/users/:userId',
  params: userParams,
  query: noQuery,
  body: userDetailsInput.extend({ disabled: z.boolean(), ...baseRevision }),
  response: userAdminSchema,
});

/** Gives the user a role. */
export const addGrant = defineEndpoint({
  access: ADMIN,
  method: 'POST',
  path: '/api/municipalities/:municipalityId/administration/users/:userId/grants',
  params: userParams,
  query: noQuery,
  body: grantInput.extend(baseRevision),
  response: userAdminSchema,
});

/** Takes a role from the user. */
export const removeGrant = defineEndpoint({
  access: ADMIN,
  method: 'POST',
  path: '/api/municipalities/:municipalityId/administration/users/:userId/grants/:grantId/remove',
  params: grantParams,
  query: noQuery,
  body: z.object(baseRevision),
  response: userAdminSchema,
});

/** Sets a new temporary password and ends the user's sessions. */
export const resetPassword = defineEndpoint({
  access: ADMIN,
  method: 'POST',
  path: '/api/municipalities/:municipalityId/administration/users/:userId/password-reset',
  params: userParams,
  query: noQuery,
  body: z.object(baseRevision),
  response: temporaryPasswordSchema,
});

export const accountRangeSchema = z.object({
  from: z
    .string()
    .trim()
    .regex(/^\d{1,10}$/),
  to: z
    .string()
    .trim()
    .regex(/^\d{1,10}$/),
  group: accountGroupSchema,
});

export const accountMappingResponse = z.object({
  ranges: z.array(accountRangeSchema),
  /** Accounts of the chart per group; null: accounts in no group (balance accounts and gaps). */
  accountCounts: z.array(z.object({ group: accountGroupSchema.nullable(), count: z.number() })),
  /** Result accounts (3-8) that fall in no range: they are left out of the statement. */
  unmappedResultAccounts: z.array(z.object({ number: z.string(), name: z.string() })),
  /** The mapping's revision: 0 until an administrator first saves it. */
  ...savedRevision,
});
export type AccountMapping = z.infer<typeof accountMappingResponse>;

/** The account-group mapping: which accounts make each line of the operating statement. */
export const getAccountMapping = defineEndpoint({
  access: ADMIN,
  method: 'GET',
  path: '/api/municipalities/:municipalityId/administration/account-mapping',
  params: municipalityParams,
  query: noQuery,
  response: accountMappingResponse,
});

/** Replaces the mapping and regroups every account by it, in one transaction. */
export const saveAccountMapping = defineEndpoint({
  access: ADMIN,
  method: 'POST',
  path: '/api/municipalities/:municipalityId/administration/account-mapping',
  params: municipalityParams,
  query: noQuery,
  body: z.object({ ranges: z.array(accountRangeSchema).min(1).max(200), ...baseRevision }),
  response: accountMappingResponse,
});
