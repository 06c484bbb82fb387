import { boardReportConflictSv } from './board-reports-conflict-sv';
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
import type { ErrorBody, NotFoundEntity } from './errors';
import { inputIssueSv } from './input-issue-sv';
import { swedishDateTimeMinutes } from './swedish-time';

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
  'budget-decision': 'beslutet om ändrad budget',
  report: 'rapporten',
  'report-section': 'avsnittet i rapporten',
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
  const report = boardReportConflictSv(details);
  if (report !== null) return report;
  const reason = text(details.reason);
  if (reason === 'budget-decided')
    return 'Budgetversionen är beslutad och ändras inte. Gör en ny version för att ändra.';
  if (reason === 'edit-conflict' && text(details.fields) in ADMINISTERED_SV)
    return administeredConflictSv(details);
  if (reason === 'edit-conflict') return followUpConflictSv(details);
  if (isFollowUpRefusal(reason)) return FOLLOW_UP_REFUSALS_SV[reason];
  if (reason === 'already-undone') return 'Importen är redan ångrad.';
  if (reason === 'not-latest')
    return 'Importen kan inte ångras: den är inte den senaste (en senare import finns, eller den är redan ångrad). Ångra den senare importen först.';
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
  'report-section': 'avsnittet',
  'critical-factor-follow-up': 'uppföljningen av den kritiska verksamhetsfaktorn',
  control: 'kontrollpunkten',
  'control-follow-up': 'uppföljningen av kontrollpunkten',
  'allocation-forecast': 'den förväntade ändringen av kommunbidraget',
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
  if (reason === 'not-reviewer')
    return 'Posten granskas av chefen för en annan enhet. Du kan bara granska poster som dina enheter ansvarar för.';
  if (reason === 'no-reviewer-unit')
    return 'Posten har ingen granskande enhet och kan inte granskas här.';
  if (reason === 'whole-sample')
    return 'Bara den som får läsa hela stickprovet (controller eller revisor) kan dra om det.';
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
