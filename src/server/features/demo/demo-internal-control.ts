import {
  DEMO_CONTROL_PLAN_2023,
  DEMO_CONTROL_PLAN_2026,
} from '#domain/demo/demo-internal-control-2023';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { writeControlPlan } from '../internal-control/control-plan-write';

/**
 * Alingsås (demo)'s internal control: the plan 2023 with its risks, followed up at the interim
 * report in September 2023 (001 Bilaga 1), and the plan 2026 (002 Bilaga 1) for the risks of
 * 2026 the analysis has when this runs (the risk register writes them; none, no plan 2026).
 */
export async function writeDemoInternalControl(trx: Db, board: BoardRef): Promise<void> {
  await writeControlPlan(trx, board, DEMO_CONTROL_PLAN_2023, {
    by: 'controller',
    at: '2023-09-12T08:00:00.000Z',
  });
  await writeControlPlan(trx, board, DEMO_CONTROL_PLAN_2026, {
    by: 'controller',
    at: '2025-11-20T08:00:00.000Z',
  });
}
