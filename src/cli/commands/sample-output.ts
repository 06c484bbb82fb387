import { swedishDateTimeMinutes } from '#contract/swedish-time';
import { ledgerParameters } from '#domain/internal-control/ledger-population';
import { formatKronor } from '#domain/kernel/format';
import {
  POPULATION_NAMES_SV,
  reviewProgress,
  reviewProgressSv,
  VERDICT_NAMES_SV,
} from '#domain/internal-control/sample-population';
import { AppError } from '#server/app-error';
import type { SampleView } from '#server/features/internal-control/samples.service';
import { UsageError } from '../cli-io';

/** How the sample commands write a sample and a refused draw or review. */

/** A refusal whose issues carry their Swedish sentence, as one message (exit code 2). */
export function refusalMessage(error: unknown): unknown {
  if (error instanceof AppError && error.code === 'invalid-request' && error.issues.length > 0) {
    return new UsageError(error.issues.map((issue) => `${issue.value ?? issue.field}.`).join('\n'));
  }
  return error;
}

/** A ledger sample's accounts and lowest amount; nothing for the other populations. */
function ledgerLines(parameters: unknown): string[] {
  const ledger = ledgerParameters(parameters);
  if (ledger === null) return [];
  const { accounts, minAmountOre } = ledger.parameters;
  return [
    `  Konton: ${accounts.join(', ')}${minAmountOre > 0 ? `, belopp från ${formatKronor(minAmountOre)} kr (plus eller minus)` : ''}`,
  ];
}

/** The sample's record: what it was drawn from, how, by whom and when. */
export function sampleHeadLines(view: SampleView): string[] {
  const { sample, period } = view;
  return [
    `Stickprov ${sample.id}`,
    ...(view.control === null
      ? []
      : [
          `  Kontroll: ${view.control.checkpoint} (internkontrollplan ${String(view.control.year)})`,
        ]),
    `  Population: ${POPULATION_NAMES_SV[sample.population]} ${period.from} – ${period.to} (${String(sample.populationCount)} st)`,
    ...ledgerLines(sample.parameters),
    `  Storlek: ${String(sample.size)}, startvärde (seed): ”${sample.seed}”`,
    `  Draget av ${sample.drawnBy} ${swedishDateTimeMinutes(sample.drawnAt)}`,
  ];
}

/** The items with their verdicts, and the review's progress. */
export function sampleItemLines(view: SampleView, unitName: (id: string) => string): string[] {
  const items = view.items.map((item) => {
    const reviewer =
      item.reviewerOrgUnitId === null ? '' : ` [${unitName(item.reviewerOrgUnitId)}]`;
    const verdict =
      item.verdict === null
        ? 'ej granskad'
        : `${VERDICT_NAMES_SV[item.verdict]} (${item.reviewedBy ?? ''} ${swedishDateTimeMinutes(item.reviewedAt ?? '')})${item.comment === '' ? '' : `: ${item.comment}`}`;
    return `  ${String(item.position).padStart(2)}. ${item.label}${reviewer} – ${verdict}`;
  });
  return [...items, reviewProgressSv(reviewProgress(view.items))];
}
