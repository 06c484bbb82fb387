import { ROLE_NAMES_SV } from '../domain/access/roles';
import { ASSESSMENT_NAMES_SV } from '../domain/goals/assessment';
import { CONTROL_SIGNAL_NAMES_SV } from '../domain/internal-control/control-signals';
import { FOLLOW_UP_STATUS_NAMES_SV } from '../domain/follow-up/follow-up-status';
import { FORECAST_METHOD_NAMES_SV } from '../domain/follow-up/forecast-proposals';
import { PERSPECTIVE_NAMES_SV } from '../domain/internal-control/critical-factors';
import { RISK_TREATMENT_NAMES_SV } from '../domain/internal-control/risk-scales';
import { ACCOUNT_GROUP_NAMES_SV } from '../domain/ledger/account-group';
import { BUDGET_STATUS_NAMES_SV } from './budget';

/**
 * The audit log's fields as a revisor reads them: for every key the server and the CLI write
 * in a row's before, after or details (test/server/audit-fields-named.test.ts finds them in
 * the code), its Swedish label, what kind of value it holds (an amount in öre, an id to be
 * named, a percentage in hundredths) and the Swedish names of the codes it holds. The one
 * table for the page, the export and the CLI; the stored rows keep the keys.
 */

export type AuditFieldKind = 'text' | 'money' | 'id' | 'basis-points';

export interface AuditField {
  readonly label: string;
  /** text (the default): as stored; money: whole öre, shown in kr; id: named if it can be. */
  readonly kind?: AuditFieldKind;
  /** The Swedish names of the codes the field holds ('submitted' -> 'Inlämnad'). */
  readonly values?: Readonly<Record<string, string>>;
}

const money = (label: string): AuditField => ({ label, kind: 'money' });
const id = (label: string): AuditField => ({ label, kind: 'id' });

const DOCUMENT_NAMES_SV: Readonly<Record<string, string>> = {
  budget: 'Budgetdokument',
  'budget-workbook': 'Budget som Excel',
  'forecast-sheet': 'Prognosunderlag',
  'monthly-report': 'Månadsrapport',
  driftredovisning: 'Driftredovisning',
  måluppföljning: 'Måluppföljning',
  riskanalys: 'Risk- och väsentlighetsanalys',
  investeringar: 'Investeringar',
  internkontroll: 'Uppföljning av internkontroll',
};

const REASON_NAMES_SV: Readonly<Record<string, string>> = {
  'unknown-user': 'Okänt användarnamn',
  'wrong-password': 'Fel lösenord',
  disabled: 'Inaktiverat konto',
  'account-and-address': 'För många försök för kontot från adressen',
  account: 'För många försök för kontot (väntetid)',
  address: 'För många försök från adressen',
  'provider-unreachable': 'Kommunens inloggning svarade inte',
  'no-attempt': 'Inget påbörjat inloggningsförsök',
  'provider-refused': 'Kommunens inloggning nekade',
  'invalid-response': 'Ogiltigt svar från kommunens inloggning',
  'claim-missing': 'Användar-id saknas i svaret',
};

/** Every field key the log's rows hold, by key. */
export const AUDIT_FIELDS_SV: Readonly<Record<string, AuditField>> = {
  // People and access
  name: { label: 'Namn' },
  displayName: { label: 'Namn' },
  username: { label: 'Användarnamn' },
  email: { label: 'E-post' },
  ssoSubject: { label: 'Id i kommunens inloggning' },
  password: { label: 'Lösenord' },
  role: { label: 'Roll', values: ROLE_NAMES_SV },
  roles: { label: 'Roller', values: ROLE_NAMES_SV },
  grant: { label: 'Roll' },
  grantId: id('Roll-id'),
  userId: id('Användare'),
  user: { label: 'Användare' },
  installationAdmin: { label: 'Installationsadministratör' },
  mustChangePassword: { label: 'Måste byta lösenord' },
  disabled: { label: 'Inaktiverad' },
  disabledAt: { label: 'Inaktiverad' },
  method: {
    label: 'Sätt',
    values: {
      password: 'Lösenord',
      sso: 'Kommunens inloggning (SSO)',
      entered: 'Eget belopp',
      ...FORECAST_METHOD_NAMES_SV,
    },
  },
  reason: { label: 'Orsak', values: REASON_NAMES_SV },
  retryAfterSeconds: { label: 'Väntetid (sekunder)' },
  claim: { label: 'Uppgift i svaret' },
  value: { label: 'Värde' },
  error: { label: 'Fel' },
  message: { label: 'Meddelande' },
  // The organisation
  municipalityId: id('Kommun'),
  boardId: id('Nämnd'),
  boardCode: { label: 'Nämnd' },
  orgUnitId: id('Enhet'),
  unitCode: { label: 'Enhet' },
  parentId: id('Överordnad'),
  code: { label: 'Kod' },
  kind: {
    label: 'Typ',
    values: {
      department: 'Avdelning',
      unit: 'Enhet',
      publish: 'Publicering',
      reopen: 'Öppnad igen',
      budget: 'Budget',
      actuals: 'Utfall',
      empty: 'Tom',
      straight: 'Rak',
      weights: 'Egna vikter',
      calendar: 'Kalenderdagar',
      'working-days': 'Arbetsdagar',
    },
  },
  validFrom: { label: 'Giltig från' },
  validTo: { label: 'Giltig till' },
  ledgerCodes: { label: 'Koder i bokföringen' },
  // Accounts and imports
  accountFrom: { label: 'Konto från' },
  accountTo: { label: 'Konto till' },
  accountGroup: { label: 'Kontogrupp', values: ACCOUNT_GROUP_NAMES_SV },
  accountNumber: { label: 'Konto' },
  accountCounts: { label: 'Antal konton', values: ACCOUNT_GROUP_NAMES_SV },
  fileName: { label: 'Fil' },
  file: { label: 'Fil' },
  sha256: { label: 'SHA-256' },
  months: { label: 'Månader' },
  actualMonths: { label: 'Månader med utfall' },
  transactionCount: { label: 'Transaktioner' },
  replaced: { label: 'Ersatte tidigare' },
  newMunicipality: { label: 'Ny kommun' },
  createdUnits: { label: 'Nya enheter' },
  createdAccounts: { label: 'Nya konton' },
  // Budget
  versionId: id('Budgetversion'),
  budgetYear: { label: 'Budgetår' },
  decision: { label: 'Beslut' },
  distribution: { label: 'Fördelning på enheter' },
  status: {
    label: 'Status',
    values: { ...BUDGET_STATUS_NAMES_SV, ...FOLLOW_UP_STATUS_NAMES_SV },
  },
  decidedBy: { label: 'Beslutad av' },
  decidedAt: { label: 'Beslutsdatum' },
  inFollowUp: { label: 'Används i uppföljningen' },
  lineCount: { label: 'Rader' },
  lines: { label: 'Rader' },
  source: { label: 'Underlag', values: { accounts: 'Kontofördelning' } },
  upliftBasisPoints: { label: 'Uppräkning', kind: 'basis-points' },
  pkvBasisPoints: { label: 'PKV', kind: 'basis-points' },
  amount: money('Belopp'),
  unspecified: money('Ej kontofördelat'),
  accounts: { label: 'Konton' },
  projects: { label: 'Projektkoder' },
  investmentLine: { label: 'Investeringsrad' },
  amounts: money('Belopp'),
  baseAllocation: money('Kommunbidrag basåret'),
  allocation: money('Kommunbidrag'),
  allocations: { label: 'Kommunbidrag' },
  volume: money('Volymuppräkning'),
  volumeText: { label: 'Motivering volym' },
  adjustments: { label: 'Ramjusteringar' },
  years: { label: 'År' },
  plannedResult: money('Planerat resultat'),
  frames: { label: 'Ramar' },
  phasing: { label: 'Periodisering' },
  profile: { label: 'Periodisering' },
  weights: { label: 'Vikter' },
  scope: { label: 'Omfattning', values: { line: 'En rad', 'account-group': 'Hela kontogruppen' } },
  units: { label: 'Enheter' },
  budget: money('Budget'),
  actualYearToDate: money('Utfall hittills i år'),
  forecast: money('Prognos'),
  category: { label: 'Kategori' },
  // Follow-up
  forecasts: { label: 'Prognos' },
  comment: { label: 'Kommentar till avvikelsen' },
  action: { label: 'Åtgärd till avvikelsen' },
  forecastComment: { label: 'Kommentar till prognosen' },
  remark: { label: 'Controllerns kommentar' },
  text: { label: 'Text' },
  notApproved: { label: 'Enheter utan godkänd rapport' },
  basisPoints: { label: 'Gräns i procent', kind: 'basis-points' },
  // Goals and indicators (outcomes and targets are figures as decimal text, "82.2")
  indicator: { label: 'Nyckeltal' },
  indicators: { label: 'Nyckeltal' },
  boardGoals: { label: 'Nämndmål' },
  measuredOn: { label: 'Datum för utfallet' },
  total: { label: 'Totalt' },
  women: { label: 'Kvinnor' },
  men: { label: 'Män' },
  level: { label: 'Bedömning', values: ASSESSMENT_NAMES_SV },
  analysis: { label: 'Kommentar och analys' },
  reportMonth: { label: 'Rapportmånad' },
  contribution: { label: 'Hur nämnden bidrar' },
  councilIndicator: { label: 'Indikator (KF)' },
  agenda2030: { label: 'Agenda 2030' },
  target: { label: 'Mål' },
  fromYear: { label: 'Från år' },
  toYear: { label: 'Till år' },
  outcomes: { label: 'Utfall' },
  comparisons: { label: 'Jämförelsetal' },
  values: { label: 'Värden' },
  periods: { label: 'År' },
  kpis: { label: 'Nyckeltal i Kolada' },
  unlinkedKpis: { label: 'Nyckeltal i Kolada utan koppling' },
  url: { label: 'Adress' },
  // Risk and internal control
  description: { label: 'Beskrivning' },
  area: { label: 'Process eller område' },
  likelihood: { label: 'Sannolikhet' },
  impact: { label: 'Konsekvens' },
  riskValue: { label: 'Riskvärde' },
  treatment: { label: 'Hantering', values: RISK_TREATMENT_NAMES_SV },
  treatmentText: { label: 'Hantering (egen text)' },
  owner: { label: 'Ägare' },
  risks: { label: 'Risker' },
  perspective: { label: 'Perspektiv', values: PERSPECTIVE_NAMES_SV },
  // The internal control plan and its follow-up
  risk: { label: 'Identifierad risk' },
  position: { label: 'Ordning' },
  checkpoint: { label: 'Vad kontrolleras (kontrollmoment)' },
  frequency: { label: 'Frekvens' },
  followUpWhen: { label: 'Uppföljning' },
  responsible: { label: 'Ansvarig' },
  signal: { label: 'Bedömning av kontrollen', values: CONTROL_SIGNAL_NAMES_SV },
  result: { label: 'Resultat' },
  actions: { label: 'Åtgärder' },
  // Documents, exports and searches
  document: { label: 'Dokument', values: DOCUMENT_NAMES_SV },
  format: { label: 'Format' },
  year: { label: 'År' },
  month: { label: 'Månad' },
  publishedAt: { label: 'Publicerad' },
  filters: { label: 'Urval' },
  rowCount: { label: 'Rader' },
  from: { label: 'Från' },
  to: { label: 'Till' },
  objectType: { label: 'Objekttyp' },
  objectId: { label: 'Objekt' },
  // Samples and the case system's access log
  users: { label: 'Användare (antal)' },
  // The placement register
  restoredUnits: { label: 'Enheter med föregående register' },
  clearedUnits: { label: 'Enheter utan register' },
  // Volumes: financial assistance and other volumes
  households: { label: 'Hushåll (antal)' },
  measures: { label: 'Mått' },
  replacedMonths: { label: 'Ersatta månader' },
  restoredMonths: { label: 'Månader tillbaka till importen före' },
  population: {
    label: 'Population',
    values: {
      access_log: 'Åtkomstlogg (verksamhetssystem)',
      audit_log: 'Nämndkolls granskningslogg',
      ledger: 'Bokförda transaktioner',
    },
  },
  parameters: { label: 'Urval' },
  size: { label: 'Stickprovets storlek' },
  seed: { label: 'Startvärde (seed)' },
  populationCount: { label: 'Populationens storlek' },
  items: { label: 'Dragna poster' },
  item: { label: 'Post' },
  verdict: { label: 'Bedömning', values: { ok: 'Utan anmärkning', remarks: 'Med anmärkning' } },
  reviewerUnit: id('Granskande enhet'),
  controlId: id('Kontrollpunkt'),
  // Sick leave from the HR export
  employees: { label: 'Anställda (antal)' },
  scopeLevel: { label: 'Nivå', values: { board: 'Nämnd', department: 'Avdelning', unit: 'Enhet' } },
  // The interim and annual reports
  report: { label: 'Rapport' },
  sections: { label: 'Avsnitt' },
  section: { label: 'Avsnitt' },
  title: { label: 'Rubrik' },
  assignee: { label: 'Skribent' },
  deadline: { label: 'Klart senast' },
  characters: { label: 'Tecken i texten' },
  state: { label: 'Läge' },
  // An account group as a key (a unit's forecasts per group): its amount.
  ...Object.fromEntries(
    Object.entries(ACCOUNT_GROUP_NAMES_SV).map(([group, label]) => [group, { label }]),
  ),
};

/** A key's field; one the table does not know (an older version's) as its key, as text. */
export function auditFieldSv(key: string): AuditField {
  return AUDIT_FIELDS_SV[key] ?? { label: key };
}
