import type { RequestContext } from '#server/request-context';
import type { BoardRef, VersionRef } from '#server/board-ref';
import type { LinePhasing, PhasingProfileDto } from '#contract/budget-phasing';
import {
  phase,
  storedProfile,
  weightsFromMonthlyPattern,
  type PhasingProfile,
} from '#domain/budget/phasing';
import { ore, sumOre, type Ore } from '#domain/kernel/money';
import type { AccountGroup } from '#domain/ledger/account-group';
import { AppError, notFound } from '#server/app-error';
import type { Db } from '#server/db/types';
import { recordAudit } from '../audit/audit.service';
import { orgTree } from '../organisation/organisation.service';
import { findVersion, replaceLineMonths } from './budget.repo';
import { actualMonthsOfGroup } from '#server/figures/actuals.repo';
import { findLineMonths, findPhasedLines, setLinePhasing } from './budget-phasing.repo';
import { claimVersionFigures } from './budget-revision';
import { PLAN_YEARS } from './budget-versions.service';

/**
 * The phasing of a version's lines: read one line's profile and months, and set a profile on
 * one line or on an account group's lines of every unit, phasing their months again. The
 * annual amounts stay as they are; the months always sum to them (domain/budget/phasing).
 */

export interface LineKey {
  readonly orgUnitId: string;
  readonly accountGroup: AccountGroup;
  readonly year: number;
}

const NO_MONTHS: readonly Ore[] = Array.from({ length: 12 }, () => ore(0));

/** The months of a cell's lines together. */
async function cellMonths(
  db: Db,
  municipalityId: string,
  lineIds: readonly string[],
): Promise<Ore[]> {
  const months = [...NO_MONTHS];
  if (lineIds.length === 0) return months;
  const rows = await findLineMonths(db, municipalityId, lineIds);
  for (const row of rows)
    months[row.month - 1] = ore((months[row.month - 1] ?? 0) + row.amount_ore);
  return months;
}

/** Actuals per unit and month of a year for one account group (result sign). */
async function monthlyActuals(
  db: Db,
  at: BoardRef,
  unitIds: readonly string[],
  accountGroup: AccountGroup,
  year: number,
): Promise<Map<string, Ore[]>> {
  const rows = await actualMonthsOfGroup(db, { ...at, year }, unitIds, accountGroup);
  return new Map(rows.map((row) => [row.orgUnitId, row.months.map((amount) => ore(amount ?? 0))]));
}

async function checkedVersion(db: Db, at: BoardRef, versionId: string, year: number) {
  const version = await findVersion(db, at.municipalityId, at.boardId, versionId);
  if (!version) throw notFound('budget-version', versionId);
  if (year < version.budget_year || year > version.budget_year + PLAN_YEARS) {
    throw new AppError('invalid-request', 'Not a year of the version', {
      issues: [{ field: 'year', problem: 'not-a-budget-year', value: String(year) }],
    });
  }
  return version;
}

async function checkUnit(db: Db, at: BoardRef, orgUnitId: string) {
  const tree = await orgTree(db, at.municipalityId, at.boardId);
  if (!tree.get(orgUnitId)) {
    throw new AppError('invalid-request', 'Not a unit of the board', {
      issues: [{ field: 'orgUnitId', problem: 'unknown', value: orgUnitId }],
    });
  }
}

export async function linePhasing(db: Db, at: VersionRef, key: LineKey): Promise<LinePhasing> {
  const { versionId } = at;
  const version = await checkedVersion(db, at, versionId, key.year);
  await checkUnit(db, at, key.orgUnitId);
  const lines = await findPhasedLines(db, at.municipalityId, versionId, key);
  const [line] = lines;
  const actuals = await monthlyActuals(db, at, [key.orgUnitId], key.accountGroup, key.year - 1);
  const profile = line ? storedProfile(line.phasing, line.phasing_weights) : null;
  return {
    orgUnitId: key.orgUnitId,
    accountGroup: key.accountGroup,
    year: key.year,
    revision: version.revision,
    amount: sumOre(lines.map((each) => ore(each.amount_ore))),
    kind: line?.phasing ?? 'straight',
    weights: profile?.kind === 'weights' ? [...profile.weights] : null,
    months: await cellMonths(
      db,
      at.municipalityId,
      lines.map((each) => each.id),
    ),
    lastYearActuals: actuals.get(key.orgUnitId) ?? [...NO_MONTHS],
  };
}

/** The profile to phase a line by, and what to store: last year's pattern is read now. */
function resolvedProfile(
  requested: PhasingProfileDto,
  lastYear: readonly Ore[] | undefined,
): { profile: PhasingProfile; weights: number[] | null } {
  switch (requested.kind) {
    case 'weights':
      return { profile: requested, weights: [...requested.weights] };
    case 'last-year': {
      const weights = weightsFromMonthlyPattern(lastYear ?? NO_MONTHS);
      return weights
        ? { profile: { kind: 'weights', weights }, weights }
        : { profile: { kind: 'straight' }, weights: null };
    }
    default:
      return { profile: requested, weights: null };
  }
}

export async function saveLinePhasing(
  ctx: RequestContext,
  versionId: string,
  input: LineKey & {
    baseRevision: number;
    profile: PhasingProfileDto;
    scope: 'line' | 'account-group';
  },
): Promise<{ line: LinePhasing; linesChanged: number }> {
  const { clock, actor } = ctx;
  const at = ctx.board;
  return ctx.write(async (trx) => {
    await claimVersionFigures(trx, ctx, {
      at: { ...at, versionId },
      baseRevision: input.baseRevision,
    });
    const version = await checkedVersion(trx, at, versionId, input.year);
    if (version.status === 'superseded') {
      throw new AppError('conflict', 'A superseded budget version is not changed', {
        details: { reason: 'budget-superseded', status: version.status },
      });
    }
    await checkUnit(trx, at, input.orgUnitId);
    const lines = await findPhasedLines(trx, at.municipalityId, versionId, {
      accountGroup: input.accountGroup,
      year: input.year,
      ...(input.scope === 'line' ? { orgUnitId: input.orgUnitId } : {}),
    });
    if (lines.length === 0) {
      throw new AppError('invalid-request', 'The line has no budget to phase', {
        issues: [{ field: 'accountGroup', problem: 'no-budget-line', value: input.accountGroup }],
      });
    }
    const actuals =
      input.profile.kind === 'last-year'
        ? await monthlyActuals(
            trx,
            at,
            lines.map((line) => line.org_unit_id),
            input.accountGroup,
            input.year - 1,
          )
        : new Map<string, Ore[]>();
    for (const line of lines) {
      const { profile, weights } = resolvedProfile(input.profile, actuals.get(line.org_unit_id));
      await setLinePhasing(trx, at.municipalityId, line.id, input.profile.kind, weights);
      const amount = ore(line.amount_ore);
      await replaceLineMonths(
        trx,
        at.municipalityId,
        line.id,
        amount,
        phase(amount, profile, input.year),
      );
    }
    await recordAudit(trx, clock, actor, {
      action: 'budget-phasing-update',
      municipalityId: at.municipalityId,
      objectType: 'budget-version',
      objectId: versionId,
      before: lines.map((line) => ({
        orgUnitId: line.org_unit_id,
        accountGroup: input.accountGroup,
        accountNumber: line.account_number,
        year: input.year,
        phasing: line.phasing,
      })),
      after: {
        scope: input.scope,
        accountGroup: input.accountGroup,
        year: input.year,
        profile: input.profile,
        units: new Set(lines.map((line) => line.org_unit_id)).size,
      },
    });
    return {
      line: await linePhasing(trx, { ...at, versionId }, input),
      linesChanged: new Set(lines.map((line) => line.org_unit_id)).size,
    };
  });
}
