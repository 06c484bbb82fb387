import { useEffect, useRef, useState, type ReactNode } from 'react';
import { codeAndNameSv } from '#contract/import-messages-sv';
import type { ImportOutcome } from '#contract/ledger-import';
import { proposeCsvColumns, type CsvHeaderProposal } from '#domain/ledger/csv/csv-column-proposal';
import { RadioGroup } from '../../ui/FormFields';
import type { SelectOption } from '../../ui/SelectField';
import { ErrorAlert, InfoNote } from '../../ui/StatusMessages';
import { AdvancedFields } from './AdvancedFields';
import { CsvColumnFields } from './CsvColumnFields';
import { FileField } from './FileField';
import {
  fieldId,
  guessFormat,
  initialImportForm,
  jobOptions,
  validateImportForm,
  withProposedColumns,
  type ImportForm as ImportFormState,
  type ImportSettings,
  type LedgerFormat,
  type TargetKind,
} from './import-form';
import { ImportProgress } from './ImportProgress';
import { readHeaderRow } from './read-text-file';
import { CheckResult, CommitResult, RESULT_HEADING_ID } from './ImportResult';
import { TargetFields } from './TargetFields';
import { useImportRun, type ImportRun } from './use-import-run';

export interface ImportFormProps {
  /** The municipality chosen in the header; null when there is none yet. */
  readonly municipality: { readonly id: string; readonly name: string } | null;
  readonly settings: ImportSettings | null;
  /** After a committed import: refresh what shows the municipality's data. */
  readonly onImported: (outcome: ImportOutcome, target: TargetKind) => void;
  /** Links to show with the success message (e.g. to the statement). */
  readonly committedLinks: (outcome: ImportOutcome) => ReactNode;
}

const ADVANCED_FIELDS = /^(encoding|unitDimension|defaultUnitCode|createUnits|mapping|accountMap)/;

/** The outcome of the latest check or import, or why there is none. */
function RunResult({
  run,
  checkApplies,
  committedLinks,
}: {
  readonly run: ImportRun;
  readonly checkApplies: boolean;
  readonly committedLinks: ImportFormProps['committedLinks'];
}) {
  if (run.step === 'failed') {
    return (
      <div id={RESULT_HEADING_ID} tabIndex={-1} className="result">
        <ErrorAlert message={run.message} />
      </div>
    );
  }
  if (run.step !== 'done') return null;
  if (run.dryRun) {
    return checkApplies ? (
      <CheckResult outcome={run.outcome} dryRun />
    ) : (
      <InfoNote>
        Filen eller inställningarna har ändrats sedan granskningen. Granska igen innan du läser in.
      </InfoNote>
    );
  }
  if (run.outcome.status !== 'committed')
    return <CheckResult outcome={run.outcome} dryRun={false} />;
  return <CommitResult outcome={run.outcome}>{committedLinks(run.outcome)}</CommitResult>;
}

/** Choose a file and how to read it, Granska, then Läs in. */
export function ImportForm({
  municipality,
  settings,
  onImported,
  committedLinks,
}: ImportFormProps) {
  const [form, setForm] = useState<ImportFormState>(() => initialImportForm(settings));
  const [file, setFile] = useState<File | null>(null);
  /** Counts the files chosen: a check applies to the file it checked, not to one of the same name. */
  const [fileVersion, setFileVersion] = useState(0);
  /** Changes to empty the file input after an import. */
  const [fileInputKey, setFileInputKey] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  /** The chosen file's header row, read as a proposal for the CSV columns. */
  const [headerProposal, setHeaderProposal] = useState<CsvHeaderProposal | null>(null);
  /** The latest file chosen, so a slow read of an earlier file's header is not used. */
  const latestFile = useRef<File | null>(null);
  const { run, start } = useImportRun();

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const errors = showErrors ? validateImportForm(form, file) : {};
  const options = jobOptions(form, municipality?.id ?? null);
  const signature = JSON.stringify([fileVersion, options]);
  const busy = run.step === 'uploading' || run.step === 'running';
  const checkApplies = run.step === 'done' && run.dryRun && run.signature === signature;
  const canImport =
    checkApplies && run.outcome.status === 'checked' && run.outcome.issues.length === 0;
  const units: SelectOption[] | null =
    form.target === 'existing' && settings
      ? settings.units.map((unit) => ({ value: unit.code, label: codeAndNameSv(unit) }))
      : null;

  const change = (patch: Partial<ImportFormState>): void => {
    setForm((current) => ({ ...current, ...patch }));
  };

  const submit = async (dryRun: boolean): Promise<void> => {
    const found = validateImportForm(form, file);
    const first = Object.keys(found)[0];
    if (first !== undefined || !file) {
      setShowErrors(true);
      if (first !== undefined && ADVANCED_FIELDS.test(first)) setAdvancedOpen(true);
      setFocusId(fieldId(first ?? 'file'));
      return;
    }
    setShowErrors(false);
    const outcome = await start({ file, options, dryRun, signature });
    setFocusId(RESULT_HEADING_ID);
    if (outcome?.status !== 'committed') return;
    setFile(null);
    setFileVersion((version) => version + 1);
    setFileInputKey((key) => key + 1);
    // The file inputs are emptied: what was read from them goes too.
    if (form.target === 'new') setForm(initialImportForm(settings));
    else change({ accountMap: null });
    onImported(outcome, form.target);
  };

  return (
    <>
      <form
        className="import-form"
        noValidate
        aria-labelledby="import-form-heading"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(true);
        }}
      >
        <h2 id="import-form-heading" className="section__title">
          Läs in bokföring
        </h2>
        <TargetFields
          municipalityName={municipality?.name ?? null}
          form={form}
          errors={errors}
          onChange={(patch) => {
            // A new municipality has none of this one's units: its default unit is a new code.
            const target = patch.target;
            if (target === undefined) change(patch);
            else {
              const defaultUnitCode = target === 'new' ? '' : (settings?.defaultUnitCode ?? '');
              change({ ...patch, defaultUnitCode });
            }
          }}
        />
        <FileField
          field="file"
          label="Fil med bokföring"
          hint="SIE 4 (.se, .si, .sie) eller CSV (.csv, .txt), högst 2 GB."
          accept=".se,.si,.sie,.csv,.txt"
          inputKey={fileInputKey}
          error={errors.file}
          onChoose={(chosen) => {
            setFile(chosen);
            setFileVersion((version) => version + 1);
            setHeaderProposal(null);
            latestFile.current = chosen;
            const format = (chosen ? guessFormat(chosen.name) : null) ?? form.format;
            change({ format });
            if (!chosen) return;
            void readHeaderRow(chosen).then((row) => {
              if (latestFile.current !== chosen || row === null) return;
              const proposal = proposeCsvColumns(row);
              setHeaderProposal(proposal);
              if (format === 'csv') {
                setForm((current) => ({
                  ...current,
                  csv: withProposedColumns(current.csv, proposal),
                }));
              }
            });
          }}
        />
        <RadioGroup<LedgerFormat>
          name={fieldId('format')}
          legend="Format"
          hint="Väljs efter filens ändelse; ändra om det blev fel."
          value={form.format}
          options={[
            { value: 'sie', label: 'SIE 4' },
            { value: 'csv', label: 'CSV' },
          ]}
          onChange={(format) => {
            if (format === 'csv' && headerProposal) {
              change({ format, csv: withProposedColumns(form.csv, headerProposal) });
            } else change({ format });
          }}
        />
        {form.format === 'csv' ? (
          <CsvColumnFields
            value={form.csv}
            fileHeaders={headerProposal?.headers ?? null}
            errors={errors}
            onChange={(csv) => {
              change({ csv });
            }}
          />
        ) : null}
        <AdvancedFields
          form={form}
          units={units}
          errors={errors}
          open={advancedOpen}
          onToggle={setAdvancedOpen}
          onChange={change}
          onFocus={setFocusId}
          fileInputKey={fileInputKey}
        />
        <div className="form-actions">
          <button
            type="submit"
            className={canImport ? 'button button--secondary' : 'button button--primary'}
            disabled={busy}
          >
            Granska
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!canImport || busy}
            aria-describedby="import-commit-hint"
            onClick={() => {
              void submit(false);
            }}
          >
            Läs in
          </button>
          <p id="import-commit-hint" className="form-actions__hint">
            {canImport
              ? 'Filens månader ersätter deras tidigare utfall. Importen kan ångras.'
              : 'Läs in går att välja när filen har granskats utan problem.'}
          </p>
        </div>
      </form>
      <ImportProgress run={run} />
      <RunResult run={run} checkApplies={checkApplies} committedLinks={committedLinks} />
    </>
  );
}
