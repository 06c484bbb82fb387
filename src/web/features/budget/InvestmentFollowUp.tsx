import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { getInvestmentFollowUp, type InvestmentFollowUpDto } from '#contract/investment-budget';
import { MONTH_NAMES_SV, MONTHS, toMonth, type Month } from '#domain/kernel/period';
import { shownData, useApiGet } from '../../api/use-api';
import { useSelectedBoard } from '../../app/board-context';
import { useCan } from '../../app/session-context';
import { SelectField } from '../../ui/SelectField';
import { ErrorAlert, InfoNote, LoadingMessage } from '../../ui/StatusMessages';
import { useSearchParamChange } from '../../ui/use-search-param-change';
import { FollowUpTable } from './InvestmentFollowUpTable';
import { InvestmentLinksEditor } from './InvestmentLinksEditor';

/** The report month in the address: ?manad=8, as on the operating statement. */
const MONTH_PARAM = 'manad';

/**
 * The investment follow-up of a year on the Budget page: the lines of the budget the
 * follow-up uses, with the actual year to date and full-year forecast entered per report
 * month (chosen here, kept in the address). The actuals are the ledger's through the lines'
 * links, with an adjustment entered by hand.
 */
export function InvestmentFollowUp({ year }: { readonly year: number }) {
  const { municipality, board } = useSelectedBoard();
  const can = useCan();
  const [searchParams] = useSearchParams();
  const changeSearchParams = useSearchParamChange();
  const asked = Number(searchParams.get(MONTH_PARAM));
  const month: Month | undefined = asked >= 1 && asked <= 12 ? toMonth(asked) : undefined;
  const { state, retry } = useApiGet(
    getInvestmentFollowUp,
    { municipalityId: municipality.id, boardId: board.id },
    month === undefined ? { year } : { year, month },
  );
  const [saved, setSaved] = useState<InvestmentFollowUpDto | null>(null);
  const loaded = shownData(state);
  const followUp =
    saved && saved.year === loaded?.year && saved.month === loaded.month ? saved : loaded;
  const entered = new Set(followUp?.monthsEntered ?? []);
  const shownMonth = followUp?.month ?? month ?? toMonth(1);

  return (
    <section className="section" aria-labelledby="investment-follow-up-title">
      <h2 id="investment-follow-up-title" className="section__title">
        Investeringar {year}: utfall och prognos
      </h2>
      <p className="section__intro">
        Utfall hittills i år och prognos för helåret per investeringsrad i budgeten som används i
        uppföljningen. Bokfört är bokföringens transaktioner på radens projekt och tillgångskonton
        (välj beloppet för att se verifikaten); en justering läggs till det bokförda, och för en rad
        utan koppling till bokföringen anges utfallet här. Utan ny prognos gäller förra månadens,
        annars budgeten.
      </p>
      <div className="period-controls">
        <SelectField
          label="Rapportmånad"
          value={String(shownMonth)}
          options={MONTHS.map((candidate) => ({
            value: String(candidate),
            label: `${MONTH_NAMES_SV[candidate]}${entered.has(candidate) ? ' (ifylld)' : ''}`,
          }))}
          onChange={(value) => {
            setSaved(null);
            changeSearchParams((next) => {
              next.set(MONTH_PARAM, value);
            });
          }}
        />
      </div>
      {state.status === 'loading' && !followUp ? (
        <LoadingMessage>Hämtar investeringarnas utfall och prognos …</LoadingMessage>
      ) : null}
      {state.status === 'error' ? (
        <ErrorAlert message={state.message} onRetry={state.retryable ? retry : undefined} />
      ) : null}
      {followUp && !followUp.version ? (
        <InfoNote>Det finns ingen beslutad budget i uppföljningen för {year}.</InfoNote>
      ) : null}
      {followUp?.version && followUp.lines.length === 0 ? (
        <InfoNote>Budgeten för {year} har inga investeringsrader.</InfoNote>
      ) : null}
      {followUp?.version && followUp.lines.length > 0 ? (
        <div aria-busy={state.status === 'loading'}>
          <FollowUpTable
            key={`${String(followUp.year)}-${String(followUp.month)}-${followUp.version.id}`}
            followUp={followUp}
            editable={can('budget:edit')}
            onSaved={setSaved}
          />
          <InvestmentLinksEditor
            followUp={followUp}
            editable={can('budget:edit')}
            onSaved={() => {
              // The booked actuals follow the links: read the month again.
              setSaved(null);
              retry();
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
