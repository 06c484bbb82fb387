import { AppError } from '#server/app-error';
import type { KoladaImportResult } from '#server/features/goals/kolada.service';

/** What `import kolada` and `kolada sync` print: what was written, and what was not. */

const plural = (count: number, one: string, many: string) =>
  `${String(count)} ${count === 1 ? one : many}`;

export function koladaResultSv(result: KoladaImportResult, from: string): string {
  const lines = [
    `Läste in ${plural(result.values, 'värde', 'värden')} från ${from} för kommunen ${result.municipalityCode}: ` +
      `${plural(result.outcomes, 'utfall', 'utfall')} (31 december) i ${plural(result.series, 'indikator', 'indikatorer')}, ` +
      `${plural(result.comparisons, 'jämförelsetal', 'jämförelsetal')} för riket och kommungrupper.`,
  ];
  if (result.unlinkedKpis.length > 0) {
    lines.push(
      `Ingen indikator är kopplad till ${result.unlinkedKpis.length === 1 ? 'nyckeltalet' : 'nyckeltalen'} ${result.unlinkedKpis.join(', ')}: ` +
        'värdena sparades bara som jämförelsetal. Koppla en indikator till nyckeltalet (kolumnen kolada_kpi) om de ska bli utfall.',
    );
  }
  if (result.emptyOwn.length > 0) {
    lines.push(
      `Kolada har inget värde för kommunen ${result.municipalityCode} för ${result.emptyOwn
        .map((empty) => `${empty.kpi} ${String(empty.period)}`)
        .join(', ')}: inget utfall skrevs för dem.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** An import's refusal (invalid-request with its problems) as the lines to print, else null. */
export function koladaRefusalLines(error: unknown): string[] | null {
  if (!(error instanceof AppError) || error.code !== 'invalid-request' || error.issues.length === 0)
    return null;
  return error.issues.map((issue) => `  ${issue.value ?? issue.field}`);
}
