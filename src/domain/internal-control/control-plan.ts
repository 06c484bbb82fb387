import type { ControlSample } from './control-samples';
import { CONTROL_SIGNAL_SHORT_SV, controlSummarySv, type ControlSignal } from './control-signals';

/**
 * The board's internal control plan of a year (internkontrollplan, 002 Bilaga 1) and its
 * follow-up at a report month (001 Bilaga 1): the controls in the plan's order, each with the
 * risk it addresses, and what the follow-up found.
 */

/** A control of the plan, with the risk it addresses (its name and value). */
export interface PlanControl {
  readonly id: string;
  readonly year: number;
  readonly position: number;
  readonly riskId: string;
  readonly riskName: string;
  /** Likelihood × impact, 1–16. */
  readonly riskValue: number;
  /** What is checked (kontrollmoment, "Vad kontrolleras?"). */
  readonly checkpoint: string;
  readonly method: string;
  readonly frequency: string;
  /** When it is followed up ("Del- och årsbokslut"). */
  readonly followUpWhen: string;
  readonly responsible: string;
  readonly revision: number;
  readonly updatedBy: string | null;
  readonly updatedAt: string;
}

/** A control's follow-up at a report month. */
export interface ControlFollowUp {
  readonly controlId: string;
  readonly reportMonth: number;
  readonly result: string;
  readonly actions: string;
  readonly signal: ControlSignal | null;
  readonly setBy: string;
  readonly setAt: string;
  readonly revision: number;
}

/** A control with its follow-up at the report month (null: not followed up yet). */
export interface ControlFollowUpRow {
  readonly control: PlanControl;
  readonly followUp: ControlFollowUp | null;
  /** The samples drawn for the control, with how far their review has come. */
  readonly samples: readonly ControlSample[];
}

/**
 * The rows of the follow-up: every control of the plan, in order, with its follow-up and the
 * samples drawn for it (those of another control are left to theirs).
 */
export function controlFollowUpRows(
  controls: readonly PlanControl[],
  followUps: readonly ControlFollowUp[],
  samples: readonly ControlSample[] = [],
): ControlFollowUpRow[] {
  const byControl = new Map(followUps.map((followUp) => [followUp.controlId, followUp]));
  return [...controls]
    .sort((a, b) => a.position - b.position)
    .map((control) => ({
      control,
      followUp: byControl.get(control.id) ?? null,
      samples: samples.filter((sample) => sample.controlId === control.id),
    }));
}

/** 001's sentence of the follow-up's signals: "… två av totalt fyra kontrollpunkter …". */
export function controlFollowUpSummarySv(
  month: number,
  rows: readonly ControlFollowUpRow[],
): string {
  return controlSummarySv(
    month,
    rows.map((row) => row.followUp?.signal ?? null),
  );
}

/** The follow-up's columns, as 001's Bilaga 1 heads them (result and actions apart). */
export const CONTROL_FOLLOW_UP_COLUMNS = [
  'Identifierad risk',
  'Riskvärde',
  'Vad kontrolleras?',
  'Frekvens uppföljning',
  'Metod',
  'Bedömning',
  'Resultat',
  'Åtgärder',
] as const;

/** The signal's short Swedish name for a cell; "Ej bedömd" while there is none. */
export const signalCellSv = (signal: ControlSignal | null): string =>
  signal === null ? 'Ej bedömd' : CONTROL_SIGNAL_SHORT_SV[signal];

/** A row's cells, in CONTROL_FOLLOW_UP_COLUMNS' order. */
export function controlFollowUpCells(row: ControlFollowUpRow): string[] {
  const { control, followUp } = row;
  return [
    control.riskName,
    String(control.riskValue),
    control.checkpoint,
    control.frequency,
    control.method,
    signalCellSv(followUp?.signal ?? null),
    followUp?.result ?? '',
    followUp?.actions ?? '',
  ];
}
