import { demoAccessLog, demoAccessLogCsv } from '#domain/demo/demo-access-log';
import { seededRandom } from '#domain/demo/seeded-random';
import { csvRows } from '#domain/goals/tabular-file';
import { parseAccessLogFile } from '#domain/internal-control/access-log-file';
import { ore } from '#domain/kernel/money';
import { parseIsoDate } from '#domain/kernel/period';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { writeAccessLog } from '../internal-control/access-log-import.service';
import { recordLedgerSample } from '../internal-control/sample-draw.service';
import { writeItemReviews } from '../internal-control/sample-review.service';
import { planControlOf, recordPeriodSample } from '../internal-control/samples.service';

/**
 * The demo's sampling control (001: "Att obehöriga personer ej går in i ärenden"): September
 * 2023 of the case system's access log, read in on 2 October, and the month's sample of 15 case
 * workers for the week of 4–10 September, reviewed by the head of Utredning ungdom (the demo's
 * enhetschef): the first ten items utan anmärkning on 9 October, the last five still to review;
 * and a sample of the ledger's payments of ekonomiskt bistånd in August 2023 (DEMO_LEDGER_SAMPLE).
 */

/** The seed of the demo's log, and the sample's: what an auditor redoes it with. */
const DEMO_ACCESS_LOG_SEED = 1489_2023_09;
export const DEMO_SAMPLE = {
  period: { from: parseIsoDate('2023-09-04'), to: parseIsoDate('2023-09-10') },
  size: 15,
  seed: 'september 2023',
  reviewerUnitCode: '8113',
  /** The items the enhetschef has reviewed (the first ones, utan anmärkning, as 001 says). */
  reviewed: 10,
  /** The control of the 2023 plan (001) the sample is drawn for. */
  checkpoint: 'Att obehöriga personer ej går in i ärenden',
} as const;

/**
 * The demo's ledger sample: 10 of August 2023's payments of ekonomiskt bistånd (4110) of 5 000 kr
 * or more, each reviewed by the head of its unit. The demo's ledger ends with August 2023
 * (its interim report month), so the sample is of August, drawn on 5 September.
 */
export const DEMO_LEDGER_SAMPLE = {
  parameters: {
    from: parseIsoDate('2023-08-01'),
    to: parseIsoDate('2023-08-31'),
    accounts: ['4110'],
    minAmountOre: ore(500_000),
  },
  size: 10,
  seed: 'ekonomiskt bistånd augusti 2023',
} as const;

/** The demo's log as the case system's file. */
export function demoAccessLogFile(): { readonly name: string; readonly bytes: Uint8Array } {
  const rows = demoAccessLog(seededRandom(DEMO_ACCESS_LOG_SEED), 2023, 9);
  return { name: 'atkomstlogg-2023-09.csv', bytes: Buffer.from(demoAccessLogCsv(rows), 'utf8') };
}

/**
 * The README's example (examples/atkomstlogg.csv): the first week of October 2023 (2–8 October)
 * of the same case workers' log, a week the demo does not have yet.
 */
export function demoAccessLogExample(): Uint8Array {
  const rows = demoAccessLog(seededRandom(DEMO_ACCESS_LOG_SEED), 2023, 10).filter(
    (row) => row.time < '2023-10-09',
  );
  return Buffer.from(demoAccessLogCsv(rows), 'utf8');
}

/** Writes the log and draws the samples, in the demo's transaction. */
export async function writeDemoSampling(
  trx: Db,
  board: BoardRef,
  unitId: (code: string) => string,
): Promise<void> {
  const file = demoAccessLogFile();
  const parsed = parseAccessLogFile(csvRows(Buffer.from(file.bytes).toString('utf8')));
  if (parsed.entries === null) throw new Error('The demo access log does not read back');
  await writeAccessLog(trx, board.municipalityId, file, parsed.entries, {
    at: '2023-10-02T07:00:00.000Z',
    by: 'controller',
  });
  const control = await planControlOf(trx, board, 2023, { checkpoint: DEMO_SAMPLE.checkpoint });
  const drawn = await recordPeriodSample(
    trx,
    board,
    {
      controlId: control?.id,
      population: 'access_log',
      period: DEMO_SAMPLE.period,
      size: DEMO_SAMPLE.size,
      seed: DEMO_SAMPLE.seed,
      reviewerOrgUnitId: unitId(DEMO_SAMPLE.reviewerUnitCode),
    },
    { at: '2023-10-02T08:00:00.000Z', by: 'controller' },
  );
  await writeItemReviews(
    trx,
    { municipalityId: board.municipalityId, sampleId: drawn.sampleId },
    Array.from({ length: DEMO_SAMPLE.reviewed }, (_, index) => ({
      position: index + 1,
      verdict: 'ok' as const,
      comment: '',
    })),
    { at: '2023-10-09T09:00:00.000Z', by: 'enhetschef' },
  );
  await recordLedgerSample(
    trx,
    board,
    {
      parameters: DEMO_LEDGER_SAMPLE.parameters,
      size: DEMO_LEDGER_SAMPLE.size,
      seed: DEMO_LEDGER_SAMPLE.seed,
    },
    { at: '2023-09-05T08:00:00.000Z', by: 'controller' },
  );
}
