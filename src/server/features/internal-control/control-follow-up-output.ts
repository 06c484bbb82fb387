import {
  CONTROL_FOLLOW_UP_COLUMNS,
  controlFollowUpCells,
} from '#domain/internal-control/control-plan';
import {
  CONTROL_SIGNAL_NAMES_SV,
  CONTROL_SIGNAL_SHORT_SV,
  CONTROL_SIGNALS,
} from '#domain/internal-control/control-signals';
import { controlSampleSv } from '#domain/internal-control/control-samples';
import { MONTH_NAMES_SV, toMonth } from '#domain/kernel/period';
import { renderTextCsv } from '#server/documents/csv';
import { renderWrappedTextTable } from '#server/documents/text-table';
import type { ControlFollowUpKey, ControlFollowUpReport } from './control-follow-up.service';

/** The follow-up of the internal control plan as a table, CSV and JSON (report internal-control). */

type Column = (typeof CONTROL_FOLLOW_UP_COLUMNS)[number];

/** How wide a column gets in the table before it wraps (characters). */
const TABLE_WIDTHS: Readonly<Record<Column, number>> = {
  'Identifierad risk': 24,
  Riskvärde: 9,
  'Vad kontrolleras?': 24,
  'Frekvens uppföljning': 11,
  Metod: 14,
  Bedömning: 11,
  Resultat: 50,
  Åtgärder: 36,
};

/** "Uppföljning av internkontroll januari–augusti 2023, Socialnämnden, Alingsås (demo)". */
export const controlFollowUpTitle = (report: ControlFollowUpReport, key: ControlFollowUpKey) =>
  `Uppföljning av internkontroll januari–${MONTH_NAMES_SV[toMonth(key.month)]} ${String(key.year)}, ${report.context.board.name}, ${report.context.municipality.name}`;

/** For Swedish Excel: BOM, semicolons, CRLF; the risk value a number; a row per control. */
export function controlFollowUpCsv(report: ControlFollowUpReport): string {
  return renderTextCsv([
    [...CONTROL_FOLLOW_UP_COLUMNS],
    ...report.rows.map((row) =>
      controlFollowUpCells(row).map((cell, index) =>
        CONTROL_FOLLOW_UP_COLUMNS[index] === 'Riskvärde' ? Number(cell) : cell === '' ? null : cell,
      ),
    ),
  ]);
}

/** A table for the terminal: the summary sentence first, the signals' names, a row per control. */
export function controlFollowUpTable(
  report: ControlFollowUpReport,
  key: ControlFollowUpKey,
): string {
  return renderWrappedTextTable({
    caption: `${controlFollowUpTitle(report, key)}.`,
    notes: [
      report.summary,
      `Bedömning: ${CONTROL_SIGNALS.map((signal) => `${CONTROL_SIGNAL_SHORT_SV[signal]} = ${CONTROL_SIGNAL_NAMES_SV[signal].toLowerCase()}`).join('; ')}.`,
      ...report.rows.flatMap(({ control, samples }) =>
        samples.map((sample) => `${control.checkpoint}: ${controlSampleSv(sample)}`),
      ),
    ],
    columns: CONTROL_FOLLOW_UP_COLUMNS.map((head) => ({
      head,
      align: head === 'Riskvärde' ? 'right' : 'left',
      maxWidth: TABLE_WIDTHS[head],
    })),
    groups: report.rows.map((row) => [controlFollowUpCells(row)]),
  });
}

/** The summary first, then the controls with their follow-up (null: not followed up yet). */
export function controlFollowUpJson(
  report: ControlFollowUpReport,
  key: ControlFollowUpKey,
): string {
  const { municipality, board } = report.context;
  return `${JSON.stringify(
    {
      summary: report.summary,
      municipality: { code: municipality.code, name: municipality.name },
      board: { code: board.code, name: board.name },
      year: key.year,
      month: key.month,
      controls: report.rows.map(({ control, followUp, samples }) => ({
        position: control.position,
        risk: { name: control.riskName, value: control.riskValue },
        checkpoint: control.checkpoint,
        frequency: control.frequency,
        method: control.method,
        responsible: control.responsible,
        followUp:
          followUp === null
            ? null
            : {
                signal: followUp.signal,
                signalName:
                  followUp.signal === null ? null : CONTROL_SIGNAL_NAMES_SV[followUp.signal],
                result: followUp.result,
                actions: followUp.actions,
                setBy: followUp.setBy,
                setAt: followUp.setAt,
              },
        samples: samples.map((sample) => ({
          population: sample.population,
          from: sample.from,
          to: sample.to,
          size: sample.size,
          populationCount: sample.populationCount,
          reviewed: sample.progress.reviewed,
          remarks: sample.progress.remarks,
          text: controlSampleSv(sample),
        })),
      })),
    },
    null,
    2,
  )}\n`;
}
