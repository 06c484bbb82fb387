import type { z } from 'zod';
import type { overviewAdministrationSchema } from '#contract/overview';
import { unitsWithoutManager } from '#domain/administration/units-without-manager';
import type { RequestContext } from '#server/request-context';
import { listUsers } from '../administration/managed-users';
import { organisationAdmin } from '../administration/organisation-admin.service';
import { listImports } from '../ledger-import/import-history.service';
import { listMunicipalities } from '../organisation/organisation.service';
import { swedishDateOf } from '../follow-up/published-reports.service';

type OverviewAdministration = z.infer<typeof overviewAdministrationSchema>;

/**
 * The administrator's first page: the municipality's users (how many, disabled, never signed
 * in), the board's organisation (units without an enhetschef or avdelningschef), and for each
 * municipality they administer its latest ledger import and the undone ones.
 */
export async function administrationOverview(ctx: RequestContext): Promise<OverviewAdministration> {
  const { db, board, clock, principal } = ctx;
  const [users, organisation, municipalities] = await Promise.all([
    listUsers(db, principal, board.municipalityId),
    organisationAdmin(db, board.municipalityId),
    listMunicipalities(db),
  ]);
  const enabled = users.filter((user) => !user.disabled);
  const units =
    organisation.boards.find((candidate) => candidate.id === board.boardId)?.units ?? [];
  const today = swedishDateOf(clock.now().toISOString());
  const administered = municipalities.filter((municipality) =>
    ctx.may('administration:manage', { municipalityId: municipality.id }),
  );
  const imports = await Promise.all(
    administered.map(async (municipality) => {
      const history = await listImports(db, municipality.id);
      return {
        municipality: { id: municipality.id, name: municipality.name },
        latest: history[0] ?? null,
        count: history.length,
        undone: history.filter((entry) => entry.status === 'undone').length,
      };
    }),
  );
  return {
    users: {
      total: users.length,
      disabled: users.length - enabled.length,
      neverSignedIn: enabled
        .filter((user) => user.lastSignInAt === null)
        .map((user) => ({ id: user.id, displayName: user.displayName })),
    },
    organisation: {
      departments: units.filter((unit) => unit.kind === 'department').length,
      units: units.filter((unit) => unit.kind === 'unit').length,
      withoutManager: unitsWithoutManager(
        units,
        enabled.flatMap((user) => user.grants),
        today,
      ).map((unit) => ({ id: unit.id, code: unit.code, name: unit.name })),
    },
    imports,
  };
}
