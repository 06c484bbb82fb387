import type { DemoControlPlan } from '#domain/demo/demo-internal-control-2023';
import type { BoardRef } from '#server/board-ref';
import type { Db } from '#server/db/types';
import { saveControlFollowUpAtRevision } from './control-follow-up.repo';
import { insertControl } from './controls.repo';
import { findRiskByName, findRisks, insertRisk } from './risks.repo';
import type { Stamp } from './stamp';

/**
 * Writes a board's control plan of a year given in full (the demo's), in the caller's
 * transaction: the risks it names that the analysis lacks (treated by the plan), the controls
 * in order, and their follow-up. A control whose risk the analysis does not have is left out
 * (the plan 2026 waits for the risk register's risks). The number of controls written.
 */
export async function writeControlPlan(
  trx: Db,
  board: BoardRef,
  plan: DemoControlPlan,
  stamp: Stamp,
): Promise<number> {
  for (const risk of plan.risks) {
    if (await findRiskByName(trx, board, plan.year, risk.name)) continue;
    const position = (await findRisks(trx, board, plan.year)).length + 1;
    await insertRisk(
      trx,
      board,
      plan.year,
      {
        ...risk,
        description: '',
        area: '',
        treatment: 'control_plan',
        treatmentText: null,
        owner: '',
        position,
        seriesId: null,
      },
      stamp,
    );
  }
  const controlIds = new Map<string, string>();
  for (const control of plan.controls) {
    const risk = await findRiskByName(trx, board, plan.year, control.riskName);
    if (!risk) continue;
    const id = await insertControl(
      trx,
      board,
      plan.year,
      {
        riskId: risk.id,
        checkpoint: control.checkpoint,
        method: control.method,
        frequency: control.frequency,
        followUpWhen: '',
        responsible: control.responsible,
      },
      stamp,
    );
    if (id === undefined)
      throw new Error(`The plan has the control already: ${control.checkpoint}`);
    controlIds.set(control.checkpoint, id);
  }
  for (const row of plan.followUp?.rows ?? []) {
    const controlId = controlIds.get(row.checkpoint);
    if (controlId === undefined || plan.followUp === null) continue;
    await saveControlFollowUpAtRevision(
      trx,
      {
        municipalityId: board.municipalityId,
        controlId,
        reportMonth: plan.followUp.month,
        result: row.result,
        actions: row.actions,
        signal: row.signal,
      },
      null,
      stamp,
    );
  }
  return controlIds.size;
}
