import { useId } from 'react';
import type { UnitReport } from '#contract/follow-up';
import { formatTkr } from '#domain/kernel/format';
import { sumOre, type Ore } from '#domain/kernel/money';
import { ACCOUNT_GROUP_NAMES_SV, type AccountGroup } from '#domain/ledger/account-group';
import { AmountCell, NotApplicableCell } from '../../ui/Amount';
import { AmountHeads, TkrTable } from '../../ui/TkrTable';
import {
  forecastField,
  forecastOf,
  forecastOriginSv,
  forecastSum,
  standingForecast,
  standingSourceSv,
  type ReportDraft,
  type ReportErrors,
} from './report-form';

type ReportGroup = UnitReport['groups'][number];
type Proposal = ReportGroup['proposals'][number];

/** The forecast as typed, with what stands without a figure, or the method, and an error. */
function ForecastInput({
  group,
  draft,
  error,
  onType,
}: {
  readonly group: ReportGroup;
  readonly draft: ReportDraft;
  readonly error: string | undefined;
  readonly onType: (text: string) => void;
}) {
  const id = useId();
  const typed = forecastOf(draft, group.accountGroup);
  const standing = standingForecast(group, draft);
  const hint =
    typed.text.trim() === ''
      ? standing === null
        ? null
        : `Gäller nu: ${formatTkr(standing)} (${standingSourceSv(group)})`
      : `Metod: ${forecastOriginSv(typed.method)}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <td className="amount forecast-cell">
      <input
        id={id}
        className={error ? 'budget-grid__input budget-grid__input--invalid' : 'budget-grid__input'}
        inputMode="numeric"
        autoComplete="off"
        aria-label={`Prognos helår ${ACCOUNT_GROUP_NAMES_SV[group.accountGroup]}, tkr`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        value={typed.text}
        onChange={(event) => {
          onType(event.target.value);
        }}
      />
      {hint ? (
        <span id={`${id}-hint`} className="field__hint forecast-cell__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field__error forecast-cell__hint">
          <span className="visually-hidden">Fel: </span>
          {error}
        </span>
      ) : null}
    </td>
  );
}

/** The proposals for a group, each a button labelled with its method and its figure. */
function Proposals({
  group,
  onTake,
}: {
  readonly group: ReportGroup;
  readonly onTake: (proposal: Proposal) => void;
}) {
  const id = useId();
  const groupName = ACCOUNT_GROUP_NAMES_SV[group.accountGroup];
  return (
    <td className="proposal-cell">
      <ul className="proposal-list">
        {group.proposals.map((proposal, index) => {
          const explanationId = `${id}-${String(index)}`;
          return (
            <li key={proposal.method} className="proposal-list__item">
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={proposal.amount === null}
                aria-describedby={explanationId}
                onClick={() => {
                  onTake(proposal);
                }}
              >
                Ta förslaget: {proposal.label}
                {proposal.amount === null ? '' : ` ${formatTkr(proposal.amount)}`}
                <span className="visually-hidden">, {groupName}</span>
              </button>
              <span id={explanationId} className="field__hint">
                {proposal.explanation}
              </span>
            </li>
          );
        })}
      </ul>
    </td>
  );
}

/** The forecast that stands: this month's, else the previous report's, else the budget. */
const shownForecast = (group: ReportGroup): Ore =>
  group.forecast?.amount ?? group.previousForecast ?? group.budget;

const total = (groups: readonly ReportGroup[], pick: (group: ReportGroup) => Ore): Ore =>
  sumOre(groups.map(pick));

/**
 * Prognos för helåret per account group: the budget and actual to date, the full-year budget,
 * the previous report's forecast, and the forecast (a field with the proposals beside it, or
 * the saved figure when it cannot be changed); the sum follows what is typed.
 */
export function ForecastTable({
  report,
  draft,
  editable,
  errors,
  onType,
  onTake,
}: {
  readonly report: UnitReport;
  readonly draft: ReportDraft;
  readonly editable: boolean;
  readonly errors: ReportErrors;
  readonly onType: (group: AccountGroup, text: string) => void;
  readonly onTake: (group: AccountGroup, proposal: Proposal) => void;
}) {
  const groups = report.groups;
  const previous = groups.flatMap((group) =>
    group.previousForecast === null ? [] : [group.previousForecast],
  );
  const previousSum = previous.length === groups.length ? sumOre(previous) : null;
  const sum = editable ? forecastSum(report, draft) : sumOre(groups.map(shownForecast));
  return (
    <TkrTable
      className="forecast-table"
      caption={`Prognos för helåret per kontogrupp, ${report.orgUnit.name}`}
      labelHeader="Kontogrupp"
      heads={
        <>
          <AmountHeads
            labels={[
              'Budget ack.',
              'Utfall ack.',
              'Budget helår',
              'Föregående prognos',
              'Prognos helår',
            ]}
          />
          {editable ? (
            <th scope="col" className="figures-table__label-head">
              Förslag
            </th>
          ) : null}
        </>
      }
    >
      <tbody>
        {groups.map((group) => (
          <tr key={group.accountGroup}>
            <th scope="row">{ACCOUNT_GROUP_NAMES_SV[group.accountGroup]}</th>
            <AmountCell value={group.budgetYearToDate} />
            <AmountCell value={group.actualYearToDate} />
            <AmountCell value={group.budget} />
            {group.previousForecast === null ? (
              <NotApplicableCell reason="ingen tidigare prognos" />
            ) : (
              <AmountCell value={group.previousForecast} />
            )}
            {editable ? (
              <>
                <ForecastInput
                  group={group}
                  draft={draft}
                  error={errors[forecastField(group.accountGroup)]}
                  onType={(text) => {
                    onType(group.accountGroup, text);
                  }}
                />
                <Proposals
                  group={group}
                  onTake={(proposal) => {
                    onTake(group.accountGroup, proposal);
                  }}
                />
              </>
            ) : (
              <AmountCell value={shownForecast(group)} />
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="row--total">
          <th scope="row">Summa</th>
          <AmountCell value={total(groups, (group) => group.budgetYearToDate)} />
          <AmountCell value={total(groups, (group) => group.actualYearToDate)} />
          <AmountCell value={total(groups, (group) => group.budget)} />
          {previousSum === null ? (
            <NotApplicableCell reason="inte alla kontogrupper har en tidigare prognos" />
          ) : (
            <AmountCell value={previousSum} />
          )}
          {sum === null ? (
            <NotApplicableCell reason="en prognos är inte ett helt tal i tkr" />
          ) : (
            <AmountCell value={sum} />
          )}
          {editable ? <td /> : null}
        </tr>
      </tfoot>
    </TkrTable>
  );
}
