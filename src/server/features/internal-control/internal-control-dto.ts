import type {
  ControlDto,
  ControlFollowUpDto,
  FactorFollowUpDto,
  RiskDto,
} from '#contract/internal-control';
import type { SampleItemDto, SampleSummaryDto } from '#contract/internal-control-samples';
import type { ControlFollowUp, PlanControl } from '#domain/internal-control/control-plan';
import type { SampleVerdict } from '#domain/internal-control/sample-draw';
import { ledgerParameters } from '#domain/internal-control/ledger-population';
import {
  periodParameters,
  POPULATION_NAMES_SV,
  reviewProgress,
  reviewProgressSv,
} from '#domain/internal-control/sample-population';
import type { OrgTree } from '#domain/organisation/org-tree';
import type { StoredFactorFollowUp } from './critical-factors.repo';
import type { RiskView } from './risks.service';
import type { SampleItemRecord, SampleRecord } from './samples.repo';

/** The page Internkontroll's answers made of what the services return (the contract's DTOs). */

export const riskDto = (risk: RiskView): RiskDto => ({
  id: risk.id,
  seriesId: risk.seriesId,
  position: risk.position,
  name: risk.name,
  description: risk.description,
  area: risk.area,
  likelihood: risk.likelihood,
  impact: risk.impact,
  value: risk.value,
  band: risk.band,
  treatment: risk.treatment,
  treatmentText: risk.treatmentText,
  treatmentSv: risk.treatmentSv,
  owner: risk.owner,
  previous: risk.previous,
  revision: risk.revision,
  updatedBy: risk.updatedBy,
  updatedAt: risk.updatedAt,
});

export const factorFollowUpDto = (followUp: StoredFactorFollowUp): FactorFollowUpDto => ({
  reportMonth: followUp.reportMonth,
  text: followUp.text,
  setBy: followUp.setBy,
  setAt: followUp.setAt,
  revision: followUp.revision,
});

export const controlFollowUpDto = (followUp: ControlFollowUp): ControlFollowUpDto => ({
  reportMonth: followUp.reportMonth as ControlFollowUpDto['reportMonth'],
  result: followUp.result,
  actions: followUp.actions,
  signal: followUp.signal,
  setBy: followUp.setBy,
  setAt: followUp.setAt,
  revision: followUp.revision,
});

export const planControlDto = (control: PlanControl): Omit<ControlDto, 'followUp'> => ({
  id: control.id,
  position: control.position,
  riskId: control.riskId,
  riskName: control.riskName,
  riskValue: control.riskValue,
  checkpoint: control.checkpoint,
  method: control.method,
  frequency: control.frequency,
  followUpWhen: control.followUpWhen,
  responsible: control.responsible,
  revision: control.revision,
  updatedBy: control.updatedBy,
  updatedAt: control.updatedAt,
});

/** A ledger population's accounts and lowest amount, as recorded (empty for a log's). */
function ledgerFields(recorded: unknown): { accounts: string[]; minAmountOre: number | null } {
  const ledger = ledgerParameters(recorded);
  return ledger
    ? { accounts: [...ledger.parameters.accounts], minAmountOre: ledger.parameters.minAmountOre }
    : { accounts: [], minAmountOre: null };
}

/** A sample as the page lists it, with the progress of its items' review. */
export function sampleSummaryDto(
  sample: SampleRecord,
  control: { readonly year: number; readonly checkpoint: string } | null,
  items: readonly { readonly verdict: SampleVerdict | null }[],
): SampleSummaryDto {
  const period = periodParameters(sample.parameters);
  if (!period) throw new Error(`The sample ${sample.id} has no period in its parameters`);
  const progress = reviewProgress(items);
  return {
    id: sample.id,
    controlId: sample.controlId,
    control,
    population: sample.population,
    populationSv: POPULATION_NAMES_SV[sample.population],
    from: period.from,
    to: period.to,
    ...ledgerFields(sample.parameters),
    size: sample.size,
    seed: sample.seed,
    populationCount: sample.populationCount,
    drawnBy: sample.drawnBy,
    drawnAt: sample.drawnAt,
    progress,
    progressSv: reviewProgressSv(progress),
  };
}

/** "8113 Utredning ungdom": a unit as the page names it. */
export const unitNameOf = (tree: OrgTree, id: string | null): string | null => {
  const unit = id === null ? undefined : tree.get(id);
  return unit ? `${unit.code} ${unit.name}` : null;
};

export const sampleItemDto = (
  item: SampleItemRecord,
  tree: OrgTree,
  mayReview: boolean,
): SampleItemDto => ({
  position: item.position,
  key: item.key,
  label: item.label,
  reviewerOrgUnitId: item.reviewerOrgUnitId,
  reviewerUnitName: unitNameOf(tree, item.reviewerOrgUnitId),
  verdict: item.verdict,
  comment: item.comment,
  reviewedBy: item.reviewedBy,
  reviewedAt: item.reviewedAt,
  revision: item.revision,
  mayReview,
});
