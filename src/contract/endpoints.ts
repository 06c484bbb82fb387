import type { Endpoint } from './endpoint';
import * as imports from './imports';
import * as operatingStatement from './operating-statement';
import * as organisation from './organisation';
import * as session from './session';

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
  getOperatingStatement: operatingStatement.getOperatingStatement,
  getAccountBreakdown: operatingStatement.getAccountBreakdown,
  getTransactionTrace: operatingStatement.getTransactionTrace,
  uploadLedgerFile: imports.uploadLedgerFile,
  startImportJob: imports.startImportJob,
  getImportJob: imports.getImportJob,
  listImportHistory: imports.listImportHistory,
  undoImportBatch: imports.undoImportBatch,
  getImportSettings: imports.getImportSettings,
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ALL_ENDPOINTS;
