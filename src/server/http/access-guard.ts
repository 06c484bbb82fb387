import type { FastifyRequest } from 'fastify';
import type { AccessRule } from '../../contract/access';
import { NUL_CHARACTER } from '../../contract/common';
import {
  decideAccess,
  holdsAnywhere,
  type AccessTarget,
  type Principal,
} from '../../domain/access/access-policy';
import { AppError, notFound } from '../app-error';
import type { Db } from '../db/types';
import type { ClientInfo, CurrentSession } from '../features/auth/auth.service';
import { orgTree } from '../features/organisation/organisation.service';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session, or null (set for every API request before its handler). */
    auth: CurrentSession | null;
  }
  interface FastifyInstance {
    accessGuard: AccessGuard;
  }
}

/** The requests a user who must change their password may still make. */
const SESSION_PATHS = /^\/api\/session(\/|$)/;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

export function clientInfo(request: FastifyRequest): ClientInfo {
  const agent = request.headers['user-agent'];
  return {
    ip: request.ip || null,
    userAgent: typeof agent === 'string' && !agent.includes(NUL_CHARACTER) ? agent : null,
  };
}

/**
 * Checks an endpoint's access rule on the server before its handler runs: not signed in is
 * unauthenticated (401); a municipality the user holds nothing in is not-found (404); a role
 * or scope that does not allow it is forbidden (403).
 */
export class AccessGuard {
  constructor(private readonly db: Db) {}

  /** Refuses a request without a session to an endpoint that is not public. */
  authenticate(rule: AccessRule, request: FastifyRequest): void {
    if (rule.kind !== 'public' && !request.auth) {
      throw new AppError('unauthenticated', 'Not signed in');
    }
  }

  async check(
    rule: AccessRule,
    request: FastifyRequest,
    params: unknown,
    query: unknown,
  ): Promise<void> {
    if (rule.kind === 'public') return;
    const session = request.auth;
    if (!session) throw new AppError('unauthenticated', 'Not signed in');
    const path = request.url.split('?')[0] ?? '';
    if (session.mustChangePassword && !SESSION_PATHS.test(path)) {
      throw new AppError('forbidden', 'The password must be changed first', {
        details: { reason: 'password-change-required' },
      });
    }
    if (rule.kind === 'signed-in') return;
    const principal = session.principal;
    const fields = {
      ...(query as Record<string, unknown>),
      ...(params as Record<string, unknown>),
    };
    const municipalityId = text(fields.municipalityId);
    if (municipalityId === undefined) {
      if (!holdsAnywhere(principal, rule.permission)) throw forbidden(rule.permission);
      return;
    }
    const target = await this.target(principal, municipalityId, fields);
    const decision = decideAccess(principal, rule.permission, target);
    if (decision === 'not-found') throw notFound('municipality', municipalityId);
    if (decision === 'forbidden') throw forbidden(rule.permission);
  }

  private async target(
    principal: Principal,
    municipalityId: string,
    fields: Record<string, unknown>,
  ): Promise<AccessTarget> {
    const boardId = text(fields.boardId);
    const orgUnitId = text(fields.orgUnitId);
    if (boardId === undefined || orgUnitId === undefined) return { municipalityId, boardId };
    // The department above a unit matters only to those granted departments or units.
    const scopedToUnits = principal.grants.some(
      (grant) => grant.municipalityId === municipalityId && grant.orgUnitId !== null,
    );
    if (!scopedToUnits) return { municipalityId, boardId, orgUnitPath: [orgUnitId] };
    const tree = await orgTree(this.db, municipalityId, boardId);
    return { municipalityId, boardId, orgUnitPath: tree.pathTo(orgUnitId).map((unit) => unit.id) };
  }
}

function forbidden(permission: string): AppError {
  return new AppError('forbidden', `Not allowed: ${permission}`, { details: { permission } });
}
