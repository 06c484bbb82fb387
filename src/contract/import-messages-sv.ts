import { codeAndName } from '../domain/organisation/code-and-name';
import { formatInteger, formatKronor } from '../domain/kernel/format';
import type { Ore } from '../domain/kernel/money';
import { ACCOUNT_GROUP_NAMES_SV, ACCOUNT_GROUPS } from '../domain/ledger/account-group';
import type { ImportIssueDto } from './ledger-import';

const kr = (amount: Ore | undefined): string => `${formatKronor(amount ?? (0 as Ore))} kr`;
const quoted = (value: string | undefined): string => `”${value ?? ''}”`;

/** How many and how much, for problems found on many lines. */
function tally(issue: ImportIssueDto): string {
  const count = issue.count ?? 1;
  const first = issue.line === null ? '' : `, första på rad ${String(issue.line)}`;
  return `${String(count)} ${count === 1 ? 'transaktion' : 'transaktioner'}, summa ${kr(issue.amount)}${first}`;
}

/** Where the problem is: "rad 1234", "kontoplan.csv rad 3", or nothing for the whole file. */
export function importIssuePlaceSv(issue: ImportIssueDto): string {
  const aggregated = issue.count !== undefined;
  if (issue.line === null || aggregated) return issue.file ?? '';
  return `${issue.file ? `${issue.file} ` : ''}rad ${String(issue.line)}`;
}

/** One problem of an import, in Swedish, without its place. */
export function importIssueTextSv(issue: ImportIssueDto): string {
  const field = issue.field ?? '';
  switch (issue.code) {
    case 'empty-file':
      return 'Filen är tom.';
    case 'binary-file':
      return 'Filen är ingen textfil (den innehåller binära tecken). Är det rätt fil?';
    case 'not-sie':
      return `Filen är ingen SIE-fil: den börjar med ${quoted(issue.value)}.`;
    case 'no-monthly-data':
      return `Filen innehåller varken verifikationer eller periodsaldon${
        issue.value === '1' ? ' (SIE typ 1 har bara årssaldon)' : ''
      } och ger därför inget månadsutfall.`;
    case 'too-many-problems':
      return `Fler än ${String(issue.count ?? 0)} problem: resten av filen har inte granskats.`;
    case 'unterminated-quote':
      return 'Ett citattecken avslutas inte.';
    case 'unterminated-list':
      return 'Objektlistan avslutas inte med }.';
    case 'not-an-item':
      return `Raden är ingen SIE-post: ${quoted(issue.value)}.`;
    case 'item-inside-verification':
      return `${issue.value ?? 'Posten'} får inte stå inuti en verifikation.`;
    case 'block-without-verification':
      return 'Klammer { eller } utan verifikation (#VER).';
    case 'verification-without-block':
      return 'Verifikationen (#VER) följs inte av {.';
    case 'unclosed-verification':
      return 'Verifikationen avslutas aldrig med }: filen kan vara avkortad.';
    case 'transaction-outside-verification':
      return `${field || '#TRANS'} står utanför en verifikation.`;
    case 'missing-field':
      return `${field} saknar ${issue.value ?? 'ett fält'}.`;
    case 'invalid-account':
      return `Ogiltigt kontonummer ${quoted(issue.value)}.`;
    case 'invalid-amount':
      return `${field} har ogiltigt belopp ${quoted(issue.value)}: SIE skriver belopp med decimalpunkt och högst två decimaler, t.ex. 1234.50.`;
    case 'invalid-date':
      return `${field} har ogiltigt datum ${quoted(issue.value)} (ska vara ÅÅÅÅMMDD).`;
    case 'invalid-period':
      return `${field} har ogiltig period ${quoted(issue.value)} (ska vara ÅÅÅÅMM).`;
    case 'invalid-object':
    case 'invalid-object-list':
      return `Ogiltig objektlista ${quoted(issue.value)}.`;
    case 'unbalanced-verification':
      return `Verifikationen balanserar inte: debet och kredit skiljer ${kr(issue.amount)}.`;
    case 'date-outside-year':
      return `Datumet ${issue.value ?? ''} ligger utanför räkenskapsåret ${issue.from ?? ''}–${issue.to ?? ''} (#RAR 0).`;
    case 'checksum-mismatch':
      return `Kontrollsumman stämmer inte: filen anger ${issue.value ?? ''}, innehållet ger ${issue.expected ?? ''}. Filen har ändrats eller skadats efter exporten.`;
    case 'checksum-not-opened':
      return '#KSUMMA med värde, men utan inledande #KSUMMA.';
    case 'checksum-not-closed':
      return 'Kontrollsumman (#KSUMMA) inleds men avslutas aldrig: filen kan vara avkortad.';
    case 'missing-column':
      return `Kolumnen ${quoted(issue.value)} saknas i filens rubrikrad.`;
    case 'invalid-value':
      return `Kolumnen ${quoted(field)} har ogiltigt värde ${quoted(issue.value)}${issue.expected ? ` (${issue.expected})` : ''}.`;
    case 'other-organisation':
      return `Filen gäller organisationsnummer ${issue.value ?? ''}, men kommunen har ${issue.expected ?? ''}. Är det rätt kommun?`;
    case 'unmapped-account':
      return `Konto ${issue.value ?? ''} hör inte till någon kontogrupp (${tally(issue)}). Lägg till det i kontoplanens intervall.`;
    case 'unknown-unit':
      return `Ansvar ${quoted(issue.value)} är ingen enhet (${tally(issue)}). Koppla koden till en enhet eller skapa enheter från filen.`;
    case 'missing-unit':
      return `Konto ${issue.value ?? ''}: transaktioner utan ansvar (${tally(issue)}). Ange en enhet för transaktioner utan ansvar.`;
    case 'reconciliation-difference':
      return `Konto ${issue.value ?? ''} stämmer inte mot ${field}: filens transaktioner ger ${kr(issue.amount)}, ${field} anger ${kr(issue.expectedAmount)}.`;
    case 'unknown-account-group':
      return `Okänd kontogrupp ${quoted(issue.value)}. Använd: ${ACCOUNT_GROUPS.map((group) => ACCOUNT_GROUP_NAMES_SV[group]).join(', ')}.`;
    case 'invalid-range':
      return `Ogiltigt kontointervall ${quoted(issue.value)}.`;
    case 'overlapping-ranges':
      return `Intervallet ${issue.value ?? ''} överlappar ${issue.expected ?? ''}.`;
  }
}

/** The problem with its place: "rad 1234: #TRANS saknar belopp." */
export function importIssueSv(issue: ImportIssueDto): string {
  const place = importIssuePlaceSv(issue);
  return place ? `${place}: ${importIssueTextSv(issue)}` : importIssueTextSv(issue);
}

/** The units and accounts an import creates are listed up to this many, then counted. */
export const LISTED_CREATED = 8;

/** "Nya enheter: 8112 Utredning barn, 8113 Utredning ungdom och 198 till" (code and name). */
/**
 * A unit or account as "code name", or its code alone when it has no name of its own (a unit
 * the file named only by its code is named by the code: "Nord", not "Nord Nord").
 */
export const codeAndNameSv = codeAndName;

export function createdListSv(
  label: string,
  items: readonly { readonly code: string; readonly name: string }[],
): string {
  const listed = items.slice(0, LISTED_CREATED).map(codeAndNameSv);
  const rest = items.length - listed.length;
  return `${label}: ${listed.join(', ')}${rest > 0 ? ` och ${formatInteger(rest)} till` : ''}`;
}
