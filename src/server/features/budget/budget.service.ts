import {
  phase,
  phaseStraight,
  type MonthlyAmounts,
  type PhasingProfile,
} from '#domain/budget/phasing';
import { ore, sumOre, type Ore } from '#domain/kernel/money';
import { MONTHS } from '#domain/kernel/period';
import type { AccountGroup } from '#domain/ledger/account-group';
import type { Db } from '#server/db/types';
import { insertBudgetLine, insertBudgetLineMonths, insertBudgetVersion } from './budget.repo';

export interface NewBudgetLine {
  readonly orgUnitId: string;
  readonly year: number;
  readonly accountGroup: AccountGroup;
  readonly accountNumber: string | null;
  /** The annual amount, phased straight; or the twelve months as they were given. */
  readonly amount: Ore | MonthlyAmounts;
  /** How an annual amount is phased, and the profile stored with the line (default straight). */
  readonly phasing?: PhasingProfile;
}

export interface NewBudgetVersion {
  readonly municipalityId: string;
  readonly boardId: string;
  readonly budgetYear: number;
  readonly name: string;
  readonly status: 'draft' | 'adopted';
  readonly lines: readonly NewBudgetLine[];
  /** The decision, for a decided version: by whom ("SN 2024-11-19 § 98") and when. */
  readonly decision?: { readonly decidedBy: string; readonly decidedAt: string };
  /** Whether follow-up compares against this version; by default an adopted one is. */
  readonly inFollowUp?: boolean;
}

/** Creates a budget version with its lines and their monthly phasing; returns its id. */
export async function createBudgetVersion(db: Db, version: NewBudgetVersion): Promise<string> {
  const versionId = await insertBudgetVersion(db, {
    municipality_id: version.municipalityId,
    board_id: version.boardId,
    budget_year: version.budgetYear,
    name: version.name,
    status: version.status,
    in_follow_up: version.inFollowUp ?? version.status === 'adopted',
    decided_by: version.decision?.decidedBy ?? null,
    decided_at: version.decision?.decidedAt ?? null,
  });
  const months = [];
  for (const line of version.lines) {
    const profile = typeof line.amount === 'number' ? line.phasing : undefined;
    const phased =
      typeof line.amount !== 'number'
        ? line.amount
        : profile
          ? phase(line.amount, profile, line.year)
          : phaseStraight(line.amount);
    const lineId = await insertBudgetLine(db, {
      municipality_id: version.municipalityId,
      budget_version_id: versionId,
      org_unit_id: line.orgUnitId,
      year: line.year,
      account_group: line.accountGroup,
      account_number: line.accountNumber,
      amount_ore: sumOre(phased),
      phasing: typeof line.amount === 'number' ? (profile?.kind ?? 'straight') : 'weights',
      phasing_weights: profile?.kind === 'weights' ? JSON.stringify(profile.weights) : null,
    });
    months.push(
      ...MONTHS.map((month) => ({
        municipality_id: version.municipalityId,
        budget_line_id: lineId,
        month,
        amount_ore: phased[month - 1] ?? ore(0),
      })),
    );
  }
  await insertBudgetLineMonths(db, months);
  return versionId;
}
