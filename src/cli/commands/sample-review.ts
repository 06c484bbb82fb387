import { InvalidArgumentError } from 'commander';
import type { SampleVerdict } from '#domain/internal-control/sample-draw';
import {
  reviewProgress,
  reviewProgressSv,
  VERDICT_NAMES_SV,
} from '#domain/internal-control/sample-population';
import { reviewSampleItem } from '#server/features/internal-control/sample-review.service';
import { showSample } from '#server/features/internal-control/samples.service';
import { parsePositiveInteger } from '../arguments';
import { cliContext } from '../cli-actor';
import { defineCommand } from '../cli-command';
import { municipalityId } from '../command-helpers';
import { refusalMessage } from './sample-output';

interface SampleReviewOptions {
  readonly municipality?: string;
  readonly item: number;
  readonly verdict: SampleVerdict;
  readonly comment?: string;
  readonly revision?: number;
}

function parseVerdict(value: string): SampleVerdict {
  if (value === 'ok' || value === 'remarks') return value;
  throw new InvalidArgumentError(
    `Bedömningen ska vara ok (utan anmärkning) eller remarks (med anmärkning) (fick ”${value}”).`,
  );
}

/** sample review: the reviewer's verdict and comment on one drawn item. */
export const sampleReviewCommand = defineCommand<SampleReviewOptions>({
  name: 'sample review',
  description: 'granska en post i ett stickprov: utan eller med anmärkning, med kommentar',
  usage: '<stickprov> [flaggor]',
  argument: { name: '<stickprov>', description: 'stickprovets id (som sample draw skrev)' },
  options: (command) =>
    command
      .option('--municipality <kommunkod>', 'kommunkod (behövs om det finns flera)')
      .requiredOption(
        '--item <nummer>',
        'postens nummer i stickprovet, 1 den först dragna',
        parsePositiveInteger,
      )
      .requiredOption(
        '--verdict <bedömning>',
        'ok (utan anmärkning) eller remarks (med anmärkning)',
        parseVerdict,
      )
      .option('--comment <text>', 'kommentar (krävs vid anmärkning)')
      .option(
        '--revision <nummer>',
        'postens version som granskningen utgår från',
        parsePositiveInteger,
      ),
  handler: async ({ database, io, options, argument }) => {
    const ctx = cliContext(database, {
      municipalityId: await municipalityId(database, options.municipality),
    });
    await reviewSampleItem(ctx, {
      sampleId: argument,
      position: options.item,
      verdict: options.verdict,
      comment: options.comment ?? '',
      baseRevision: options.revision,
    }).catch((error: unknown) => {
      throw refusalMessage(error);
    });
    const view = await showSample(ctx, argument);
    io.stdout.write(
      `Post ${String(options.item)} granskad ${VERDICT_NAMES_SV[options.verdict]}. ${reviewProgressSv(reviewProgress(view.items))}\n`,
    );
    return 0;
  },
});
