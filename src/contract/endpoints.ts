import * as administration from './administration';
import * as allocationForecast from './allocation-forecast';
import * as auditChain from './audit-chain';
import * as auditLog from './audit-log';
import * as budget from './budget';
import * as budgetWorkbook from './budget-workbook';
import type { Endpoint } from './endpoint';
import * as followUp from './follow-up';
import * as forecastAccuracy from './forecast-accuracy';
import * as frameWalk from './frame-walk';
import * as goals from './goals';
import * as budgetPhasing from './budget-phasing';
import * as unitFrames from './unit-frames';
import * as budgetAccounts from './budget-accounts';
import * as imports from './imports';
import * as internalControl from './internal-control';
import * as internalControlSamples from './internal-control-samples';
import * as investmentBudget from './investment-budget';
import * as boardReports from './board-reports';
import * as budgetDecisions from './budget-decisions';
import * as investmentLinks from './investment-links';
import * as operatingStatement from './operating-statement';
import * as organisation from './organisation';
import * as overview from './overview';
import * as publishedReports from './published-reports';
import * as registerImports from './register-imports';
import * as session from './session';
import * as volumesPersonnel from './volumes-personnel';

/**
 * Every endpoint of the API by name. The server refuses to start when a route it serves is
 * missing here or one here is not served, and the access test goes through all of them.
 */
export const ALL_ENDPOINTS = {
  getSession: session.getSession,
  signIn: session.signIn,
  signOut: session.signOut,
  changePassword: session.changePassword,
  listMunicipalities: organisation.listMunicipalities,
  listFollowUpYears: organisation.listFollowUpYears,
  getGoals: goals.getGoals,
  saveGoalOutcome: goals.saveGoalOutcome,
  saveGoalAssessment: goals.saveGoalAssessment,
  saveBoardGoal: goals.saveBoardGoal,
  saveIndicator: goals.saveIndicator,
  getIndicatorComparison: goals.getIndicatorComparison,
  downloadGoalReport: goals.downloadGoalReport,
  carryOverGoals: goals.carryOverGoals,
  getInternalControl: internalControl.getInternalControl,
  saveRisk: internalControl.saveRisk,
  startRiskAnalysis: internalControl.startRiskAnalysis,
  saveCriticalFactor: internalControl.saveCriticalFactor,
  saveCriticalFactorFollowUp: internalControl.saveCriticalFactorFollowUp,
  saveControl: internalControl.saveControl,
  saveControlFollowUp: internalControl.saveControlFollowUp,
  drawSample: internalControlSamples.drawSample,
  getSample: internalControlSamples.getSample,
  redoSample: internalControlSamples.redoSample,
  reviewSampleItem: internalControlSamples.reviewSampleItem,
  downloadControlFollowUp: internalControl.downloadControlFollowUp,
  getVolumes: volumesPersonnel.getVolumes,
  getSickLeave: volumesPersonnel.getSickLeave,
  getOrganisationAdmin: administration.getOrganisationAdmin,
  createOrgUnit: administration.createOrgUnit,
  updateOrgUnit: administration.updateOrgUnit,
  listUsersAdmin: administration.listUsersAdmin,
  createUser: administration.createUser,
  updateUser: administration.updateUser,
  addGrant: administration.addGrant,
  removeGrant: administration.removeGrant,
  resetPassword: administration.resetPassword,
  getAccountMapping: administration.getAccountMapping,
  saveAccountMapping: administration.saveAccountMapping,
  listBudgetVersions: budget.listBudgetVersions,
  getBudgetGrid: budget.getBudgetGrid,
  createBudgetVersion: budget.createBudgetVersion,
  saveBudgetCells: budget.saveBudgetCells,
  decideBudgetVersion: budget.decideBudgetVersion,
  downloadBudgetDocument: budget.downloadBudgetDocument,
  getBudgetTexts: budget.getBudgetTexts,
  saveBudgetText: budget.saveBudgetText,
  exportBudgetWorkbook: budgetWorkbook.exportBudgetWorkbook,
  importBudgetWorkbook: budgetWorkbook.importBudgetWorkbook,
  getInvestmentBudget: investmentBudget.getInvestmentBudget,
  saveInvestmentBudget: investmentBudget.saveInvestmentBudget,
  getInvestmentFollowUp: investmentBudget.getInvestmentFollowUp,
  saveInvestmentFollowUp: investmentBudget.saveInvestmentFollowUp,
  listBudgetDecisions: budgetDecisions.listBudgetDecisions,
  addBudgetDecision: budgetDecisions.addBudgetDecision,
  removeBudgetDecision: budgetDecisions.removeBudgetDecision,
  listBoardReports: boardReports.listBoardReports,
  openBoardReport: boardReports.openBoardReport,
  getBoardReport: boardReports.getBoardReport,
  assignReportSection: boardReports.assignReportSection,
  saveReportSection: boardReports.saveReportSection,
  stepReportSection: boardReports.stepReportSection,
  saveDecisionDistribution: budgetDecisions.saveDecisionDistribution,
  getInvestmentLinks: investmentLinks.getInvestmentLinks,
  saveInvestmentLinks: investmentLinks.saveInvestmentLinks,
  getInvestmentTransactions: investmentLinks.getInvestmentTransactions,
  getLinePhasing: budgetPhasing.getLinePhasing,
  saveLinePhasing: budgetPhasing.saveLinePhasing,
  getAccountLines: budgetAccounts.getAccountLines,
  saveAccountLines: budgetAccounts.saveAccountLines,
  getUnitFrames: unitFrames.getUnitFrames,
  saveUnitFrames: unitFrames.saveUnitFrames,
  getFrameWalk: frameWalk.getFrameWalk,
  saveFrameWalk: frameWalk.saveFrameWalk,
  getFollowUpView: followUp.getFollowUpView,
  getUnitReport: followUp.getUnitReport,
  saveUnitReport: followUp.saveUnitReport,
  reviewUnitReport: followUp.reviewUnitReport,
  setFollowUpMonth: followUp.setFollowUpMonth,
  saveFollowUpThreshold: followUp.saveFollowUpThreshold,
  getMonthlyReportTexts: followUp.getMonthlyReportTexts,
  saveMonthlyReportText: followUp.saveMonthlyReportText,
  listAllocationForecasts: allocationForecast.listAllocationForecasts,
  saveAllocationForecast: allocationForecast.saveAllocationForecast,
  downloadMonthlyReport: followUp.downloadMonthlyReport,
  getForecastAccuracy: forecastAccuracy.getForecastAccuracy,
  listPublishedReports: publishedReports.listPublishedReports,
  downloadPublishedReport: publishedReports.downloadPublishedReport,
  getPublishedReportDocument: publishedReports.getPublishedReportDocument,
  getOverview: overview.getOverview,
  getOperatingStatement: operatingStatement.getOperatingStatement,
  getAccountBreakdown: operatingStatement.getAccountBreakdown,
  getTransactionTrace: operatingStatement.getTransactionTrace,
  uploadLedgerFile: imports.uploadLedgerFile,
  startImportJob: imports.startImportJob,
  getImportJob: imports.getImportJob,
  listImportHistory: imports.listImportHistory,
  undoImportBatch: imports.undoImportBatch,
  undoHrImportBatch: imports.undoHrImportBatch,
  undoRegisterImportBatch: imports.undoRegisterImportBatch,
  getImportSettings: imports.getImportSettings,
  importHrFile: registerImports.importHrFile,
  importRegisterFile: registerImports.importRegisterFile,
  listHrImportHistory: registerImports.listHrImportHistory,
  searchAuditLog: auditLog.searchAuditLog,
  exportAuditLog: auditLog.exportAuditLog,
  verifyAuditLog: auditChain.verifyAuditLog,
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ALL_ENDPOINTS;
