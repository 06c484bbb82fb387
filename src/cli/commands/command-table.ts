import type { CliCommand } from '../cli-command';
import { allocationForecastListCommand, allocationForecastSetCommand } from './allocation-forecast';
import { auditVerifyCommand } from './audit-verify';
import { budgetDecisionAddCommand, budgetDecisionListCommand } from './budget-decision';
import { budgetDecisionDistributeCommand } from './budget-decision-distribute';
import { demoCommand } from './demo';
import { forecastExportCommand } from './forecast-export';
import { forecastImportCommand } from './forecast-import';
import { goalsCarryOverCommand } from './goals-carry-over';
import { goalsImportCommand } from './goals-import';
import { goalsOutcomesCommand } from './goals-outcomes';
import { importAccessLogCommand } from './import-access-log';
import { importCsvCommand } from './import-csv';
import { importHrCommand, importHrUndoCommand } from './import-hr';
import { importKoladaCommand } from './import-kolada';
import { importListCommand } from './import-list';
import { importSieCommand } from './import-sie';
import { importUndoCommand } from './import-undo';
import { investmentLinkCommand, investmentLinksCommand } from './investment-links';
import { koladaSyncCommand } from './kolada-sync';
import {
  importPlacementsCommand,
  reportPlacementsCommand,
  undoPlacementsCommand,
} from './placements';
import { reportBudgetCommand } from './report-budget';
import { reportGoalsCommand } from './report-goals';
import { reportInternalControlCommand } from './report-internal-control';
import { reportInvestmentsCommand } from './report-investments';
import { reportMonthlyCommand } from './report-monthly';
import { reportOperatingStatementCommand } from './report-operating-statement';
import { reportPersonnelCommand } from './report-personnel';
import { sampleDrawCommand } from './sample-draw';
import { sampleReviewCommand } from './sample-review';
import { sampleRedoCommand, sampleShowCommand } from './sample-show';
import { reportRisksCommand } from './report-risks';
import {
  importAssistanceCommand,
  importAssistanceUndoCommand,
  importVolumesCommand,
  importVolumesUndoCommand,
} from './import-volumes';
import { reportAssistanceCommand, reportVolumesCommand } from './report-volumes';

/** The command groups (the first word of a two-word command), with their help text. */
export const COMMAND_GROUPS: Readonly<Record<string, string>> = {
  report: 'ta fram en rapport',
  forecast: 'prognoser som samlas in med e-post: mall ut, ifylld fil in',
  import:
    'läs in utfall från bokföringen, nyckeltal från Kolada, åtkomstloggar, HR-systemets export och volymer',
  kolada: 'nyckeltal från Kolada (RKA)',
  goals: 'mål och nyckeltal: läs in mål och utfall, för över till nästa år',
  audit: 'granskningsloggen',
  sample: 'stickprovskontroller i internkontrollen: dra, visa, gör om, granska',
  budget: 'budgeten under året',
  'budget decision': 'beslut under året som ändrar kommunbidraget eller investeringsbudgeten',
  'forecast allocation': 'förväntad (ej beslutad) ändring av kommunbidraget i prognosen',
  investment: 'investeringsradernas koppling till projekt och tillgångskonton i bokföringen',
};

/** Every command, in the order the help lists them (a group where its first command is). */
export const CLI_COMMANDS: readonly CliCommand[] = [
  demoCommand,
  reportOperatingStatementCommand,
  reportBudgetCommand,
  reportMonthlyCommand,
  reportInvestmentsCommand,
  investmentLinksCommand,
  investmentLinkCommand,
  reportGoalsCommand,
  reportRisksCommand,
  reportInternalControlCommand,
  reportPersonnelCommand,
  reportPlacementsCommand,
  reportAssistanceCommand,
  reportVolumesCommand,
  budgetDecisionAddCommand,
  budgetDecisionListCommand,
  budgetDecisionDistributeCommand,
  forecastExportCommand,
  forecastImportCommand,
  allocationForecastSetCommand,
  allocationForecastListCommand,
  importSieCommand,
  importCsvCommand,
  importListCommand,
  importUndoCommand,
  importKoladaCommand,
  importAccessLogCommand,
  importHrCommand,
  importHrUndoCommand,
  importPlacementsCommand,
  undoPlacementsCommand,
  importAssistanceCommand,
  importAssistanceUndoCommand,
  importVolumesCommand,
  importVolumesUndoCommand,
  koladaSyncCommand,
  goalsImportCommand,
  goalsOutcomesCommand,
  goalsCarryOverCommand,
  sampleDrawCommand,
  sampleShowCommand,
  sampleRedoCommand,
  sampleReviewCommand,
  auditVerifyCommand,
];
