import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ImportKind } from '#contract/import-history';
import { getImportSettings, listImportHistory } from '#contract/imports';
import { listHrImportHistory } from '#contract/register-imports';
import type { ImportOutcome } from '#contract/ledger-import';
import type { MunicipalitySummary } from '#contract/organisation';
import { MONTH_NAMES_SV, periodMonth, periodYear, toPeriodNumber } from '#domain/kernel/period';
import { useApiGet } from '../../api/use-api';
import { useBoardSelection, useRefreshBoards, type BoardChoice } from '../../app/board-context';
import { BOARD_PARAM, OPERATING_STATEMENT_PATH } from '../../app/navigation';
import { principalOf, useUser } from '../../app/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { decideAccess } from '#domain/access/access-policy';
import { ErrorAlert, LoadingMessage } from '../../ui/StatusMessages';
import { ImportForm } from './ImportForm';
import { ImportHistory } from './ImportHistory';
import { OtherFilesSection, type OtherFileKind } from './OtherFilesSection';
import { undoPermission } from './history-kinds';
import { CommitResult, RESULT_HEADING_ID } from './ImportResult';

const NO_QUERY = {};

/** A link to the statement of the import's last month, for the board it went to. */
function StatementLink({
  outcome,
  choices,
}: {
  readonly outcome: ImportOutcome;
  readonly choices: readonly BoardChoice[];
}) {
  const last = outcome.months.at(-1);
  const choice = choices.find((candidate) => candidate.municipality.id === outcome.municipality.id);
  // The installation admin who set up a municipality reads no figures: no link for them.
  const readsFigures = useUser().permissions.includes('statement:read');
  if (!last || !choice || !readsFigures) return null;
  const period = toPeriodNumber(last.period);
  const search = new URLSearchParams({
    ar: String(periodYear(period)),
    manad: String(periodMonth(period)),
  });
  if (choice !== choices[0]) search.set(BOARD_PARAM, choice.board.id);
  return (
    <p className="message__text">
      <Link to={{ pathname: OPERATING_STATEMENT_PATH, search: `?${search.toString()}` }}>
        Visa driftredovisningen för {choice.board.name}, {MONTH_NAMES_SV[periodMonth(period)]}{' '}
        {periodYear(period)}
      </Link>
    </p>
  );
}

/** The form and the history for a municipality that exists. */
function MunicipalityImports({
  municipality,
  choices,
  onCreated,
}: {
  readonly municipality: MunicipalitySummary;
  readonly choices: readonly BoardChoice[];
  /** An import set up a new municipality: the page goes on there. */
  readonly onCreated: (outcome: ImportOutcome) => void;
}) {
  const params = { municipalityId: municipality.id };
  const user = useUser();
  const canImport =
    decideAccess(principalOf(user), 'ledger:import', { municipalityId: municipality.id }) ===
    'allowed';
  const mayUndo = (kind: ImportKind) =>
    decideAccess(principalOf(user), undoPermission(kind), { municipalityId: municipality.id }) ===
    'allowed';
  const allows = (permission: 'ledger:history' | 'personnel:import') =>
    decideAccess(principalOf(user), permission, { municipalityId: municipality.id }) === 'allowed';
  // One who reads in the HR export only (HR) sees the HR imports only.
  const readsHistory = allows('ledger:history');
  const otherKinds: OtherFileKind[] = [
    ...(allows('personnel:import') ? (['hr'] as const) : []),
    ...(canImport ? (['placements', 'assistance', 'volumes'] as const) : []),
  ];
  const settings = useApiGet(getImportSettings, params, NO_QUERY, { skip: !canImport });
  const fullHistory = useApiGet(listImportHistory, params, NO_QUERY, { skip: !readsHistory });
  const hrHistory = useApiGet(listHrImportHistory, params, NO_QUERY, { skip: readsHistory });
  const history = readsHistory ? fullHistory : hrHistory;
  const refreshBoards = useRefreshBoards();
  const refreshHistory = history.retry;
  const onImported = useCallback(
    (outcome: ImportOutcome, target: 'existing' | 'new') => {
      if (target === 'new') {
        onCreated(outcome);
        refreshBoards();
      } else refreshHistory();
    },
    [onCreated, refreshBoards, refreshHistory],
  );

  return (
    <>
      {!canImport && !readsHistory ? null : (
        <section className="section section--first" aria-labelledby="import-form-heading">
          {!canImport ? (
            <p id="import-form-heading" className="message message--info">
              Din roll kan se tidigare importer men inte läsa in bokföring.
            </p>
          ) : settings.state.status === 'error' ? (
            <ErrorAlert
              message={settings.state.message}
              onRetry={settings.state.retryable ? settings.retry : undefined}
            />
          ) : settings.state.status === 'loading' ? (
            <LoadingMessage>Hämtar inställningarna för import …</LoadingMessage>
          ) : (
            <ImportForm
              municipality={municipality}
              settings={settings.state.data}
              onImported={onImported}
              committedLinks={(outcome) => <StatementLink outcome={outcome} choices={choices} />}
            />
          )}
        </section>
      )}
      {otherKinds.length > 0 ? (
        <OtherFilesSection
          municipalityId={municipality.id}
          kinds={otherKinds}
          onImported={refreshHistory}
        />
      ) : null}
      <section className="section" aria-labelledby="history-heading">
        <h2 id="history-heading" className="section__title">
          Tidigare importer
        </h2>
        {readsHistory ? (
          <p className="section__intro">
            Bokföringen, personalfilen (sjukfrånvaro), placeringarna, ekonomiskt bistånd, volymerna
            och åtkomstloggen. Den senaste importen av en månad är dess utfall. Ångra en import så
            får månaderna tillbaka utfallet från importen före; av de andra slagen kan den senaste
            importen av varje slag ångras.
          </p>
        ) : (
          <p className="section__intro">
            HR-systemets månadsexporter (sjukfrånvaro). Den senaste importen kan ångras: dess
            månader får då tillbaka sjukfrånvaron från importen före.
          </p>
        )}
        <ImportHistory
          municipalityId={municipality.id}
          state={history.state}
          onRetry={history.retry}
          onUndone={refreshHistory}
          mayUndo={mayUndo}
        />
      </section>
    </>
  );
}

/** Before there is any municipality: the first file makes one. */
function FirstMunicipalityImport({
  onCreated,
}: {
  readonly onCreated: (outcome: ImportOutcome) => void;
}) {
  const refreshBoards = useRefreshBoards();
  return (
    <section className="section section--first" aria-labelledby="import-form-heading">
      <ImportForm
        municipality={null}
        settings={null}
        onImported={(outcome) => {
          onCreated(outcome);
          refreshBoards();
        }}
        committedLinks={() => null}
      />
    </section>
  );
}

/** Import: the month's ledger file, checked first, then read in; earlier imports below. */
export function ImportPage() {
  useDocumentTitle('Import');
  // One who reads in the HR export only (HR) is told of that file, not of the ledger.
  const readsLedger = useUser().permissions.some(
    (permission) => permission === 'ledger:import' || permission === 'ledger:history',
  );
  const selection = useBoardSelection();
  const choices = selection.status === 'ready' ? selection.choices : [];
  const municipality = selection.status === 'ready' ? selection.selected.municipality : null;
  // An import that set up a new municipality: the page switches to it once the list of
  // municipalities has it (its form and import history), and says here what the import did.
  const [created, setCreated] = useState<ImportOutcome | null>(null);
  const [switchTo, setSwitchTo] = useState<string | null>(null);
  const onCreated = useCallback((outcome: ImportOutcome) => {
    setCreated(outcome);
    setSwitchTo(outcome.municipality.id);
  }, []);
  const createdShown = created !== null && municipality?.id === created.municipality.id;
  useEffect(() => {
    if (switchTo === null || selection.status !== 'ready') return;
    const choice = selection.choices.find((candidate) => candidate.municipality.id === switchTo);
    if (!choice) return;
    // Once: the reader may choose another board afterwards.
    setSwitchTo(null);
    if (selection.selected.municipality.id !== switchTo) selection.selectBoard(choice.board.id);
  }, [switchTo, selection]);
  useEffect(() => {
    // The form the import was made in is gone: the reader continues at what it did.
    if (createdShown) document.getElementById(RESULT_HEADING_ID)?.focus();
  }, [createdShown]);
  return (
    <div className="page">
      <h1 className="page__title">Import</h1>
      {readsLedger ? (
        <p className="page__intro">
          Läs in månadens bokföring från ekonomisystemet, som SIE-fil eller CSV-fil. Filen granskas
          först och inget sparas förrän du väljer Läs in. Varje månad i filen ersätter månadens
          tidigare utfall.
        </p>
      ) : (
        <p className="page__intro">
          Läs in HR-systemets månadsexport (sjukfrånvaro). Filen läses in helt, eller inte alls om
          något är fel, och ersätter de månader den har.
        </p>
      )}
      {createdShown ? (
        <CommitResult outcome={created}>
          <StatementLink outcome={created} choices={choices} />
        </CommitResult>
      ) : null}
      {municipality ? (
        <MunicipalityImports
          key={municipality.id}
          municipality={municipality}
          choices={choices}
          onCreated={onCreated}
        />
      ) : (
        <FirstMunicipalityImport onCreated={onCreated} />
      )}
    </div>
  );
}
