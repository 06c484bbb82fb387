import type { InternalControlPage } from '#contract/internal-control';
import type { SampleSummaryDto } from '#contract/internal-control-samples';
import { periodParameters, POPULATION_NAMES_SV } from '#domain/internal-control/sample-population';
import type { Month } from '#domain/kernel/period';
import type { RequestContext } from '#server/request-context';
import { controlFollowUpOf } from './control-follow-up.service';
import { criticalFactorsOf } from './critical-factors.service';
import {
  controlFollowUpDto,
  factorFollowUpDto,
  planControlDto,
  riskDto,
  sampleSummaryDto,
} from './internal-control-dto';
import {
  findBoardSamples,
  findInternalControlYears,
  findSampleVerdicts,
  hasFollowUpAt,
} from './internal-control-page.repo';
import { holdsForReviewer } from './internal-control-samples.service';
import { risksOf } from './risks.service';

/**
 * Internkontroll for a year and report month (defaults: getInternalControl in the contract): the
 * risk analysis, the critical success factors and the plan's controls with their follow-up at
 * the month, 001's summary sentence, and the samples of the year with how far their review is.
 */

/** The board's samples drawn for a control of the year, or with a period in it; newest first. */
async function samplesOfYear(ctx: RequestContext, year: number): Promise<SampleSummaryDto[]> {
  const inYear = (date: string | undefined) => date?.startsWith(`${String(year)}-`) ?? false;
  const samples = (await findBoardSamples(ctx.db, ctx.board)).filter((sample) => {
    const period = periodParameters(sample.parameters);
    return sample.control?.year === year || inYear(period?.from) || inYear(period?.to);
  });
  const verdicts = await findSampleVerdicts(
    ctx.db,
    ctx.municipalityId,
    samples.map((sample) => sample.id),
  );
  return samples.map((sample) =>
    sampleSummaryDto(
      sample,
      sample.control,
      verdicts.filter((item) => item.sampleId === sample.id),
    ),
  );
}

/**
 * The samples, of any year, with items the caller reviews and has not yet: so a unit head finds
 * them whichever year the page shows. The system and those who review nothing get none.
 */
async function pendingReviewsOf(
  ctx: RequestContext,
): Promise<InternalControlPage['pendingReviews']> {
  if (ctx.isSystem || !ctx.may('internal-control:review', ctx.board)) return [];
  const samples = await findBoardSamples(ctx.db, ctx.board);
  const items = await findSampleVerdicts(
    ctx.db,
    ctx.municipalityId,
    samples.map((sample) => sample.id),
  );
  const tree = await ctx.orgTree();
  return samples.flatMap((sample) => {
    const period = periodParameters(sample.parameters);
    const left = items.filter(
      (item) =>
        item.sampleId === sample.id &&
        item.verdict === null &&
        holdsForReviewer(ctx, 'internal-control:review', tree, item.reviewerOrgUnitId),
    ).length;
    if (period === null || left === 0) return [];
    return [
      {
        sampleId: sample.id,
        year: sample.control?.year ?? Number(period.from.slice(0, 4)),
        from: period.from,
        to: period.to,
        populationSv: POPULATION_NAMES_SV[sample.population],
        items: left,
      },
    ];
  });
}

export async function internalControlPage(
  ctx: RequestContext,
  query: { readonly year?: number | undefined; readonly month?: Month | undefined },
): Promise<InternalControlPage> {
  const board = ctx.board;
  const years = await findInternalControlYears(ctx.db, board);
  const year = query.year ?? years.at(-1) ?? ctx.clock.now().getUTCFullYear();
  const month: Month = query.month ?? ((await hasFollowUpAt(ctx.db, board, year, 12)) ? 12 : 8);
  const [risks, perspectives, followUp, samples, pendingReviews] = await Promise.all([
    risksOf(ctx.db, board, year),
    criticalFactorsOf(ctx, { year }),
    controlFollowUpOf(ctx, { year, month }),
    samplesOfYear(ctx, year),
    pendingReviewsOf(ctx),
  ]);
  const mayEdit = ctx.may('internal-control:edit', board);
  const tree = mayEdit ? await ctx.orgTree() : null;
  return {
    year,
    reportMonth: month,
    years,
    risks: risks.map(riskDto),
    criticalFactors: perspectives.map((perspective) => ({
      perspective: perspective.perspective,
      name: perspective.name,
      factors: perspective.factors.map((factor) => {
        const atMonth = factor.followUps.find((row) => row.reportMonth === month);
        return {
          id: factor.id,
          position: factor.position,
          text: factor.text,
          revision: factor.revision,
          risks: [...factor.risks],
          followUp: atMonth ? factorFollowUpDto(atMonth) : null,
        };
      }),
    })),
    controls: followUp.rows.map((row) => ({
      ...planControlDto(row.control),
      followUp: row.followUp ? controlFollowUpDto(row.followUp) : null,
    })),
    followUpSummary: followUp.summary,
    samples,
    pendingReviews,
    mayEdit,
    mayReadSamples: ctx.may('internal-control:samples', board),
    units: tree
      ? [...tree.units]
          .sort((a, b) => a.code.localeCompare(b.code, 'sv-SE'))
          .map((unit) => ({ id: unit.id, name: `${unit.code} ${unit.name}` }))
      : [],
  };
}
