import type { Database } from '#server/db/connect';
import { systemClock } from '#server/clock';
import { wholeValue } from '#domain/goals/indicator-value';
import { parseIsoDate } from '#domain/kernel/period';
import type { BoardRef } from '#server/board-ref';
import { insertBoardGoal, saveCouncilGoal } from '#server/features/goals/goals.repo';
import { insertIndicator } from '#server/features/goals/indicators.repo';
import { writeOutcome } from '#server/features/goals/outcomes.repo';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';
import { unguarded } from './test-database';

/**
 * A board goal of 2024 with two indicators, written as the system: one owned by the unit with
 * the given id (8113 in the demo, the enhetschef's), with outcomes at 31 Dec 2023 and 31 Aug
 * 2024; one owned by no one (the controller's), without outcomes.
 */
export interface GoalsFixture {
  readonly boardGoalId: string;
  readonly ownedIndicatorId: string;
  readonly ownedSeriesId: string;
  readonly controllersIndicatorId: string;
}

export const FIXTURE_YEAR = 2024;

/** The demo's Utredning ungdom (8113), the enhetschef's unit. */
export async function demoOwnerUnitId(database: Database, municipalityId: string): Promise<string> {
  const row = await unguarded(database)
    .selectFrom('org_unit')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('code', '=', '8113')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function writeGoalsFixture(
  database: Database,
  board: BoardRef,
  ownerOrgUnitId: string,
): Promise<GoalsFixture> {
  const ctx = systemContext(database, systemClock, SYSTEM_ACTOR, null);
  const stamp = { by: 'system', at: '2024-01-10T08:00:00.000Z' };
  return ctx.write(async (trx) => {
    const councilGoalId = await saveCouncilGoal(
      trx,
      {
        municipalityId: board.municipalityId,
        termStartYear: 2023,
        number: 9,
        text: 'Invånarna får det stöd de behöver i tid',
      },
      stamp,
    );
    const boardGoalId = await insertBoardGoal(
      trx,
      { ...board, year: FIXTURE_YEAR },
      {
        councilGoalId,
        position: 1,
        text: 'Fler unga får stöd på hemmaplan',
        contribution: 'Stöd nära hemmet bidrar till goda livsmiljöer.',
        councilIndicator: null,
        agenda2030: [16, 3],
      },
      stamp,
    );
    const owned = await insertIndicator(
      trx,
      { municipalityId: board.municipalityId, boardGoalId: boardGoalId, seriesId: null },
      {
        position: 1,
        name: 'Placerade unga med stöd på hemmaplan, andel (%)',
        unit: 'percent',
        direction: 'higher',
        target: { comparator: '>=', value: wholeValue(60) },
        source: 'Verksamhetssystemet',
        koladaKpi: null,
        byGender: true,
        ownerOrgUnitId,
        ownerUsername: null,
      },
      stamp,
    );
    const controllers = await insertIndicator(
      trx,
      { municipalityId: board.municipalityId, boardGoalId: boardGoalId, seriesId: null },
      {
        position: 2,
        name: 'Antal placerade unga',
        unit: 'count',
        direction: 'lower',
        target: { comparator: '<=', value: wholeValue(40) },
        source: 'Verksamhetssystemet',
        koladaKpi: null,
        byGender: true,
        ownerOrgUnitId: null,
        ownerUsername: null,
      },
      stamp,
    );
    for (const [measuredOn, total] of [
      ['2023-12-31', 52],
      ['2024-08-31', 64],
    ] as const) {
      await writeOutcome(
        trx,
        {
          municipalityId: board.municipalityId,
          seriesId: owned.seriesId,
          measuredOn: parseIsoDate(measuredOn),
          total: wholeValue(total),
          women: null,
          men: null,
          origin: 'entered',
          originFile: null,
        },
        stamp,
      );
    }
    return {
      boardGoalId,
      ownedIndicatorId: owned.id,
      ownedSeriesId: owned.seriesId,
      controllersIndicatorId: controllers.id,
    };
  });
}
