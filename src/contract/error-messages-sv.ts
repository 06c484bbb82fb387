import { FOLLOW_UP_REFUSALS_SV, type FollowUpRefusal } from '../domain/follow-up/follow-up-status';
import {
  MONTHLY_REPORT_TEXT_NAMES_SV,
  type MonthlyReportTextSection,
} from '../domain/follow-up/monthly-report-document';
import { isMonth, MONTH_NAMES_SV } from '../domain/kernel/period';
import { ACCOUNT_GROUP_NAMES_SV, isAccountGroup } from '../domain/ledger/account-group';
import { budgetEditConflictSv } from './budget-conflict-sv';
import { goalsConflictSv } from './goals-conflict-sv';
import { risksConflictSv } from './risks-conflict-sv';
import type { ErrorBody, InputIssue, NotFoundEntity } from './errors';
import { swedishDateTimeMinutes } from './swedish-time';

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
  baseRevision: 'Versionen som lästes',
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
  'published-report': 'den publicerade månadsrapporten',
  'board-goal': 'nämndmålet',
  indicator: 'nyckeltalet',
  sample: 'stickprovet',
  risk: 'risken',
  'critical-factor': 'den kritiska verksamhetsfaktorn',
};

const isEntity = (value: unknown): value is NotFoundEntity =>
  typeof value === 'string' && value in ENTITY_NAMES_SV;

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** Why a change was refused because of what is there already. */
function conflictSv(details: ErrorBody['error']['details']): string {
  const budgetEdit = budgetEditConflictSv(details);
  if (budgetEdit !== null) return budgetEdit;
  const goals = goalsConflictSv(details);
  if (goals !== null) return goals;
  const risks = risksConflictSv(details);
  if (risks !== null) return risks;
  const reason = text(details.reason);
  if (reason === 'budget-decided')
    return 'Budgetversionen är beslutad och ändras inte. Gör en ny version för att ändra.';
  if (reason === 'edit-conflict' && text(details.fields) in ADMINISTERED_SV)
    return administeredConflictSv(details);
  if (reason === 'edit-conflict') return followUpConflictSv(details);
  if (isFollowUpRefusal(reason)) return FOLLOW_UP_REFUSALS_SV[reason];
  return 'Ändringen krockar med befintliga uppgifter och sparades inte.';
}

/** What an administrator saves whole, as an edit conflict names it (details.fields). */
const ADMINISTERED_SV: Readonly<Record<string, string>> = {
  'org-unit': 'avdelningen eller enheten',
  user: 'användaren',
  'account-mapping': 'kontogrupperingen',
  'goal-outcome': 'utfallet',
  'goal-assessment': 'bedömningen',
  'board-goal': 'nämndmålet',
  indicator: 'nyckeltalet',
  'sample-item': 'posten i stickprovet',
  risk: 'risken',
  'critical-factor': 'den kritiska verksamhetsfaktorn',
  'critical-factor-follow-up': 'uppföljningen av den kritiska verksamhetsfaktorn',
};

/** Who saved the thing that won, and when (Swedish time): "Karin Ek 2026-03-01 14:05"; or ''. */
function savedBySv(details: ErrorBody['error']['details']): string {
  return [text(details.savedBy), swedishDateTimeMinutes(text(details.savedAt))]
    .filter((part) => part !== '')
    .join(' ');
}

/** "Karin Ek har sparat ändringar medan du skrev (kommentaren; sparat 2023-09-05 10:00). …" */
function followUpConflictSv(details: ErrorBody['error']['details']): string {
  const savedAt = swedishDateTimeMinutes(text(details.savedAt));
  const at = savedAt === '' ? '' : `; sparat ${savedAt}`;
  return `${text(details.savedBy) || 'Någon annan'} har sparat ändringar medan du skrev (${FIELD_LIST_SV(text(details.fields))}${at}). Inget av ditt sparades: jämför med den sparade versionen och spara igen.`;
}

/** An administrator's save refused: who saved the thing meanwhile, and when (Swedish time). */
function administeredConflictSv(details: ErrorBody['error']['details']): string {
  const saved = savedBySv(details);
  const who = saved === '' ? '' : ` (${saved})`;
  return `Någon annan har sparat ${ADMINISTERED_SV[text(details.fields)] ?? ''} medan du skrev${who}. Inget av ditt sparades: jämför med det som sparades och spara igen.`;
}

/** "personnel_costs, comment" as the user reads it. */
function FIELD_LIST_SV(fields: string): string {
  return fields
    .split(', ')
    .map((field) =>
      field === 'comment'
        ? 'kommentaren'
        : field === 'action'
          ? 'åtgärden'
          : field === 'forecastComment'
            ? 'kommentaren till prognosen'
            : field === 'status'
              ? 'rapportens status'
              : isAccountGroup(field)
                ? ACCOUNT_GROUP_NAMES_SV[field].toLowerCase()
                : Object.hasOwn(MONTHLY_REPORT_TEXT_NAMES_SV, field)
                  ? `texten ${MONTHLY_REPORT_TEXT_NAMES_SV[field as MonthlyReportTextSection]}`
                  : field,
    )
    .join(', ');
}

const isFollowUpRefusal = (reason: string): reason is FollowUpRefusal =>
  Object.hasOwn(FOLLOW_UP_REFUSALS_SV, reason);

/** Why the role does not allow it, where the server says more than that. */
function forbiddenSv(details: ErrorBody['error']['details']): string {
  const reason = text(details.reason);
  if (reason === 'roles-in-other-municipality')
    return 'Användaren har roller även i en annan kommun. Bara en installationsadministratör kan återställa lösenordet, ändra id i kommunens inloggning eller inaktivera användaren.';
  if (reason === 'installation-admin')
    return 'Användaren är installationsadministratör och kan bara ändras av en annan installationsadministratör.';
  return 'Din roll ger inte behörighet till detta.';
}

/** A wait in whole seconds, as the sign-in page says it: "4 sekunder", "15 minuter". */
function waitSv(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'en stund';
  const seconds = Math.max(1, Math.ceil(value));
  if (seconds < 60) return seconds === 1 ? '1 sekund' : `${seconds} sekunder`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minut' : `${minutes} minuter`;
}

/** A size in bytes as "2 GB", "1,5 GB", "600 MB" (binary units, as file managers show them). */
export function bytesSv(bytes: number): string {
  const units: readonly [string, number][] = [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['kB', 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size)
      return `${String(Math.round((bytes / size) * 10) / 10).replace('.', ',')} ${unit}`;
  }
  return `${bytes} byte`;
}

function tooManyAttemptsSv(details: ErrorBody['error']['details']): string {
  const wait = waitSv(details.retryAfterSeconds);
  return details.reason === 'account'
    ? `Kontot har haft många misslyckade inloggningar från andra adresser. Vänta ${wait} innan du försöker igen.`
    : `För många misslyckade inloggningar. Försök igen om ${wait}.`;
}

function uploadQuotaSv(details: ErrorBody['error']['details']): string {
  const limit = typeof details.limitBytes === 'number' ? bytesSv(details.limitBytes) : '';
  return details.scope === 'total'
    ? `Servern tar inte emot fler filer just nu: filer som väntar på inläsning får vara högst ${limit} tillsammans för alla användare. Försök igen om en stund.`
    : `Filen får inte plats: dina uppladdade filer som väntar på inläsning får vara högst ${limit} tillsammans. Låt den inläsning du har igång bli klar, eller försök igen om en stund.`;
}

/**
 * The Swedish sentence for an error, naming the place and value where there is one. A server
 * error's reference (requestId) is added for the user to quote to support.
 */
export function errorMessageSv(error: ErrorBody['error']): string {
  const message = messageSv(error);
  return error.requestId === undefined
    ? message
    : `${message} Ange felkod ${error.requestId} om du kontaktar support.`;
}

function messageSv(error: ErrorBody['error']): string {
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
      if (isMonth(details.month)) {
        const months = details.month === 1 ? 'januari' : `januari–${MONTH_NAMES_SV[details.month]}`;
        return `Det finns inget bokfört utfall för ${months} ${text(details.year)}. Läs in bokföringen för månaderna först.`;
      }
      return `Det finns varken budget eller utfall för ${text(details.year)}.${
        details.availableYears ? ` År med uppgifter: ${text(details.availableYears)}.` : ''
      }`;
    case 'conflict':
      return conflictSv(details);
    case 'database-in-use':
      return `Databasen i ${text(details.dataDir)} används redan av en annan process (pid ${text(
        details.pid,
      )}). Stoppa den, eller använd DATABASE_URL mot en PostgreSQL-server.`;
    case 'internal-error':
      return error.requestId === undefined
        ? 'Ett oväntat fel inträffade. Inget har sparats. Försök igen eller kontakta support.'
        : 'Ett oväntat fel inträffade. Inget har sparats. Försök igen.';
    case 'unauthenticated':
      return 'Du är inte inloggad, eller så har sessionen gått ut. Logga in igen.';
    case 'invalid-credentials':
      return 'Fel användarnamn eller lösenord.';
    case 'too-many-attempts':
      return tooManyAttemptsSv(details);
    case 'forbidden':
      return forbiddenSv(details);
    case 'csrf-rejected':
      return 'Begäran kunde inte verifieras. Ladda om sidan och försök igen.';
    case 'upload-quota-exceeded':
      return uploadQuotaSv(details);
  }
}
