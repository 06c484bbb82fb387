import { RICH_TEXT_LIMITS } from '../domain/interim-report/rich-text';
import { ACCOUNT_GROUP_NAMES_SV, isAccountGroup } from '../domain/ledger/account-group';
import type { InputIssue } from './errors';

/**
 * A problem with the input in Swedish: the field's name, what is wrong with it, and the value
 * given and expected ("Kvinnor ska ligga mellan 0 och 100 % (101)"). The forms show it at the
 * field; errorMessageSv (error-messages-sv.ts) lists it in a refusal's sentence.
 */

/** Swedish names of the fields the user can get wrong. */
const FIELD_NAMES_SV: Readonly<Record<string, string>> = {
  year: 'År',
  month: 'Månad',
  orgUnitId: 'Enhet',
  accountGroup: 'Kontogrupp',
  municipalityId: 'Kommun',
  boardId: 'Nämnd',
  columns: 'Kolumnernas rubriker',
  defaultUnit: 'Enheten för transaktioner utan ansvar',
  mapUnit: 'Kopplingen av ansvarskod till enhet',
  board: 'Nämnden för nya enheter',
  municipality: 'Kommunen',
  municipalityCode: 'Kommunkoden',
  file: 'Filen',
  uploadId: 'Den uppladdade filen',
  format: 'Filformatet',
  target: 'Kommunen att läsa in till',
  dryRun: 'Granskning eller inläsning',
  kind: 'Typ',
  code: 'Ansvarskod',
  name: 'Namn',
  parentId: 'Ligger under',
  validFrom: 'Giltig från',
  validTo: 'Giltig till',
  ledgerCodes: 'Fler ansvarskoder i bokföringen',
  username: 'Användarnamn',
  displayName: 'Namn',
  email: 'E-post',
  ssoSubject: 'Id i kommunens inloggning',
  disabled: 'Inaktiverad',
  role: 'Roll',
  'grant.role': 'Roll',
  'grant.boardId': 'Nämnd',
  'grant.orgUnitId': 'Enhet',
  ranges: 'Kontointervallen',
  user: 'Användare',
  from: 'Från',
  to: 'Till',
  objectType: 'Objekttyp',
  objectId: 'Objekt-id',
  action: 'Händelse',
  cursor: 'Sidan',
  limit: 'Antal rader',
  filters: 'Urvalet',
  'comment.body': 'Kommentar till avvikelsen',
  'action.body': 'Åtgärd till avvikelsen',
  password: 'Lösenordet',
  currentPassword: 'Nuvarande lösenord',
  newPassword: 'Det nya lösenordet',
  fileName: 'Filnamnet',
  investmentLine: 'Investeringsraden',
  projectCodes: 'Projektkoden',
  assetAccounts: 'Tillgångskontot',
  investmentAmount: 'Beloppet',
  actualYearToDate: 'Utfallet hittills i år',
  forecast: 'Prognosen för helåret',
  measuredOn: 'Datum för utfallet',
  total: 'Totalt',
  women: 'Kvinnor',
  men: 'Män',
  level: 'Bedömning',
  analysis: 'Analys',
  reportMonth: 'Rapportmånad',
  text: 'Målets text',
  contribution: 'Hur nämnden bidrar',
  councilIndicator: 'Indikator (KF)',
  agenda2030: 'Agenda 2030',
  unit: 'Enhet',
  direction: 'Riktning',
  'target.value': 'Målvärde',
  source: 'Källa',
  koladaKpi: 'Kolada-id',
  ownerOrgUnitId: 'Ansvarig enhet',
  ownerUsername: 'Ansvarig person',
  likelihood: 'Sannolikhet',
  impact: 'Konsekvens',
  treatment: 'Hantering',
  treatmentText: 'Hantering (egen text)',
  perspective: 'Perspektiv',
  factorText: 'Den kritiska verksamhetsfaktorn',
  riskIds: 'Risken',
  riskId: 'Risken som kontrollen avser',
  checkpoint: 'Vad kontrolleras (kontrollmoment)',
  controlId: 'Kontrollpunkten',
  description: 'Beskrivningen',
  area: 'Process/område',
  owner: 'Riskägare',
  method: 'Metod',
  frequency: 'Frekvens',
  followUpWhen: 'Uppföljning',
  responsible: 'Ansvarig',
  result: 'Resultat',
  actions: 'Åtgärder',
  signal: 'Bedömning',
  population: 'Populationen',
  size: 'Stickprovets storlek',
  seed: 'Startvärdet (seed)',
  accounts: 'Konton',
  minAmountOre: 'Lägsta belopp',
  reviewerOrgUnitId: 'Granskande enhet',
  verdict: 'Bedömningen av posten',
  comment: 'Kommentaren',
  baseRevision: 'Versionen som lästes',
  decidedOn: 'Beslutsdatum',
  reference: 'Beslutsreferens',
  amount: 'Beloppet',
  decision: 'Beslutet',
  reasonText: 'Orsak (egen text)',
  decidedBy: 'Beslutsfattare',
  phasing: 'Periodisering',
  assigneeId: 'Skribent',
  deadline: 'Klart senast',
  body: 'Texten',
  expectedChange: 'Förväntad ändring av kommunbidrag',
  expectedChangeText: 'Text till förväntad ändring av kommunbidrag',
};

/** What to do about a missing field, where that is not obvious. */
const REQUIRED_HINTS_SV: Readonly<Record<string, string>> = {
  columns: ' (ange dem en gång, de sparas)',
  municipality: ' (ange kommunkod: det finns flera kommuner)',
  board: ' (kommunen har flera nämnder)',
  riskId: ': en kontrollpunkt ska alltid avse en risk i nämndens risk- och väsentlighetsanalys',
};

const PROBLEMS_SV: Readonly<Record<string, string>> = {
  invalid_type: 'har fel typ',
  too_small: 'är för litet',
  too_big: 'är för stort',
  invalid_format: 'har fel format',
  invalid_value: 'är inte ett tillåtet värde',
  unrecognized_keys: 'är okänt',
  required: 'saknas',
  taken: 'finns redan',
  'not-allowed': 'kan inte anges här',
  'dates-reversed': 'är före Giltig från',
  'not-a-department': 'är inte en avdelning i nämnden (avdelningar ligger direkt under nämnden)',
  'has-units': 'kan inte bli enhet: avdelningen har enheter',
  'wrong-unit-kind':
    'är fel sorts enhet för rollen (avdelningschef: en avdelning, enhetschef: en enhet)',
  unknown: 'finns inte i kommunen',
  'account-not-digits': 'är inte ett kontonummer',
  'range-reversed': 'har Till före Från',
  'ranges-overlap': 'överlappar ett annat intervall',
  'not-a-budget-year': 'är inte budgetåret eller ett av planåren',
  'not-in-group': 'är inte ett konto i kontogruppen',
  'required-by-threshold': 'krävs eftersom avvikelsen är över controllerns gräns',
  'no-budget-line': 'har ingen budget för enheten och året att periodisera',
  expected: 'ska vara budgetåret och planåren i ordning, här',
  'not-a-date': 'är inte ett giltigt datum på formen ÅÅÅÅ-MM-DD',
  'before-from': 'är före Från',
  duplicate: 'finns två gånger i samma kategori',
  negative: 'får inte vara negativt',
  'not-in-budget': 'finns inte i årets investeringsbudget',
  'required-for-adjustment':
    'saknas: en justering av det bokförda utfallet ska ha en kommentar som säger vad den rättar',
  'duplicate-code': 'anges två gånger',
  'not-an-asset-account':
    'är inte ett konto för anläggningstillgångar (Kommun-Bas 1000–1299, som 1220 Inventarier)',
  'linked-to-other-line': 'är redan kopplad till en annan investeringsrad i nämnden',
  'too-many-rows':
    'ger fler händelser än en export rymmer (100 000): välj en kortare period eller fler villkor',
  // A budget workbook read back (the field is the sheet and cell, "Budget 2026!D7").
  'not-an-xlsx': 'är inte en Excel-fil (.xlsx)',
  'not-a-budget-workbook':
    'är inte en budget nedladdad från Nämndkoll (bladet Om filen med Versions-id saknas)',
  'other-version': 'kommer från en annan budgetversion',
  'no-year-sheets': 'har inget blad för versionens budgetår eller planår (som ”Budget 2026”)',
  'missing-keys':
    'saknar den dolda rad 1 som talar om kolumnernas kontogrupper (ladda ned filen på nytt)',
  'missing-column': 'saknar kolumnen för kontogruppen',
  'duplicate-column': 'är en andra kolumn för kontogruppen',
  'unknown-unit': 'är en ansvarskod som inte finns i nämnden',
  'duplicate-unit': 'är en enhet som redan har en rad i bladet',
  'missing-unit-code': 'har belopp men ingen ansvarskod',
  'not-a-number': 'är inte ett belopp i tkr (skriv till exempel -1 234 eller -1 234,5)',
  'finer-than-ore': 'har fler decimaler än öre (högst fem decimaler i tkr)',
  'amount-too-big': 'är ett för stort belopp',
  'formula-without-value': 'är en formel utan sparat värde (öppna och spara filen i Excel)',
  'nul-character': 'innehåller ett otillåtet tecken (NUL, tecknet med kod 0)',
  // A chosen password (domain/access/password-rules.ts).
  'common-password':
    'finns bland de vanligaste eller läckta lösenorden och gissas lätt: välj ett annat, gärna några ord som inte hör ihop',
  'repetitive-password':
    'är för enkelt: det är samma tecken eller mönster upprepat (som aaaa eller abcabc)',
  'sequential-password':
    'är för enkelt: det är en följd av tecken i ordning (som 123456, abcdef eller qwerty)',
  'contains-name': 'innehåller ditt användarnamn eller namn, som är lätt att gissa',
  'same-as-current': 'är detsamma som det nuvarande',
  // An indicator's outcome (domain/goals/outcome-checks.ts).
  'percent-out-of-range': 'ska ligga mellan 0 och 100 %',
  'index-out-of-range': 'ska ligga mellan 0 och 100',
  'not-whole': 'ska vara ett heltal (ett antal)',
  'parts-not-total': 'är inte summan av kvinnor och män',
  'no-figure': 'saknas: ange minst ett värde (totalt, kvinnor eller män)',
  'not-in-goal-year': 'ligger inte i målens år',
  'not-in-board': 'är inte en enhet i nämnden',
  'not-a-user': 'är inte en användare i Nämndkoll',
  'not-on-scale': 'ska vara ett heltal 1–4',
  'not-a-risk-of-year': 'är inte en risk i nämndens risk- och väsentlighetsanalys för året',
  // A control of the internal control plan.
  'not-a-board-risk': 'är inte en risk i nämndens risk- och väsentlighetsanalys',
  'not-in-plan-year': 'hör till ett annat år än internkontrollplanen',
  // A sample drawn on the page (the value is the draw's own sentence where there is one).
  'larger-than-population': 'är större än populationen',
  'empty-seed': 'saknas',
  'size-not-positive': 'ska vara ett heltal 1 eller större',
  // A decision that changes the kommunbidrag or the investment budget (budget-decisions.ts).
  'outside-budget-year': 'ligger utanför budgetåret',
  'month-published':
    'ligger i en månad vars månadsrapport redan är publicerad (öppna månaden igen eller datera beslutet i en öppen månad)',
  zero: 'får inte vara noll',
  'line-negative': 'skulle få en negativ budget efter beslutet',
  // A section of the interim or annual report (the value names the block: "stycke 4").
  'too-many-blocks': `har för många stycken (högst ${String(RICH_TEXT_LIMITS.blocks)})`,
  'too-long': `är för lång (högst ${String(RICH_TEXT_LIMITS.characters)} tecken)`,
  'empty-block': 'har ett tomt stycke',
  'table-too-wide': `har en tabell med för många kolumner (högst ${String(RICH_TEXT_LIMITS.tableColumns)})`,
  'table-too-long': `har en tabell med för många rader (högst ${String(RICH_TEXT_LIMITS.tableRows)})`,
  'ragged-table': 'har en tabell vars rader har olika många celler',
  'no-writer': 'kan inte anges: avsnittet har bara tabeller och text från siffrorna',
  'not-writer':
    'har ingen roll som skribent för nämnden (controller, avdelningschef, enhetschef eller HR)',
  // A kommunbidrag decision distributed to units (budget-distribution.ts).
  'not-allocation': 'är inte ett beslut om kommunbidrag och fördelas inte på enheter',
  'changes-published-month':
    'skulle ändra budgeten i en månad vars månadsrapport redan är publicerad och först behöver öppnas igen',
  'beyond-decision': 'fördelar mer än beslutets belopp (eller med motsatt tecken)',
};

/** An internal id says nothing to the user: the field names what was chosen. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A field's Swedish name, as the forms label it ("ssoSubject": "Id i kommunens inloggning"). */
export const fieldNameSv = (field: string): string => FIELD_NAMES_SV[field] ?? field;

export function inputIssueSv(issue: InputIssue): string {
  const name = FIELD_NAMES_SV[issue.field] ?? issue.field;
  // A cell of a file also names its column's account group and its row's unit.
  const about = [
    issue.accountGroup === undefined
      ? ''
      : isAccountGroup(issue.accountGroup)
        ? ACCOUNT_GROUP_NAMES_SV[issue.accountGroup]
        : issue.accountGroup,
    issue.unit ?? '',
  ].filter((part) => part !== '');
  const field = about.length > 0 ? `${name} (${about.join(', ')})` : name;
  const problem = PROBLEMS_SV[issue.problem] ?? 'är ogiltigt';
  const hint = issue.problem === 'required' ? (REQUIRED_HINTS_SV[issue.field] ?? '') : '';
  const given = [
    issue.value === undefined || UUID.test(issue.value) ? '' : issue.value,
    issue.expected === undefined ? '' : `väntat: ${issue.expected}`,
  ].filter((part) => part !== '');
  return given.length === 0
    ? `${field} ${problem}${hint}`
    : `${field} ${problem} (${given.join('; ')})`;
}
