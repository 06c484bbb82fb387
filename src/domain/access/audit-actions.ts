/**
 * What the audit log records, and how each is named in Swedish: the one place for both. Add an
 * action here when a feature starts writing it, so the log shows a name a revisor understands
 * (an action missing here is shown as stored).
 */
export const AUDIT_ACTION_NAMES_SV = {
  'sign-in': 'Inloggning',
  'sign-in-failed': 'Misslyckad inloggning',
  'sign-in-throttled': 'Spärrad inloggning (för många försök)',
  'sign-out': 'Utloggning',
  'password-change': 'Byte av lösenord',
  'password-change-failed': 'Misslyckat byte av lösenord',
  'password-reset': 'Återställning av lösenord',
  'user-create': 'Ny användare',
  'user-update': 'Ändrad användare',
  'role-grant': 'Tilldelad roll',
  'role-revoke': 'Borttagen roll',
  'org-unit-create': 'Ny enhet',
  'org-unit-update': 'Ändrad enhet',
  'account-range-create': 'Nytt kontointervall',
  'account-range-update': 'Ändrat kontointervall',
  'account-range-delete': 'Borttaget kontointervall',
  'account-mapping-update': 'Ändrad kontogruppering',
  'ledger-import': 'Import av bokföring',
  'demo-load': 'Demodata inläst',
  'budget-version-create': 'Ny budgetversion',
  'budget-cells-update': 'Ändrad budget',
  'budget-decision': 'Budgetbeslut',
  'budget-text-update': 'Ändrad text i budgetdokumentet',
  'frame-walk-update': 'Ändrad ramförändring (kommunbidrag)',
  'budget-phasing-update': 'Ändrad periodisering',
  'unit-frames-update': 'Ändrad ramfördelning',
  'follow-up-save': 'Sparad månadsuppföljning (utkast)',
  'follow-up-submit': 'Inlämnad månadsuppföljning',
  'follow-up-approve': 'Godkänd månadsuppföljning',
  'follow-up-return': 'Återskickad månadsuppföljning',
  'follow-up-publish': 'Publicerad månadsrapport',
  'follow-up-reopen': 'Månad öppnad igen',
  'follow-up-threshold': 'Ändrade gränser för kommentarer',
  'follow-up-text-update': 'Ändrad text i månadsrapporten',
  'allocation-forecast-update': 'Ändrad förväntad ändring av kommunbidraget (prognos)',
  'forecast-import': 'Inlästa prognoser',
  'investment-budget-update': 'Ändrad investeringsbudget',
  'investment-follow-up-update': 'Ändrat utfall och prognos för investeringar',
  'budget-decision-add': 'Registrerat beslut om ändrad budget',
  'budget-decision-remove': 'Borttaget beslut om ändrad budget',
  'budget-decision-distribute': 'Fördelat beslut om kommunbidrag på enheter (budgetjustering)',
  'investment-links-update': 'Ändrad koppling av investering till projekt och konton',
  'import-undo': 'Ångrad import',
  'goal-outcome-update': 'Ändrat utfall för nyckeltal',
  'goal-assessment-update': 'Ändrad bedömning av nämndmål',
  'goals-import': 'Inlästa mål och nyckeltal',
  'goals-setup-update': 'Ändrat nämndmål eller nyckeltal',
  'goal-outcomes-import': 'Inlästa utfall för nyckeltal',
  'goals-carry-over': 'Mål överförda till nästa år',
  'kolada-import': 'Inlästa värden från Kolada',
  'access-log-import': 'Inläst åtkomstlogg från verksamhetssystemet',
  'placements-import': 'Inläst placeringsregister (köpt vård)',
  'placements-undo': 'Ångrad inläsning av placeringsregister',
  'assistance-import': 'Inläst ekonomiskt bistånd (hushåll och utbetalningar)',
  'volumes-import': 'Inlästa volymer (t.ex. orosanmälningar)',
  'volume-import-undo': 'Ångrad import av ekonomiskt bistånd eller volymer',
  'board-report-open': 'Öppnad delårsrapport eller verksamhetsberättelse',
  'board-report-assign': 'Tilldelat avsnitt i rapporten',
  'board-report-save': 'Sparad text i rapportens avsnitt',
  'board-report-mark-ready': 'Avsnitt i rapporten klart för granskning',
  'board-report-return': 'Avsnitt i rapporten återsänt till skribenten',
  'board-report-approve': 'Godkänt avsnitt i rapporten',
  'board-report-reopen': 'Godkänt avsnitt i rapporten öppnat igen',
  'sample-draw': 'Draget stickprov',
  'sample-review': 'Granskad post i stickprov',
  'risk-create': 'Ny risk i risk- och väsentlighetsanalysen',
  'risk-update': 'Ändrad risk i risk- och väsentlighetsanalysen',
  'risk-analysis-start': 'Risk- och väsentlighetsanalys påbörjad från förra årets',
  'critical-factor-create': 'Ny kritisk verksamhetsfaktor',
  'critical-factor-update': 'Ändrad kritisk verksamhetsfaktor',
  'critical-factor-follow-up': 'Ändrad uppföljning av kritisk verksamhetsfaktor',
  'control-create': 'Ny kontrollpunkt i internkontrollplanen',
  'control-update': 'Ändrad kontrollpunkt i internkontrollplanen',
  'control-follow-up-update': 'Ändrad uppföljning av kontrollpunkt',
  'document-generate': 'Skapat dokument (rapport eller export)',
  'audit-log-export': 'Export av granskningsloggen',
  'access-log-read': 'Läst eller exporterad åtkomstlogg från verksamhetssystemet',
  'hr-import': 'Inläst personalfil (sjukfrånvaro) från HR-systemet',
  'hr-import-undo': 'Ångrad inläsning av personalfil',
  'personnel-read': 'Läst sjukfrånvaro per enhet eller avdelning',
} as const satisfies Readonly<Record<string, string>>;

export type AuditAction = keyof typeof AUDIT_ACTION_NAMES_SV;

/** The actions in the order a list of them is shown (as above: sign-in first, exports last). */
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_NAMES_SV) as readonly AuditAction[];

export const isAuditAction = (value: string): value is AuditAction =>
  Object.hasOwn(AUDIT_ACTION_NAMES_SV, value);

/** The Swedish name of an action; one the list does not know (an older version's) as stored. */
export function auditActionNameSv(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTION_NAMES_SV[action] : action;
}

/** What an audit row can be about (its object_type), in Swedish. */
const OBJECT_TYPE_NAMES_SV: Readonly<Record<string, string>> = {
  user: 'Användare',
  'role-grant': 'Roll',
  municipality: 'Kommun',
  board: 'Nämnd',
  'org-unit': 'Enhet',
  'account-range': 'Kontointervall',
  'account-mapping': 'Kontogruppering',
  import: 'Import',
  'placement-import': 'Inläsning av placeringsregister',
  'audit-log': 'Granskningslogg',
  'budget-version': 'Budgetversion',
  'budget-text': 'Text i budgetdokumentet',
  'frame-walk': 'Ramförändring',
  'budget-decision': 'Beslut om ändrad budget (kommunbidrag, investeringar)',
  'follow-up-report': 'Enhetens månadsuppföljning',
  'follow-up-month': 'Månadsrapport',
  'budget-document': 'Budgetdokument',
  'operating-statement': 'Driftredovisning',
  'goal-report': 'Måluppföljning',
  kolada: 'Nyckeltal från Kolada',
  'board-goal': 'Nämndmål',
  indicator: 'Nyckeltal',
  'access-log': 'Åtkomstlogg (verksamhetssystem)',
  'volume-import': 'Import av ekonomiskt bistånd eller volymer',
  sample: 'Stickprov',
  risk: 'Risk',
  'risk-analysis': 'Risk- och väsentlighetsanalys',
  'critical-factor': 'Kritisk verksamhetsfaktor',
  control: 'Kontrollpunkt (internkontroll)',
  'internal-control-report': 'Uppföljning av internkontroll',
  'hr-import': 'Personalfil (HR-system)',
  personnel: 'Sjukfrånvaro',
  'board-report': 'Delårsrapport eller verksamhetsberättelse',
};

/** The object types the search offers, with their Swedish names. */
export const AUDIT_OBJECT_TYPES = Object.entries(OBJECT_TYPE_NAMES_SV).map(([value, label]) => ({
  value,
  label,
}));

export function auditObjectTypeNameSv(objectType: string): string {
  return OBJECT_TYPE_NAMES_SV[objectType] ?? objectType;
}
