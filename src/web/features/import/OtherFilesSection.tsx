import { useState, type SyntheticEvent } from 'react';
import type { RegisterImportKind } from '#contract/import-history';
import {
  CSV_MEDIA_TYPE,
  importHrFile,
  importRegisterFile,
  type RegisterImportSummary,
} from '#contract/register-imports';
import { inputIssueSv } from '#contract/input-issue-sv';
import { formatInteger } from '#domain/kernel/format';
import { describePeriodsSv } from '#domain/reports/period-labels';
import { ApiError, apiPostFile } from '../../api/client';

/** The files other than the ledger, as the form offers them. */
export type OtherFileKind = 'hr' | RegisterImportKind;

export const OTHER_FILE_KINDS_SV: readonly { kind: OtherFileKind; name: string }[] = [
  { kind: 'hr', name: 'Sjukfrånvaro (HR)' },
  { kind: 'placements', name: 'Placeringar' },
  { kind: 'assistance', name: 'Ekonomiskt bistånd' },
  { kind: 'volumes', name: 'Volymer' },
];

type Result =
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'refused'; readonly lines: readonly string[] }
  | { readonly kind: 'error'; readonly text: string };

/** What a file read in held, in Swedish. */
function summarySv(kind: OtherFileKind, summary: RegisterImportSummary): string {
  const months = summary.periods.length > 0 ? describePeriodsSv(summary.periods) : '';
  const rows = formatInteger(summary.rows);
  switch (kind) {
    case 'hr':
      return `Läste in ${rows} rader för ${formatInteger(summary.people ?? 0)} anställda från ${summary.fileName}: ${months}.`;
    case 'placements':
      return `Läste in ${rows} placeringar för enheterna ${summary.unitCodes.join(', ')} från ${summary.fileName}${
        summary.dateRange ? `, ${summary.dateRange.from} – ${summary.dateRange.to}` : ''
      }. Enheternas register är nu filens.`;
    case 'assistance':
      return `Läste in ${rows} rader för ${formatInteger(summary.people ?? 0)} hushåll från ${summary.fileName} (${months}).`;
    case 'volumes':
      return `Läste in ${rows} rader (${summary.measures.join(', ')}) från ${summary.fileName} (${months}).`;
  }
}

/** A file's problems: each the server's Swedish sentence naming line and column. */
function problemLines(error: ApiError, fileName: string): string[] {
  return error.issues.map((issue) =>
    issue.field === fileName || issue.field.startsWith(`${fileName} rad `)
      ? (issue.value ?? issue.field)
      : inputIssueSv(issue),
  );
}

/** Läs in andra filer: the HR export, placements, financial assistance, volumes. */
export function OtherFilesSection({
  municipalityId,
  kinds,
  onImported,
}: {
  readonly municipalityId: string;
  /** The kinds the user may read in (at least one). */
  readonly kinds: readonly OtherFileKind[];
  readonly onImported: () => void;
}) {
  const choices = OTHER_FILE_KINDS_SV.filter((choice) => kinds.includes(choice.kind));
  const [kind, setKind] = useState<OtherFileKind>(choices[0]?.kind ?? 'hr');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setResult(null);
    const query = { fileName: file.name };
    try {
      const summary =
        kind === 'hr'
          ? await apiPostFile(importHrFile, { municipalityId }, query, file, CSV_MEDIA_TYPE)
          : await apiPostFile(
              importRegisterFile,
              { municipalityId, kind },
              query,
              file,
              CSV_MEDIA_TYPE,
            );
      setResult({ kind: 'done', text: summarySv(kind, summary) });
      onImported();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invalid-request' && error.issues.length > 0)
        setResult({ kind: 'refused', lines: problemLines(error, file.name) });
      else
        setResult({
          kind: 'error',
          text: error instanceof Error ? error.message : 'Ett oväntat fel inträffade.',
        });
    }
    setBusy(false);
  };

  return (
    <section className="section" aria-labelledby="other-files-heading">
      <h2 id="other-files-heading" className="section__title">
        Läs in andra filer
      </h2>
      <p className="section__intro">
        CSV-filer med semikolon: HR-systemets månadsexport (sjukfrånvaro), placeringsregistret,
        ekonomiskt bistånd och volymer. Filen läses in helt, eller inte alls om något är fel.
      </p>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field__label" htmlFor="other-file-kind">
            Slag av fil
          </label>
          <select
            id="other-file-kind"
            className="field__select"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as OtherFileKind);
              setResult(null);
            }}
          >
            {choices.map((choice) => (
              <option key={choice.kind} value={choice.kind}>
                {choice.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="other-file">
            Fil
          </label>
          <input
            id="other-file"
            className="field__input"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setResult(null);
            }}
          />
        </div>
        {/* Named apart from the ledger form's Läs in, on the same page. */}
        <button
          type="submit"
          className="button button--primary"
          aria-label={busy ? undefined : 'Läs in filen'}
          disabled={!file || busy}
        >
          {busy ? 'Läser in …' : 'Läs in'}
        </button>
      </form>
      {result?.kind === 'done' ? (
        <p role="status" className="message message--success">
          {result.text}
        </p>
      ) : result?.kind === 'refused' ? (
        <div role="alert" className="message message--error">
          <p className="message__text">Inget lästes in. Rätta filen och läs in den igen:</p>
          <ul>
            {result.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : result?.kind === 'error' ? (
        <p role="alert" className="message message--error">
          {result.text}
        </p>
      ) : null}
    </section>
  );
}
