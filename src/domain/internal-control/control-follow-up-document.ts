import { MONTH_NAMES_SV, toMonth } from '../kernel/period';
import {
  bold,
  heading,
  paragraph,
  table,
  textCell,
  type Block,
  type ReportDocument,
  type TableRow,
} from '../reports/document';
import { controlSampleSv } from './control-samples';
import { signalCellSv, type ControlFollowUpRow } from './control-plan';
import { CONTROL_SIGNAL_NAMES_SV, CONTROL_SIGNALS } from './control-signals';

/**
 * The follow-up of the internal control plan as report blocks (001's section "Uppföljning av
 * internkontroll" with its Bilaga 1) for the interim or annual report, and as a document of
 * its own: the summary sentence, the signals used, an overview of the controls and, per
 * control, its risk, what is checked, how and how often, the assessment, result and actions.
 */

export interface ControlFollowUpBlocksInput {
  readonly year: number;
  readonly month: number;
  readonly rows: readonly ControlFollowUpRow[];
  /** "Vid delårsbokslutet visar kontrollen att två av totalt fyra …". */
  readonly summary: string;
  /** The section's heading: numbered in a report, plain, or none (a document of its own). */
  readonly heading: 'numbered' | 'plain' | 'none';
}

/** "januari–augusti 2023" as the period a report month closes. */
export function controlPeriodText(year: number, month: number): string {
  return month === 1
    ? `januari ${String(year)}`
    : `januari–${MONTH_NAMES_SV[toMonth(month)]} ${String(year)}`;
}

const SIGNALS_SENTENCE = `Följande signaler har använts för bedömning av respektive kontrollmoment: ${CONTROL_SIGNALS.map((signal) => CONTROL_SIGNAL_NAMES_SV[signal].toLowerCase()).join('; ')}.`;

function controlBlocks(row: ControlFollowUpRow): Block[] {
  const { control, followUp } = row;
  const how = [control.method, control.frequency].filter((part) => part !== '').join(', ');
  return [
    heading(2, control.checkpoint),
    paragraph(
      bold('Identifierad risk: '),
      `${control.riskName} (riskvärde ${String(control.riskValue)}).`,
    ),
    ...(how === '' ? [] : [paragraph(bold('Metod och frekvens: '), `${how}.`)]),
    ...(control.responsible === '' ? [] : [paragraph(bold('Ansvarig: '), control.responsible)]),
    paragraph(
      bold('Bedömning: '),
      followUp?.signal == null
        ? 'Kontrollen är inte bedömd.'
        : `${CONTROL_SIGNAL_NAMES_SV[followUp.signal]}.`,
    ),
    ...(followUp === null || followUp.result === ''
      ? []
      : [paragraph(bold('Resultat: '), followUp.result)]),
    ...(followUp === null || followUp.actions === ''
      ? []
      : [paragraph(bold('Åtgärder: '), followUp.actions)]),
    ...row.samples.map((sample) => paragraph(controlSampleSv(sample))),
  ];
}

/** The follow-up section's blocks. */
export function controlFollowUpBlocks(input: ControlFollowUpBlocksInput): Block[] {
  const opening: Block[] = [
    ...(input.heading === 'none'
      ? []
      : [heading(1, 'Uppföljning av internkontroll', input.heading === 'numbered')]),
    paragraph(input.summary),
  ];
  if (input.rows.length === 0) return opening;
  const overview = {
    ...table(
      `Uppföljning av internkontroll ${controlPeriodText(input.year, input.month)}`,
      ['Identifierad risk', 'Riskvärde', 'Metod', 'Bedömning'],
      input.rows.map(({ control, followUp }): TableRow => ({
        label: control.checkpoint,
        kind: 'normal',
        cells: [
          textCell(control.riskName),
          textCell(String(control.riskValue)),
          textCell(control.method),
          textCell(signalCellSv(followUp?.signal ?? null)),
        ],
      })),
      'Vad kontrolleras?',
    ),
    textColumns: [true, false, true, true],
  };
  return [...opening, paragraph(SIGNALS_SENTENCE), overview, ...input.rows.flatMap(controlBlocks)];
}

export interface ControlFollowUpDocumentInput extends Omit<ControlFollowUpBlocksInput, 'heading'> {
  readonly municipalityName: string;
  readonly boardName: string;
  /** The document's date, YYYY-MM-DD. */
  readonly dateIso: string;
}

/** The follow-up as a document of its own: "Uppföljning av internkontroll januari–augusti 2023". */
export function controlFollowUpDocument(input: ControlFollowUpDocumentInput): ReportDocument {
  return {
    title: `Uppföljning av internkontroll ${controlPeriodText(input.year, input.month)}`,
    subtitle: 'Nämndens internkontrollplan: kontrollpunkterna, bedömning, resultat och åtgärder',
    municipalityName: input.municipalityName,
    boardName: input.boardName,
    dateIso: input.dateIso,
    blocks: controlFollowUpBlocks({ ...input, heading: 'none' }),
  };
}
