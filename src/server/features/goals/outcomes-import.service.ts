import type { GoalsFileIssue } from '#domain/goals/goals-file-issues';
import {
  indicatorNameKey,
  outcomeUnitIssues,
  parseOutcomesFile,
  type OutcomeRow,
} from '#domain/goals/outcomes-file';
import type { Db } from '#server/db/types';
import type { RequestContext } from '#server/request-context';
import { recordAudit } from '../audit/audit.service';
import type { Stamp } from './goal-values';
import { fileRefused, readFileRows, type GoalsFileInput } from './goals-file-rows';
import {
  findIndicatorsOfYear,
  markIndicatorsByGender,
  type IndicatorOfYear,
} from './indicators.repo';
import { writeOutcome } from './outcomes.repo';

/**
 * goals outcomes: figures from the case system (domain/goals/outcomes-file.ts) as outcomes of
 * the municipality's indicators, in one transaction, all rows or, on a problem, none. A row's
 * indicator is the one of that name among the indicators of its date's year (on the board
 * given, when one is); a figure is checked against the indicator's unit.
 */

export interface OutcomesImportSummary {
  readonly outcomes: number;
  readonly indicators: number;
}

/** The row's indicator, or its problem (none of that name, or several series on other boards). */
function indicatorOfRow(
  row: OutcomeRow,
  candidates: readonly IndicatorOfYear[],
): IndicatorOfYear | GoalsFileIssue {
  const key = indicatorNameKey(row.indicator);
  const found = candidates.filter(
    (candidate) => indicatorNameKey(candidate.indicator.name) === key,
  );
  const year = row.measuredOn.slice(0, 4);
  const [first] = found;
  if (!first) {
    return {
      line: row.line,
      column: 'indikator',
      problem: 'unknown-indicator',
      value: row.indicator,
      detail: year,
    };
  }
  if (found.some((candidate) => candidate.indicator.seriesId !== first.indicator.seriesId)) {
    const boards = [...new Set(found.map((candidate) => candidate.boardCode))].join(', ');
    return {
      line: row.line,
      column: 'indikator',
      problem: 'ambiguous-indicator',
      value: row.indicator,
      detail: `${year} (${boards})`,
    };
  }
  return first;
}

/** Reads the file and writes its outcomes, all of them or none. */
export async function importOutcomesFile(
  ctx: RequestContext,
  request: { readonly file: GoalsFileInput; readonly boardId?: string | undefined },
): Promise<OutcomesImportSummary> {
  const { file, boardId } = request;
  const parsed = parseOutcomesFile(await readFileRows(file));
  const rows = parsed.outcomes;
  if (rows === null) throw fileRefused(file.name, parsed.issues);
  const municipalityId = ctx.municipalityId;
  const stamp: Stamp = { by: ctx.actor.username, at: ctx.clock.now().toISOString() };
  return ctx.write(async (trx) => {
    const matched = await matchRows(trx, municipalityId, rows, boardId);
    const issues = matched.flatMap(({ row, found }) =>
      'problem' in found ? [found] : outcomeUnitIssues(row, found.indicator.unit),
    );
    if (issues.length > 0) throw fileRefused(file.name, issues);
    const bySeries = new Set<string>();
    const splitByGender = new Set<string>();
    for (const { row, found } of matched) {
      if ('problem' in found) continue;
      const { indicator } = found;
      bySeries.add(indicator.seriesId);
      if (row.women !== null || row.men !== null) splitByGender.add(indicator.id);
      await writeOutcome(
        trx,
        {
          municipalityId,
          seriesId: indicator.seriesId,
          measuredOn: row.measuredOn,
          total: row.total,
          women: row.women,
          men: row.men,
          origin: 'file',
          originFile: file.name,
        },
        stamp,
      );
    }
    await markIndicatorsByGender(trx, municipalityId, [...splitByGender], stamp);
    const summary = { outcomes: rows.length, indicators: bySeries.size };
    await recordAudit(trx, ctx.clock, ctx.actor, {
      action: 'goal-outcomes-import',
      municipalityId,
      objectType: 'municipality',
      objectId: municipalityId,
      after: { file: file.name, ...summary },
    });
    return summary;
  });
}

/** Each row with its indicator or its problem; the indicators read once per year. */
async function matchRows(
  trx: Db,
  municipalityId: string,
  rows: readonly OutcomeRow[],
  boardId: string | undefined,
): Promise<{ row: OutcomeRow; found: IndicatorOfYear | GoalsFileIssue }[]> {
  const byYear = new Map<number, IndicatorOfYear[]>();
  for (const year of new Set(rows.map((row) => Number(row.measuredOn.slice(0, 4))))) {
    const all = await findIndicatorsOfYear(trx, municipalityId, year);
    byYear.set(year, boardId === undefined ? all : all.filter((item) => item.boardId === boardId));
  }
  return rows.map((row) => ({
    row,
    found: indicatorOfRow(row, byYear.get(Number(row.measuredOn.slice(0, 4))) ?? []),
  }));
}
