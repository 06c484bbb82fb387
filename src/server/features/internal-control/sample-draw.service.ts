import type { z } from 'zod';
import type { drawSample as drawSampleEndpoint } from '#contract/internal-control-samples';
import {
  checkLedgerParameters,
  ledgerParametersRecord,
  type LedgerParameters,
} from '#domain/internal-control/ledger-population';
import type { PeriodParameters } from '#domain/internal-control/sample-population';
import { AppError } from '#server/app-error';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { orgTree } from '../organisation/organisation.service';
import { findPlanControl } from './controls.repo';
import { ledgerPopulation } from './ledger-population';
import {
  auditedDraw,
  drawPeriodSample,
  recordDraw,
  type DrawnSample,
  type DrawRecord,
} from './samples.service';

/**
 * A draw as the contract's body asks it (drawSample in contract/internal-control.ts): the users of
 * a log in a period (samples.service.ts), or the board's ledger transactions on chosen accounts of
 * at least an amount in a period of booking dates (ledger-population.ts). Each ledger item is
 * reviewed by the head of the transaction's unit, unless the draw names a reviewer unit.
 */

/** The contract's draw body, as parsed (its defaults filled in). */
export type BoardSampleRequest = z.output<typeof drawSampleEndpoint.body>;

export interface LedgerSampleRequest {
  readonly parameters: LedgerParameters;
  readonly size: number;
  readonly seed: string;
  /** The unit whose head reviews every item; left out: each transaction's own unit. */
  readonly reviewerOrgUnitId?: string | undefined;
  readonly controlId?: string | undefined;
}

/** Checked parameters, or the refusal naming each wrong field in Swedish. */
export function checkedLedgerRequest(request: {
  readonly from: string;
  readonly to: string;
  readonly accounts: readonly string[];
  readonly minAmountOre: number | null;
}): ReturnType<typeof checkLedgerParameters> & { readonly ok: true } {
  const checked = checkLedgerParameters(request);
  if (!checked.ok) {
    throw new AppError('invalid-request', 'The ledger population’s parameters are not valid', {
      issues: checked.issues.map((issue) => ({
        field: issue.field,
        problem: issue.problem,
        value: issue.sentence,
      })),
    });
  }
  return checked;
}

const ledgerRecord = (request: LedgerSampleRequest): DrawRecord => ({
  ...request,
  population: 'ledger',
  parameters: ledgerParametersRecord(request.parameters),
});

/** Draws a sample of the board's ledger and records it, in the caller's transaction; not audited. */
export async function recordLedgerSample(
  trx: Db,
  board: BoardRef,
  request: LedgerSampleRequest,
  stamp: { readonly at: string; readonly by: string },
): Promise<DrawnSample> {
  const { spans } = checkedLedgerRequest(request.parameters);
  const population = await ledgerPopulation(trx, board, request.parameters, spans);
  return recordDraw(trx, board, ledgerRecord(request), population, stamp);
}

/** Draws a sample of the board's ledger and records it, in one transaction, audited. */
export async function drawLedgerSample(
  ctx: RequestContext,
  request: LedgerSampleRequest,
): Promise<DrawnSample> {
  return auditedDraw(ctx, ledgerRecord(request), (trx, stamp) =>
    recordLedgerSample(trx, ctx.board, request, stamp),
  );
}

/** The reviewer unit and the control named, checked to be the board's. */
async function checkBoardReferences(
  db: Db,
  board: BoardRef,
  request: BoardSampleRequest,
): Promise<void> {
  if (request.reviewerOrgUnitId !== null) {
    const tree = await orgTree(db, board.municipalityId, board.boardId);
    if (!tree.units.some((unit) => unit.id === request.reviewerOrgUnitId))
      throw new AppError('invalid-request', 'The reviewer unit is none of the board’s', {
        issues: [
          {
            field: 'reviewerOrgUnitId',
            problem: 'not-found',
            value: 'Granskande enhet: enheten finns inte i nämnden',
          },
        ],
      });
  }
  if (request.controlId !== null && !(await findPlanControl(db, board, request.controlId)))
    throw new AppError('invalid-request', 'The control is none of the board’s plan', {
      issues: [
        {
          field: 'controlId',
          problem: 'not-found',
          value: 'Kontrollpunkt: kontrollen finns inte i nämndens internkontrollplan',
        },
      ],
    });
}

/**
 * The one entry point of a draw (the HTTP route's): the contract's body, dispatched to its
 * population. The period must be in order for every population; accounts and a lowest amount
 * belong to the ledger's.
 */
export async function drawBoardSample(
  ctx: RequestContext,
  request: BoardSampleRequest,
): Promise<DrawnSample> {
  await checkBoardReferences(ctx.db, ctx.board, request);
  const common = {
    size: request.size,
    seed: request.seed,
    reviewerOrgUnitId: request.reviewerOrgUnitId ?? undefined,
    controlId: request.controlId ?? undefined,
  };
  if (request.population === 'ledger') {
    const { parameters } = checkedLedgerRequest(request);
    return drawLedgerSample(ctx, { ...common, parameters });
  }
  if (request.from > request.to)
    throw new AppError('invalid-request', 'The period ends before it starts', {
      issues: [
        {
          field: 'to',
          problem: 'range-reversed',
          value: `Till: ${request.to} är före från-datumet ${request.from}`,
        },
      ],
    });
  const period: PeriodParameters = { from: request.from, to: request.to };
  return drawPeriodSample(ctx, { ...common, population: request.population, period });
}
