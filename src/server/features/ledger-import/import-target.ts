import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import {
  createBoard,
  createMunicipality,
  listMunicipalities,
  municipalityByCode,
  municipalityById,
} from '../organisation/organisation.service';

/** Which municipality an import is for: one that exists, or a new one made from the file. */
export type ImportTarget =
  | {
      readonly kind: 'existing';
      readonly municipalityId?: string | undefined;
      readonly municipalityCode?: string | undefined;
    }
  | {
      readonly kind: 'new';
      readonly code: string;
      readonly name: string;
      readonly boardCode: string;
      readonly boardName: string;
    };

export interface ResolvedTarget {
  readonly existing: boolean;
  readonly municipality: {
    readonly id: string | null;
    readonly code: string;
    readonly name: string;
  };
  readonly orgNumber: string | null;
  /** Inside the import's transaction: the municipality's id and the board new units go under. */
  create(trx: Db): Promise<{ municipalityId: string; boardId: string | null }>;
}

/** Finds the target municipality, or checks that a new one can be made. */
export async function resolveImportTarget(db: Db, target: ImportTarget): Promise<ResolvedTarget> {
  if (target.kind === 'new') {
    if (!/^\d{4}$/.test(target.code)) {
      throw new AppError('invalid-request', 'A kommunkod is four digits', {
        issues: [{ field: 'municipalityCode', problem: 'invalid_format', value: target.code }],
      });
    }
    if (await municipalityByCode(db, target.code)) {
      throw new AppError('conflict', `Municipality ${target.code} exists`, {
        details: { reason: 'municipality-exists', value: target.code },
      });
    }
    return {
      existing: false,
      municipality: { id: null, code: target.code, name: target.name },
      orgNumber: null,
      create: async (trx) => {
        const municipalityId = await createMunicipality(trx, {
          code: target.code,
          name: target.name,
          orgNumber: null,
        });
        const boardId = await createBoard(trx, {
          municipalityId,
          code: target.boardCode,
          name: target.boardName,
          administrationName: null,
        });
        return { municipalityId, boardId };
      },
    };
  }

  let found: { id: string; code: string; name: string; org_number: string | null } | undefined;
  if (target.municipalityId !== undefined)
    found = await municipalityById(db, target.municipalityId);
  else if (target.municipalityCode !== undefined)
    found = await municipalityByCode(db, target.municipalityCode);
  else {
    const all = await listMunicipalities(db);
    if (all.length !== 1) {
      throw new AppError('invalid-request', 'Which municipality?', {
        issues: [{ field: 'municipality', problem: 'required' }],
      });
    }
    found = await municipalityByCode(db, all[0]?.code ?? '');
  }
  if (!found)
    throw notFound('municipality', target.municipalityId ?? target.municipalityCode ?? '');
  const municipality = found;
  const boards =
    (await listMunicipalities(db)).find((candidate) => candidate.id === municipality.id)?.boards ??
    [];
  return {
    existing: true,
    municipality: { id: municipality.id, code: municipality.code, name: municipality.name },
    orgNumber: municipality.org_number,
    // New units go under the board when there is only one.
    create: () =>
      Promise.resolve({
        municipalityId: municipality.id,
        boardId: boards.length === 1 ? (boards[0]?.id ?? null) : null,
      }),
  };
}
