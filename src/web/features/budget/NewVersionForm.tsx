import { useState } from 'react';
import { createBudgetVersion, type BudgetGrid, type BudgetVersion } from '#contract/budget';
import { parsePercentToBasisPoints } from '#domain/kernel/parse';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { RadioGroup, SelectInput, TextField } from '../../ui/FormFields';
import { FormSection } from '../../ui/FormSection';
import { BUDGET_STATUS_NAMES_SV } from '#contract/budget';

type SourceKind = 'budget' | 'actuals' | 'empty';

/**
 * Ny budgetversion: a name, where its figures start from (a budget version, a year's actuals,
 * or nothing) and an uplift in percent applied to every cell.
 */
export function NewVersionForm({
  budgetYear,
  sources,
  onCreated,
  onCancel,
}: {
  readonly budgetYear: number;
  /** Versions to start from: this budget year's and last year's. */
  readonly sources: readonly BudgetVersion[];
  readonly onCreated: (grid: BudgetGrid) => void;
  readonly onCancel: () => void;
}) {
  const { municipality, board } = useSelectedBoard();
  const [name, setName] = useState(`Förslag ${String(budgetYear)}`);
  const [kind, setKind] = useState<SourceKind>(sources.length > 0 ? 'budget' : 'actuals');
  const [versionId, setVersionId] = useState(sources[0]?.id ?? '');
  const [actualsYear, setActualsYear] = useState(String(budgetYear - 2));
  const [uplift, setUplift] = useState('0');
  const [upliftError, setUpliftError] = useState<string | undefined>();
  const submission = useSubmit('Budgetversionen kunde inte skapas.');

  const submit = async () => {
    const parsed = parsePercentToBasisPoints(uplift);
    if (parsed.kind === 'invalid') {
      setUpliftError('Ange uppräkningen i procent med högst två decimaler, t.ex. 2,5.');
      document.getElementById('new-version-uplift')?.focus();
      return;
    }
    setUpliftError(undefined);
    const source =
      kind === 'budget'
        ? { kind, versionId }
        : kind === 'actuals'
          ? { kind, year: Number(actualsYear) }
          : { kind };
    const grid = await submission.run(() =>
      apiPost(
        createBudgetVersion,
        { municipalityId: municipality.id, boardId: board.id },
        {},
        {
          budgetYear,
          name,
          source,
          upliftBasisPoints: parsed.kind === 'number' ? parsed.value : 0,
        },
      ),
    );
    if (grid) onCreated(grid);
  };

  return (
    <FormSection
      level={2}
      headingId="new-version-title"
      title={`Ny budgetversion för ${String(budgetYear)}`}
      submission={submission}
      onSubmit={submit}
      submitLabel="Skapa budgetversion"
      busyLabel="Skapar …"
      onCancel={onCancel}
    >
      <TextField
        id="new-version-name"
        label="Namn"
        value={name}
        error={submission.fieldErrors.name}
        required
        onChange={setName}
      />
      <RadioGroup
        name="new-version-source"
        legend="Utgå från"
        value={kind}
        options={[
          ...(sources.length > 0 ? [{ value: 'budget' as const, label: 'En budgetversion' }] : []),
          { value: 'actuals', label: 'Ett års utfall' },
          { value: 'empty', label: 'Tomt' },
        ]}
        onChange={setKind}
      />
      {kind === 'budget' ? (
        <SelectInput
          id="new-version-from"
          label="Budgetversion"
          hint="Från förra årets budget tas budgetåret som start för alla tre åren."
          value={versionId}
          options={sources.map((source) => ({
            value: source.id,
            label: `${source.name} (${String(source.budgetYear)}, ${BUDGET_STATUS_NAMES_SV[source.status].toLowerCase()})`,
          }))}
          onChange={setVersionId}
        />
      ) : null}
      {kind === 'actuals' ? (
        <TextField
          id="new-version-actuals-year"
          label="Utfallsår"
          size="short"
          inputMode="numeric"
          value={actualsYear}
          error={submission.fieldErrors['source.year']}
          onChange={setActualsYear}
        />
      ) : null}
      {kind === 'empty' ? null : (
        <TextField
          id="new-version-uplift"
          label="Uppräkning (procent)"
          hint="Läggs på varje cell, som sedan avrundas till hela tkr. 0 för ingen uppräkning."
          size="short"
          value={uplift}
          error={upliftError ?? submission.fieldErrors.upliftBasisPoints}
          onChange={setUplift}
        />
      )}
    </FormSection>
  );
}
