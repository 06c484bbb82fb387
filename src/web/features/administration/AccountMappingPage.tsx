import { useState } from 'react';
import {
  getAccountMapping,
  saveAccountMapping,
  type AccountMapping,
} from '#contract/administration';
import {
  ACCOUNT_GROUP_NAMES_SV,
  ACCOUNT_GROUPS,
  type AccountGroup,
} from '#domain/ledger/account-group';
import { formatInteger } from '#domain/kernel/format';
import { apiGet, apiPost } from '../../api/client';
import { useApiGet } from '../../api/use-api';
import { useSubmit } from '../../api/use-submit';
import { useSelectedBoard } from '../../app/board-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { SubmitForm } from '../../ui/FormFields';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { saveOrReread } from './edit-conflict';
import { EditConflictNote } from './EditConflictNote';

const NO_QUERY = {};

interface RangeRow {
  readonly key: number;
  readonly from: string;
  readonly to: string;
  readonly group: AccountGroup;
}

let nextKey = 0;
const rowsOf = (mapping: AccountMapping): RangeRow[] =>
  mapping.ranges.map((range) => ({ ...range, key: (nextKey += 1) }));

const rangesOf = (rows: readonly RangeRow[]) =>
  rows.map(({ from, to, group }) => ({ from, to, group }));

/** "3000–3999 Verksamhetens intäkter" */
const rangeSv = (range: AccountMapping['ranges'][number]) =>
  `${range.from}–${range.to} ${ACCOUNT_GROUP_NAMES_SV[range.group]}`;

function MappingForm({
  municipalityId,
  mapping,
  onSaved,
}: {
  readonly municipalityId: string;
  readonly mapping: AccountMapping;
  readonly onSaved: (mapping: AccountMapping) => void;
}) {
  const [rows, setRows] = useState(() => rowsOf(mapping));
  // The mapping as read (or read again after a refused save): its revision is the save's base.
  const [base, setBase] = useState(mapping);
  const [conflict, setConflict] = useState<AccountMapping | null>(null);
  const submission = useSubmit('Kontogrupperingen kunde inte sparas.');
  const change = (key: number, patch: Partial<RangeRow>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  };
  const submit = async () => {
    const body = { ranges: rangesOf(rows), baseRevision: base.revision };
    const outcome = await submission.run(() =>
      saveOrReread(
        () => apiPost(saveAccountMapping, { municipalityId }, NO_QUERY, body),
        () => apiGet(getAccountMapping, { municipalityId }, NO_QUERY),
      ),
    );
    if (!outcome) return;
    if (outcome.kind === 'saved') {
      onSaved(outcome.answer);
      return;
    }
    // The user's rows stay; the other's are shown, and saving again replaces them.
    setBase(outcome.fresh);
    setConflict(outcome.fresh);
  };
  return (
    <SubmitForm className="account-mapping" busy={submission.busy} onSubmit={submit}>
      {submission.failure ? <ErrorAlert message={submission.failure} /> : null}
      {conflict ? (
        <EditConflictNote
          what="kontogrupperingen"
          saved={conflict}
          onTakeSaved={() => {
            setRows(rowsOf(conflict));
            setConflict(null);
          }}
        >
          <p>Sparade intervall: {conflict.ranges.map(rangeSv).join('; ')}.</p>
        </EditConflictNote>
      ) : null}
      <div className="table-frame">
        <table className="data-table">
          <caption>Kontointervall och kontogrupp</caption>
          <thead>
            <tr>
              <th scope="col">Rad</th>
              <th scope="col">Från konto</th>
              <th scope="col">Till konto</th>
              <th scope="col">Kontogrupp</th>
              <th scope="col">
                <span className="visually-hidden">Åtgärd</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const line = `rad ${String(index + 1)}`;
              return (
                <tr key={row.key}>
                  <td className="amount">{index + 1}</td>
                  <td>
                    <input
                      className="field__input field__input--short"
                      inputMode="numeric"
                      aria-label={`Från konto, ${line}`}
                      value={row.from}
                      onChange={(event) => {
                        change(row.key, { from: event.target.value });
                      }}
                    />
                  </td>
                  <td>
                    <input
                      className="field__input field__input--short"
                      inputMode="numeric"
                      aria-label={`Till konto, ${line}`}
                      value={row.to}
                      onChange={(event) => {
                        change(row.key, { to: event.target.value });
                      }}
                    />
                  </td>
                  <td>
                    <select
                      className="field__select"
                      aria-label={`Kontogrupp, ${line}`}
                      value={row.group}
                      onChange={(event) => {
                        change(row.key, { group: event.target.value as AccountGroup });
                      }}
                    >
                      {ACCOUNT_GROUPS.map((group) => (
                        <option key={group} value={group}>
                          {ACCOUNT_GROUP_NAMES_SV[group]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        setRows((current) => current.filter((other) => other.key !== row.key));
                      }}
                    >
                      Ta bort<span className="visually-hidden"> {line}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setRows((current) => [
              ...current,
              { key: (nextKey += 1), from: '', to: '', group: 'other_costs' },
            ]);
          }}
        >
          Lägg till intervall
        </button>
        <button type="submit" className="button button--primary" disabled={submission.busy}>
          {submission.busy ? 'Sparar …' : 'Spara kontogrupperingen'}
        </button>
      </div>
    </SubmitForm>
  );
}

function MappingSummary({ mapping }: { readonly mapping: AccountMapping }) {
  const count = (group: AccountGroup | null) =>
    mapping.accountCounts.find((row) => row.group === group)?.count ?? 0;
  return (
    <section className="section" aria-labelledby="mapping-summary-title">
      <h3 id="mapping-summary-title" className="section__title">
        Kontoplanen efter grupperingen
      </h3>
      <div className="table-frame">
        <table className="data-table">
          <caption className="visually-hidden">Antal konton per kontogrupp</caption>
          <thead>
            <tr>
              <th scope="col">Kontogrupp</th>
              <th scope="col" className="amount-head">
                Konton
              </th>
            </tr>
          </thead>
          <tbody>
            {ACCOUNT_GROUPS.map((group) => (
              <tr key={group}>
                <th scope="row">{ACCOUNT_GROUP_NAMES_SV[group]}</th>
                <td className="amount">{formatInteger(count(group))}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Utanför driftredovisningen (balanskonton)</th>
              <td className="amount">{formatInteger(count(null))}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {mapping.unmappedResultAccounts.length > 0 ? (
        <InfoNote>
          Resultatkonton utan kontogrupp kommer inte med i driftredovisningen:{' '}
          {mapping.unmappedResultAccounts
            .slice(0, 12)
            .map((account) => `${account.number} ${account.name}`)
            .join(', ')}
          {mapping.unmappedResultAccounts.length > 12
            ? ` och ${String(mapping.unmappedResultAccounts.length - 12)} till`
            : ''}
          .
        </InfoNote>
      ) : null}
    </section>
  );
}

/** Kontogruppering: which accounts make each line of the operating statement. */
export function AccountMappingPage() {
  useDocumentTitle('Kontogruppering – Administration');
  const { municipality } = useSelectedBoard();
  const { state, retry } = useApiGet(
    getAccountMapping,
    { municipalityId: municipality.id },
    NO_QUERY,
  );
  const [saved, setSaved] = useState<{ mapping: AccountMapping; version: number } | null>(null);
  const mapping = saved?.mapping ?? (state.status === 'success' ? state.data : null);
  return (
    <section aria-labelledby="account-mapping-title">
      <h2 id="account-mapping-title" className="section__title">
        Kontogruppering
      </h2>
      <p className="section__intro">
        Kontointervallen avgör vilken rad i driftredovisningen ett konto hamnar på. Ett konto
        jämförs på lika många siffror som gränserna har: 50101 ligger i 5000–5999. När du sparar
        grupperas alla konton om, och utfallet i driftredovisningen följer med direkt. Budgeten
        ligger kvar på de kontogrupper den lades på.
      </p>
      {saved ? (
        <p role="status" className="message message--success">
          Kontogrupperingen är sparad och kontona är omgrupperade.
        </p>
      ) : null}
      {state.status === 'loading' ? (
        <LoadingMessage>Hämtar kontogrupperingen …</LoadingMessage>
      ) : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {mapping ? (
        <>
          <MappingForm
            key={saved?.version ?? 0}
            municipalityId={municipality.id}
            mapping={mapping}
            onSaved={(next) => {
              setSaved((current) => ({ mapping: next, version: (current?.version ?? 0) + 1 }));
            }}
          />
          <MappingSummary mapping={mapping} />
        </>
      ) : null}
    </section>
  );
}
