import type { ReactNode } from 'react';
import { createdListSv, importIssueSv } from '#contract/import-messages-sv';
import type { ImportOutcome } from '#contract/ledger-import';
import { formatInteger, formatTkr } from '#domain/kernel/format';
import { InfoNote } from '../../ui/StatusMessages';
import {
  encodingNameSv,
  fileSizeSv,
  periodsLongSv,
  shortHash,
  transactionsSv,
} from './import-text';
import { OutcomeTables } from './OutcomeTables';
import { FactList } from '../../ui/FactList';

export const RESULT_HEADING_ID = 'import-result';

/** Name, size, encoding, SIE type, program and organisation: what the file says it is. */
function FileFacts({ file }: { readonly file: ImportOutcome['file'] }) {
  const facts: [string, ReactNode][] = [
    ['Fil', `${file.name} (${fileSizeSv(file.size)}, ${formatInteger(file.lineCount)} rader)`],
    ['Teckenkodning', encodingNameSv(file.encoding)],
    ['Format', file.format === 'csv' ? 'CSV' : `SIE${file.sieType ? ` typ ${file.sieType}` : ''}`],
  ];
  if (file.program) facts.push(['Program', file.program]);
  if (file.generatedOn) facts.push(['Skapad', file.generatedOn]);
  if (file.chartType) facts.push(['Kontoplan i filen', file.chartType]);
  if (file.companyName || file.orgNumber) {
    facts.push([
      'Organisation i filen',
      [file.companyName, file.orgNumber].filter(Boolean).join(', org.nr '),
    ]);
  }
  facts.push([
    'Kontrollsumma',
    <span key="hash" title={file.sha256}>
      <span aria-hidden="true" className="hash">
        {shortHash(file.sha256)}…
      </span>
      <span className="visually-hidden">SHA-256 {file.sha256}</span>
    </span>,
  ]);
  return <FactList facts={facts} />;
}

/** Every problem, with its place, in the order of the file. */
function Problems({ outcome }: { readonly outcome: ImportOutcome }) {
  return (
    <div role="alert" className="message message--error">
      <p className="message__text message__text--strong">
        Filen kan inte läsas in. Inget har sparats.
      </p>
      {outcome.issues.length > 0 ? (
        <ul className="problem-list">
          {outcome.issues.map((issue, index) => (
            <li key={index}>{importIssueSv(issue)}</li>
          ))}
        </ul>
      ) : null}
      {outcome.truncatedIssues ? (
        <p className="message__text">Fler problem finns: bara de första visas.</p>
      ) : null}
    </div>
  );
}

/** "Nya konton i kontoplanen: 1930 Bank, 2440 Leverantörsskulder" (and how many more). */
const newAccountsSv = (accounts: ImportOutcome['createdAccounts']): string =>
  `${createdListSv(
    'Nya konton i kontoplanen',
    accounts.map((account) => ({ code: account.number, name: account.name })),
  )}.`;

/** Notes on what is read but not imported, reconciliation and characters lost before export. */
function Notes({ outcome }: { readonly outcome: ImportOutcome }) {
  const notes: string[] = [];
  if (outcome.reconciled) notes.push('Avstämd mot filens årssaldon.');
  if (outcome.balanceAccountCount > 0) {
    notes.push(
      outcome.assetTransactionCount > 0
        ? `${transactionsSv(outcome.balanceAccountCount)} på balanskonton läses för avstämningen; av dem sparas ${transactionsSv(outcome.assetTransactionCount)} på anläggningstillgångar för investeringsuppföljningen.`
        : `${transactionsSv(outcome.balanceAccountCount)} på balanskonton läses för avstämningen men importeras inte.`,
    );
  }
  if (outcome.createdUnits.length > 0) {
    notes.push(`${createdListSv('Nya enheter', outcome.createdUnits)}.`);
  }
  if (outcome.budget) {
    notes.push(
      `Filens periodbudget blir ett budgetutkast för ${String(outcome.budget.budgetYear)}: ${formatInteger(outcome.budget.lineCount)} rader, ${formatTkr(outcome.budget.amount)} tkr.`,
    );
  }
  if (outcome.createdAccounts.length > 0) notes.push(newAccountsSv(outcome.createdAccounts));
  return (
    <>
      {outcome.replacementCharacters > 0 ? (
        <p className="message message--warning">
          {formatInteger(outcome.replacementCharacters)} tecken i filen gick förlorade redan innan
          den exporterades (de visas som �). Texterna kan behöva rättas i ekonomisystemet.
        </p>
      ) : null}
      {notes.length > 0 ? (
        <ul className="notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * What the check found: the file, its months, groups and units, or why it cannot be read. An
 * import that is refused after all (the data changed since the check) is shown the same way.
 */
export function CheckResult({
  outcome,
  dryRun,
}: {
  readonly outcome: ImportOutcome;
  readonly dryRun: boolean;
}) {
  return (
    <section className="result" aria-labelledby={RESULT_HEADING_ID}>
      <h3 id={RESULT_HEADING_ID} className="result__title" tabIndex={-1}>
        {dryRun ? 'Granskning' : 'Import'} av {outcome.file.name}
      </h3>
      {outcome.status === 'refused' ? <Problems outcome={outcome} /> : null}
      {outcome.status === 'unchanged' ? (
        <InfoNote>Filen är redan inläst och är månadernas utfall. Inget ändrades.</InfoNote>
      ) : null}
      {outcome.status === 'checked' ? (
        <p className="message message--success">
          Filen kan läsas in: {transactionsSv(outcome.transactionCount)} för{' '}
          {periodsLongSv(outcome.months.map((month) => month.period))}. Kontrollera uppgifterna och
          välj Läs in.
        </p>
      ) : null}
      <FileFacts file={outcome.file} />
      {outcome.status === 'checked' || outcome.status === 'committed' ? (
        <>
          <Notes outcome={outcome} />
          <p className="result__footnote">
            Belopp i tkr med resultatets tecken: intäkter positiva, kostnader negativa.
          </p>
          <OutcomeTables outcome={outcome} />
        </>
      ) : null}
    </section>
  );
}

/** "Importen är klar", with what it did. */
export function CommitResult({
  outcome,
  children,
}: {
  readonly outcome: ImportOutcome;
  readonly children?: ReactNode;
}) {
  return (
    <section className="result" aria-labelledby={RESULT_HEADING_ID}>
      <h3 id={RESULT_HEADING_ID} className="result__title" tabIndex={-1}>
        Import av {outcome.file.name}
      </h3>
      <div className="message message--success">
        <p className="message__text">
          Importen är klar: {transactionsSv(outcome.transactionCount)} för{' '}
          {periodsLongSv(outcome.months.map((month) => month.period))}.
        </p>
        {children}
      </div>
      <Notes outcome={outcome} />
    </section>
  );
}
