import type { FastifyRequest } from 'fastify';
import type { AccessRule } from '#contract/access';
import { NUL_CHARACTER } from '#contract/common';
import {
  decideAccess,
  holdsAnywhere,
  type AccessTarget,
  type Principal,
} from '#domain/access/access-policy';
import type { OrgTree } from '#domain/organisation/org-tree';
import { AppError, notFound } from '../app-error';
import type { Clock } from '../clock';
import type { Database } from '../db/connect';
import { actorOf, type ClientInfo, type CurrentSession } from '../features/auth/auth.service';
import { orgTree } from '../features/organisation/organisation.service';
import { RequestContext, type RequestScope } from '../request-context';

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

/** The ids a request's path and query name: what it is about. */
function scopeOf(fields: Record<string, unknown>): RequestScope | null {
  const municipalityId = text(fields.municipalityId);
  if (municipalityId === undefined) return null;
  const boardId = text(fields.boardId);
  const orgUnitId = text(fields.orgUnitId);
  return {
    municipalityId,
    ...(boardId === undefined ? {} : { boardId }),
    ...(orgUnitId === undefined ? {} : { orgUnitId }),
  };
}

/**
 * Checks an endpoint's access rule on the server before its handler runs, and builds the
 * request's context (request-context.ts), once: not signed in is unauthenticated (401); a
 * municipality the user holds nothing in is not-found (404); a role or scope that does not
 * allow it is forbidden (403). This is the one place access is decided.
 */
export class AccessGuard {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  /** Refuses a request without a session to an endpoint that is not public. */
  authenticate(rule: AccessRule, request: FastifyRequest): void {
    if (rule.kind !== 'public' && !request.auth) {
      throw new AppError('unauthenticated', 'Not signed in');
    }
  }

  /** Checks the rule and gives the request's context. */
  async check(
    rule: AccessRule,
    request: FastifyRequest,
    params: unknown,
    query: unknown,
  ): Promise<RequestContext> {
    const fields = {
      ...(query as Record<string, unknown>),
      ...(params as Record<string, unknown>),
    };
    const scope = scopeOf(fields);
    const session = request.auth;
    const context = (tree?: OrgTree) =>
      new RequestContext({
        database: this.database,
        clock: this.clock,
        actor: session ? actorOf(session, clientInfo(request)) : null,
        principal: session?.principal ?? null,
        scope,
        ...(tree ? { orgTree: tree } : {}),
      });
    if (rule.kind === 'public') return context();
    if (!session) throw new AppError('unauthenticated', 'Not signed in');
    const path = request.url.split('?')[0] ?? '';
    if (session.mustChangePassword && !SESSION_PATHS.test(path)) {
      throw new AppError('forbidden', 'The password must be changed first', {
        details: { reason: 'password-change-required' },
      });
    }
    if (rule.kind === 'signed-in') return context();
    const principal = session.principal;
    if (scope === null) {
      if (!holdsAnywhere(principal, rule.permission)) throw forbidden(rule.permission);
      return context();
    }
    const { target, tree } = await this.target(principal, scope);
    const decision = decideAccess(principal, rule.permission, target);
    if (decision === 'not-found') throw notFound('municipality', scope.municipalityId);
    if (decision === 'forbidden') throw forbidden(rule.permission);
    return context(tree);
  }

  private async target(
    principal: Principal,
    { municipalityId, boardId, orgUnitId }: RequestScope,
  ): Promise<{ target: AccessTarget; tree?: OrgTree }> {
    if (boardId === undefined || orgUnitId === undefined) {
      return { target: { municipalityId, boardId } };
    }
    // The department above a unit matters only to those granted departments or units.
    const scopedToUnits = principal.grants.some(
      (grant) => grant.municipalityId === municipalityId && grant.orgUnitId !== null,
    );
    if (!scopedToUnits) return { target: { municipalityId, boardId, orgUnitPath: [orgUnitId] } };
    const tree = await orgTree(this.database.db, municipalityId, boardId);
    const orgUnitPath = tree.pathTo(orgUnitId).map((unit) => unit.id);
    return { target: { municipalityId, boardId, orgUnitPath }, tree };
  }
}

function forbidden(permission: string): AppError {
  return new AppError('forbidden', `Not allowed: ${permission}`, { details: { permission } });
}
