import type { ErrorBody, InputIssue, NotFoundEntity } from './errors';

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
};

/** What to do about a missing field, where that is not obvious. */
const REQUIRED_HINTS_SV: Readonly<Record<string, string>> = {
  columns: ' (ange dem en gång, de sparas)',
  municipality: ' (ange kommunkod: det finns flera kommuner)',
  board: ' (kommunen har flera nämnder)',
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
  'not-a-date': 'är inte ett giltigt datum på formen ÅÅÅÅ-MM-DD',
  'before-from': 'är före Från',
  'too-many-rows':
    'ger fler händelser än en export rymmer (100 000): välj en kortare period eller fler villkor',
};

/** An internal id says nothing to the user: the field names what was chosen. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function inputIssueSv(issue: InputIssue): string {
  const field = FIELD_NAMES_SV[issue.field] ?? issue.field;
  const problem = PROBLEMS_SV[issue.problem] ?? 'är ogiltigt';
  const hint = issue.problem === 'required' ? (REQUIRED_HINTS_SV[issue.field] ?? '') : '';
  return issue.value === undefined || UUID.test(issue.value)
    ? `${field} ${problem}${hint}`
    : `${field} ${problem} (${issue.value})`;
}

const ENTITY_NAMES_SV: Readonly<Record<NotFoundEntity, string>> = {
  municipality: 'kommunen',
  board: 'nämnden',
  'org-unit': 'enheten',
  import: 'importen',
  upload: 'den uppladdade filen (ladda upp den igen)',
  'import-job': 'inläsningen',
  page: 'sidan',
  user: 'användaren',
  'role-grant': 'rollen',
  'budget-version': 'budgetversionen',
};

const isEntity = (value: unknown): value is NotFoundEntity =>
  typeof value === 'string' && value in ENTITY_NAMES_SV;

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** The Swedish sentence for an error, naming the place and value where there is one. */
export function errorMessageSv(error: ErrorBody['error']): string {
  const { details } = error;
  switch (error.code) {
    case 'invalid-request':
      return `Uppgifterna kunde inte användas: ${error.issues.map(inputIssueSv).join('; ')}.`;
    case 'not-found':
      return isEntity(details.entity)
        ? `Hittade inte ${ENTITY_NAMES_SV[details.entity]}${
            details.value ? ` ”${text(details.value)}”` : ''
          }.`
        : 'Det du sökte finns inte.';
    case 'no-data-for-period':
      return `Det finns varken budget eller utfall för ${text(details.year)}.${
        details.availableYears ? ` År med uppgifter: ${text(details.availableYears)}.` : ''
      }`;
    case 'conflict':
      return 'Ändringen krockar med befintliga uppgifter och sparades inte.';
    case 'database-in-use':
      return `Databasen i ${text(details.dataDir)} används redan av en annan process (pid ${text(
        details.pid,
      )}). Stoppa den, eller använd DATABASE_URL mot en PostgreSQL-server.`;
    case 'internal-error':
      return 'Ett oväntat fel inträffade. Inget har sparats. Försök igen eller kontakta support.';
    case 'unauthenticated':
      return 'Du är inte inloggad, eller så har sessionen gått ut. Logga in igen.';
    case 'invalid-credentials':
      return 'Fel användarnamn eller lösenord.';
    case 'too-many-attempts':
      return `För många misslyckade inloggningar. Försök igen om ${text(details.retryAfterMinutes)} minuter.`;
    case 'forbidden':
      return 'Din roll ger inte behörighet till detta.';
    case 'csrf-rejected':
      return 'Begäran kunde inte verifieras. Ladda om sidan och försök igen.';
  }
}
