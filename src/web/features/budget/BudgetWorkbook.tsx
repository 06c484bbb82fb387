import { DownloadLinks } from '../../ui/DownloadLinks';
import { useState } from 'react';
import type { BudgetGrid } from '#contract/budget';
import {
  exportBudgetWorkbook,
  importBudgetWorkbook,
  MAX_WORKBOOK_BYTES,
  XLSX_MEDIA_TYPE,
} from '#contract/budget-workbook';
import { inputIssueSv } from '#contract/input-issue-sv';
import { ApiError, apiPostFile, endpointUrl } from '../../api/client';
import { useSelectedBoard } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { isEditConflict } from '../../api/edit-conflict';

/** How many of a file's problems are listed; the rest are counted. */
const SHOWN_PROBLEMS = 50;

type Outcome =
  | { readonly kind: 'imported'; readonly changed: number }
  | { readonly kind: 'failed'; readonly message: string; readonly problems: readonly string[] };

function failureOf(error: unknown): Outcome {
  if (error instanceof ApiError && error.code === 'invalid-request' && error.issues.length > 0) {
    return {
      kind: 'failed',
      message: 'Filen lästes inte in och inget sparades. Rätta detta i filen och försök igen:',
      problems: error.issues.map((issue) => `${inputIssueSv(issue)}.`),
    };
  }
  return {
    kind: 'failed',
    message: error instanceof Error ? error.message : 'Filen kunde inte läsas in.',
    problems: [],
  };
}

const FILE_INPUT_ID = 'budget-workbook-file';

/**
 * The version as an Excel file: a link to download it (a sheet per year, amounts in tkr), and
 * for a Förslag the user may change, a file input that reads such a file back and saves the
 * cells that differ. The new grid goes to onImported; the problems, if any, are listed.
 */
export function BudgetWorkbook({
  grid,
  unsavedEdits,
  onImported,
  onStale,
}: {
  readonly grid: BudgetGrid;
  /** Edits typed in the grid and not saved: a file read now would hide them. */
  readonly unsavedEdits: boolean;
  readonly onImported: (grid: BudgetGrid) => void;
  /** The file is older than the version (another saved since): read the version again. */
  readonly onStale: () => Promise<void>;
}) {
  const { municipality, board } = useSelectedBoard();
  const can = useCan();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const params = { municipalityId: municipality.id, boardId: board.id, versionId: grid.version.id };
  const canImport = grid.version.status === 'draft' && can('budget:edit');

  const upload = async (file: File) => {
    if (file.size > MAX_WORKBOOK_BYTES) {
      setOutcome({
        kind: 'failed',
        message:
          'Filen är större än 10 MB, mer än en budget från Nämndkoll kan vara. Inget sparades.',
        problems: [],
      });
      setInputKey((key) => key + 1);
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const answer = await apiPostFile(importBudgetWorkbook, params, {}, file, XLSX_MEDIA_TYPE);
      onImported(answer.grid);
      setOutcome({ kind: 'imported', changed: answer.changedCells });
    } catch (error) {
      setOutcome(failureOf(error));
      if (isEditConflict(error)) await onStale().catch(() => undefined);
    } finally {
      setBusy(false);
      setInputKey((key) => key + 1);
    }
  };

  const problems = outcome?.kind === 'failed' ? outcome.problems : [];
  return (
    <div className="budget-workbook">
      <DownloadLinks
        failureMessage="Budgeten kunde inte laddas ned som Excel."
        busyText="Hämtar Excelfilen …"
        links={[
          {
            key: 'xlsx',
            href: endpointUrl(exportBudgetWorkbook, params, {}),
            fileName: 'Budget.xlsx',
            label: 'Ladda ned som Excel',
          },
        ]}
      />
      {canImport ? (
        <div className="field">
          <label className="field__label" htmlFor={FILE_INPUT_ID}>
            Läs in från Excel
          </label>
          <span id={`${FILE_INPUT_ID}-hint`} className="field__hint">
            {unsavedEdits
              ? 'Spara eller ångra de osparade ändringarna först.'
              : 'En fil nedladdad från den här versionen. Ändrade celler sparas direkt; hittas fel sparas ingenting.'}
          </span>
          <input
            key={inputKey}
            id={FILE_INPUT_ID}
            type="file"
            className="field__file"
            accept={`.xlsx,${XLSX_MEDIA_TYPE}`}
            aria-describedby={`${FILE_INPUT_ID}-hint`}
            disabled={busy || unsavedEdits}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
            }}
          />
        </div>
      ) : null}
      <div role="status">
        {busy ? <p className="loading">Läser in filen …</p> : null}
        {outcome?.kind === 'imported' ? (
          <p className="message message--success">
            {outcome.changed === 1
              ? '1 cell ändrades.'
              : `${String(outcome.changed)} celler ändrades.`}
          </p>
        ) : null}
      </div>
      {outcome?.kind === 'failed' ? (
        <div role="alert" className="message message--error">
          <p className="message__text">{outcome.message}</p>
          {problems.length > 0 ? (
            <ul>
              {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
              {problems.length > SHOWN_PROBLEMS ? (
                <li>… och {problems.length - SHOWN_PROBLEMS} till.</li>
              ) : null}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
