import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { EndpointName } from '#contract/endpoints';
import { errorBodySchema } from '#contract/errors';

/**
 * The access table's vocabulary (access.test.ts): who asks, what each is expected to get, and
 * the outcome read from an answer. One case is one request, asked by everyone in WHO.
 */
export type Expected = 'allowed' | 401 | 403 | 404;
export const WHO = [
  'nobody',
  'admin',
  'controller',
  'avdelningschef',
  'enhetschef',
  'ledamot',
  'revisor',
] as const;
export type Who = (typeof WHO)[number];

export const row = (
  nobody: Expected,
  admin: Expected,
  controller: Expected,
  departmentHead: Expected,
  unitHead: Expected,
  boardMember: Expected,
  auditor: Expected,
): Record<Who, Expected> => ({
  nobody,
  admin,
  controller,
  avdelningschef: departmentHead,
  enhetschef: unitHead,
  ledamot: boardMember,
  revisor: auditor,
});

export const A = 'allowed';
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export type Ids = {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly department: string;
  readonly unit: string;
  readonly otherDepartmentUnit: string;
};

export interface Case {
  readonly endpoint: EndpointName;
  readonly label: string;
  readonly request: (ids: Ids) => InjectOptions;
  readonly expected: Record<Who, Expected>;
}

export function outcome(response: LightMyRequestResponse): Expected | 'csrf-rejected' {
  if (response.statusCode < 400) return 'allowed';
  const { error } = errorBodySchema.parse(response.json());
  if (error.code === 'unauthenticated') return 401;
  if (error.code === 'forbidden') return 403;
  if (error.code === 'not-found' && error.details.entity === 'municipality') return 404;
  if (error.code === 'csrf-rejected') return 'csrf-rejected';
  // Past the access rule: an id that is not there, a wrong password, ...
  return 'allowed';
}
