import {
  heading,
  paragraph,
  SOFT_HYPHEN,
  textCell,
  type Block,
  type TableBlock,
} from '../reports/document';
import type { PlanControl } from './control-plan';

/**
 * Bilaga 1 of the budget document, Internkontrollplan (002): the board's controls of the
 * budget year in the plan's order, each with the risk it addresses (its name and value), what
 * is checked, how, how often, when it is followed up and who is responsible. 002's plan also
 * repeats each risk's description; here it is left to Bilaga 2 beside it, where the analysis
 * gives it, so the plan's own columns have the portrait page's width.
 */

/** What the appendix shows of a control of the plan. */
export type PlanAppendixControl = Pick<
  PlanControl,
  | 'position'
  | 'riskName'
  | 'riskValue'
  | 'checkpoint'
  | 'method'
  | 'frequency'
  | 'followUpWhen'
  | 'responsible'
>;

export const CONTROL_PLAN_APPENDIX_TITLE = 'Bilaga 1 – Internkontrollplan';

interface PlanColumn {
  readonly head: string;
  readonly text: boolean;
  /** Left out when no control has anything in it (002 gives no frequency, for one). */
  readonly optional: boolean;
  readonly cell: (control: PlanAppendixControl) => string;
}

/**
 * 002's columns (Risk, Riskvärde, Metod, Ansvarig) with what is checked apart from the method
 * (002 writes both in Metod), and the frequency and follow-up the register keeps.
 */
const PLAN_COLUMNS: readonly PlanColumn[] = [
  {
    head: `Risk${SOFT_HYPHEN}värde`,
    text: false,
    optional: false,
    cell: (c) => String(c.riskValue),
  },
  { head: 'Kontrollmoment', text: true, optional: false, cell: (control) => control.checkpoint },
  { head: 'Metod', text: true, optional: true, cell: (control) => control.method },
  { head: 'Frekvens', text: true, optional: true, cell: (control) => control.frequency },
  { head: 'Uppföljning', text: true, optional: true, cell: (control) => control.followUpWhen },
  { head: 'Ansvarig', text: true, optional: true, cell: (control) => control.responsible },
];

function planTable(year: number, controls: readonly PlanAppendixControl[]): TableBlock {
  const columns = PLAN_COLUMNS.filter(
    (column) => !column.optional || controls.some((control) => column.cell(control).trim() !== ''),
  );
  return {
    type: 'table',
    caption: `Internkontrollplan ${String(year)}`,
    unit: 'Risk',
    columns: columns.map((column) => column.head),
    textColumns: columns.map((column) => column.text),
    rows: [...controls]
      .sort((a, b) => a.position - b.position)
      .map((control) => ({
        label: control.riskName,
        kind: 'normal',
        cells: columns.map((column) => textCell(column.cell(control).trim())),
      })),
  };
}

/**
 * The appendix's blocks: the plan's table; a sentence instead when the board has a risk
 * analysis but no controls for the year (the plan is missing, not empty); none when it has
 * neither (the board keeps no internal control here, and the document has no appendices).
 */
export function controlPlanAppendix(
  year: number,
  controls: readonly PlanAppendixControl[],
  hasRiskAnalysis: boolean,
): Block[] {
  if (controls.length === 0 && !hasRiskAnalysis) return [];
  return [
    heading(1, CONTROL_PLAN_APPENDIX_TITLE),
    controls.length === 0
      ? paragraph(
          `Nämnden har ännu ingen internkontrollplan för ${String(year)}: inga kontroller är upprättade för året.`,
        )
      : planTable(year, controls),
  ];
}
