import type { Permission } from '../domain/access/roles';

/**
 * Who may call an endpoint; every endpoint says it, so one without a rule does not compile.
 * - public: anyone (signing in, asking whether one is signed in).
 * - signed-in: any signed-in user; the answer holds only what they may see.
 * - permission: a role with the permission, for the scope the path and query name:
 *   municipalityId (the municipality), boardId (a board), orgUnitId (a department or unit).
 *   Without municipalityId the permission must be held somewhere, and the handler narrows it
 *   to what the request is about (an import job started by the same user, say).
 */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'permission'; readonly permission: Permission };

export const PUBLIC: AccessRule = { kind: 'public' };
export const SIGNED_IN: AccessRule = { kind: 'signed-in' };
export const needs = (permission: Permission): AccessRule => ({ kind: 'permission', permission });
