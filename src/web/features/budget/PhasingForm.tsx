import { useState } from 'react';
import type { BudgetGrid } from '#contract/budget';
import {
  PHASING_KIND_NAMES_SV,
  PHASING_KINDS,
  saveLinePhasing,
  type LinePhasing,
} from '#contract/budget-phasing';
import { formatTkr } from '#domain/kernel/format';
import { sumOre } from '#domain/kernel/money';
import { MONTH_NAMES_SV, MONTHS } from '#domain/kernel/period';
import { ACCOUNT_GROUP_NAMES_SV } from '#domain/ledger/account-group';
import { apiPost } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { AmountCell } from '../../ui/Amount';
import { AmountInputCell } from './AmountInputCell';
import { CheckboxField, RadioGroup, SubmitForm } from '../../ui/FormFields';
import { ErrorAlert } from '../../ui/StatusMessages';
import { refreshOnEditConflict } from './edit-conflict';
import { phasingDraftOf, readPhasing, type PhasingDraft } from './phasing-form';

const monthName = (index: number) => {
  const name = MONTH_NAMES_SV[MONTHS[index] ?? 1];
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** The months of one line now, as the chosen profile would give them, and last year's. */
export function PhasingForm({
  grid,
  line,
  editable,
  onSaved,
  onStale,
}: {
  readonly grid: BudgetGrid;
  readonly line: LinePhasing;
  readonly editable: boolean;
  readonly onSaved: (line: LinePhasing) => void;
  /** Another's save of the version came first: read it again (the profile chosen stays). */
  readonly onStale: () => Promise<void>;
}) {
  const { municipality, board } = useSelectedBoard();
  const [draft, setDraft] = useState<PhasingDraft>(() => phasingDraftOf(line));
  const [allUnits, setAllUnits] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const submission = useSubmit('Periodiseringen kunde inte sparas.');
  const read = readPhasing(line, draft);
  const groupName = ACCOUNT_GROUP_NAMES_SV[line.accountGroup].toLowerCase();

  const submit = async () => {
    if (!read.profile) return;
    const profile = read.profile;
    const answer = await submission.run(() =>
      refreshOnEditConflict(
        () =>
          apiPost(
            saveLinePhasing,
            { municipalityId: municipality.id, boardId: board.id, versionId: grid.version.id },
            {},
            {
              baseRevision: grid.version.revision,
              orgUnitId: line.orgUnitId,
              accountGroup: line.accountGroup,
              year: line.year,
              profile,
              scope: allUnits ? 'account-group' : 'line',
            },
          ),
        onStale,
      ),
    );
    if (answer) {
      setSaved(
        answer.linesChanged === 1
          ? 'Periodiseringen är sparad.'
          : `Periodiseringen är sparad för ${String(answer.linesChanged)} enheter.`,
      );
      onSaved(answer.line);
    }
  };

  const table = (
    <div className="table-frame">
      <table className="data-table">
        <caption>Månadsbelopp {line.year}, tkr</caption>
        <thead>
          <tr>
            <th scope="col">Månad</th>
            <th scope="col" className="amount-head">
              Budget nu ({PHASING_KIND_NAMES_SV[line.kind].toLowerCase()})
            </th>
            {editable ? (
              <th scope="col" className="amount-head">
                Med vald fördelning
              </th>
            ) : null}
            <th scope="col" className="amount-head">
              Utfall {line.year - 1}
            </th>
            {editable && draft.kind === 'weights' ? <th scope="col">Vikt</th> : null}
          </tr>
        </thead>
        <tbody>
          {MONTHS.map((month, index) => (
            <tr key={month}>
              <th scope="row">{monthName(index)}</th>
              <AmountCell value={line.months[index] ?? sumOre([])} />
              {editable ? (
                read.months ? (
                  <AmountCell value={read.months[index] ?? sumOre([])} />
                ) : (
                  <td className="amount">–</td>
                )
              ) : null}
              <AmountCell value={line.lastYearActuals[index] ?? sumOre([])} />
              {editable && draft.kind === 'weights' ? (
                <AmountInputCell
                  label={`Vikt ${MONTH_NAMES_SV[month]}`}
                  invalid={Boolean(read.errors[String(index)])}
                  value={draft.weights[index] ?? ''}
                  onChange={(text) => {
                    setSaved(null);
                    setDraft({
                      ...draft,
                      weights: draft.weights.map((weight, at) => (at === index ? text : weight)),
                    });
                  }}
                />
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="row--total">
            <th scope="row">Summa</th>
            <AmountCell value={sumOre(line.months)} />
            {editable ? (
              <td className="amount">{read.months ? formatTkr(sumOre(read.months)) : '–'}</td>
            ) : null}
            <AmountCell value={sumOre(line.lastYearActuals)} />
            {editable && draft.kind === 'weights' ? <td /> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );

  if (!editable) return table;
  return (
    <SubmitForm className="stacked-form phasing-form" busy={submission.busy} onSubmit={submit}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      <RadioGroup
        name="phasing-kind"
        legend="Fördelning över månaderna"
        value={draft.kind}
        options={PHASING_KINDS.map((kind) => ({ value: kind, label: PHASING_KIND_NAMES_SV[kind] }))}
        onChange={(kind) => {
          setSaved(null);
          setDraft({ ...draft, kind });
        }}
      />
      {table}
      {Object.values(read.errors).length > 0 ? (
        <p className="field__error" role="alert">
          {read.errors.all ?? 'Vikterna ska vara hela tal, 0 eller större.'}
        </p>
      ) : null}
      <CheckboxField
        id="phasing-all-units"
        label={`Använd fördelningen för alla enheters ${groupName} ${String(line.year)}`}
        hint="Förra årets utfall läses då för varje enhet för sig."
        checked={allUnits}
        onChange={setAllUnits}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={submission.busy || read.profile === null}
        >
          {submission.busy ? 'Sparar …' : 'Spara periodiseringen'}
        </button>
        <span className="form-actions__hint" role="status">
          {saved ?? ''}
        </span>
      </div>
    </SubmitForm>
  );
}
