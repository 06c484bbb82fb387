import type { IndicatorUnit } from '#domain/goals/indicator';
import { KOLADA_SOURCE_SV } from '#domain/goals/kolada';
import { systemClock } from '#server/clock';
import type { Database } from '#server/db/connect';
import { insertBoardGoal, saveCouncilGoal } from '#server/features/goals/goals.repo';
import { insertIndicator } from '#server/features/goals/indicators.repo';
import { listMunicipalities } from '#server/features/organisation/organisation.service';
import { SYSTEM_ACTOR, systemContext } from '#server/request-context';

/** Kolada in tests: its data answer as a builder, and a board goal's indicator linked to a KPI. */

/** An item of Kolada's API v2 data answer: totals, women and men as given (null: no value). */
export function koladaItem(
  kpi: string,
  municipality: string,
  period: number,
  figures: { T?: number | null; K?: number | null; M?: number | null },
) {
  return {
    kpi,
    municipality,
    period,
    values: Object.entries(figures).map(([gender, value]) => ({
      gender,
      value,
      count: municipality.startsWith('G') ? 12 : 1,
      status: value === null ? 'Missing' : '',
    })),
  };
}

/** Kolada's answer with these items, and the next page's address when there is one. */
export function koladaAnswer(items: readonly unknown[], nextPage?: string): string {
  return JSON.stringify({
    values: items,
    count: items.length,
    ...(nextPage === undefined ? {} : { next_page: nextPage }),
  });
}

/**
 * Puts an indicator of `year` under a new board goal of the municipality's first board, linked
 * to the Kolada KPI; its ids.
 */
export async function linkedIndicator(
  database: Database,
  municipalityCode: string,
  indicator: { kpi: string; name: string; unit: IndicatorUnit; year?: number; goal?: string },
) {
  const municipality = (await listMunicipalities(database.db)).find(
    (candidate) => candidate.code === municipalityCode,
  );
  const board = municipality?.boards[0];
  if (!municipality || !board) throw new Error(`No municipality ${municipalityCode} with a board`);
  const year = indicator.year ?? 2023;
  const ctx = systemContext(database, systemClock, SYSTEM_ACTOR, {
    municipalityId: municipality.id,
  });
  const stamp = { by: 'test', at: '2023-01-10T08:00:00.000Z' };
  const ref = { municipalityId: municipality.id, boardId: board.id };
  return ctx.write(async (trx) => {
    const councilGoalId = await saveCouncilGoal(
      trx,
      { municipalityId: municipality.id, termStartYear: 2023, number: 1, text: 'Hög kvalitet' },
      stamp,
    );
    const boardGoalId = await insertBoardGoal(
      trx,
      { ...ref, year: year },
      {
        councilGoalId,
        position: 1,
        text: indicator.goal ?? `Mål för ${indicator.name}`,
        contribution: '',
        councilIndicator: null,
        agenda2030: [],
      },
      stamp,
    );
    const created = await insertIndicator(
      trx,
      { municipalityId: municipality.id, boardGoalId: boardGoalId, seriesId: null },
      {
        position: 1,
        name: indicator.name,
        unit: indicator.unit,
        direction: 'higher',
        target: null,
        source: KOLADA_SOURCE_SV,
        koladaKpi: indicator.kpi,
        byGender: true,
        ownerOrgUnitId: null,
        ownerUsername: null,
      },
      stamp,
    );
    return { ...created, municipalityId: municipality.id, boardId: board.id };
  });
}
