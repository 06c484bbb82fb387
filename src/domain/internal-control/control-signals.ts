/**
 * A control's follow-up signal at a report, as 001 (Bilaga 1) uses them, and the sentence 001
 * makes of them: "Vid delårsbokslutet visar kontrollen att två av totalt fyra kontrollpunkter
 * har genomförts utan anmärkning/ med försumbar anmärkning."
 */
export const CONTROL_SIGNALS = ['done_ok', 'done_remarks', 'not_done'] as const;
export type ControlSignal = (typeof CONTROL_SIGNALS)[number];

export const CONTROL_SIGNAL_NAMES_SV: Readonly<Record<ControlSignal, string>> = {
  done_ok: 'Kontrollen är genomförd utan anmärkning/med försumbar anmärkning',
  done_remarks: 'Kontrollen är genomförd med anmärkning',
  not_done: 'Kontrollen är inte genomförd',
};

/** The short form for a table cell. */
export const CONTROL_SIGNAL_SHORT_SV: Readonly<Record<ControlSignal, string>> = {
  done_ok: 'Utan anmärkning',
  done_remarks: 'Med anmärkning',
  not_done: 'Ej genomförd',
};

const NUMBER_WORDS_SV = [
  'noll',
  'en',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
];

/** A count as Swedish prose writes it: words to twelve, figures above. */
export function countSv(count: number): string {
  return NUMBER_WORDS_SV[count] ?? String(count);
}

/** The report a follow-up month belongs to, as the sentence names it. */
export function reportNameSv(month: number): string {
  return month === 12 ? 'årsbokslutet' : month === 8 ? 'delårsbokslutet' : `uppföljningen`;
}

/**
 * The summary sentence of the controls' signals at a report. Controls without a signal yet
 * count in the total, not as done.
 */
export function controlSummarySv(
  month: number,
  signals: readonly (ControlSignal | null)[],
): string {
  const total = signals.length;
  const ok = signals.filter((signal) => signal === 'done_ok').length;
  const report = reportNameSv(month);
  const opening = `Vid ${report} visar kontrollen att`;
  if (total === 0) return `Vid ${report} finns inga kontrollpunkter i internkontrollplanen.`;
  if (ok === total) {
    return `${opening} ${total === 1 ? 'kontrollpunkten' : `samtliga ${countSv(total)} kontrollpunkter`} har genomförts utan anmärkning/ med försumbar anmärkning.`;
  }
  return `${opening} ${countSv(ok)} av totalt ${countSv(total)} ${total === 1 ? 'kontrollpunkt' : 'kontrollpunkter'} har genomförts utan anmärkning/ med försumbar anmärkning.`;
}
