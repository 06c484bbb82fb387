import { REPORT_KIND_NAMES_SV, reportKindOf } from '../domain/interim-report/report-template';
import {
  isSectionRefusal,
  isSectionState,
  sectionRefusalSv,
} from '../domain/interim-report/section-workflow';
import { MONTH_NAMES_SV, isMonth } from '../domain/kernel/period';
import type { ErrorDetails } from './errors';

/**
 * A change of an interim or annual report refused by where the report or the section stands
 * (details.reason), in Swedish; null for any other conflict.
 */
export function boardReportConflictSv(details: ErrorDetails): string | null {
  switch (details.reason) {
    case 'report-exists': {
      const { year, month } = details;
      if (typeof year !== 'number' || !isMonth(month)) return null;
      return `Nämnden har redan en ${REPORT_KIND_NAMES_SV[reportKindOf(month)].toLocaleLowerCase('sv')} för ${MONTH_NAMES_SV[month]} ${String(year)}: öppna den i listan.`;
    }
    case 'report-section': {
      const { refusal, state } = details;
      if (!isSectionRefusal(refusal) || !isSectionState(state)) return null;
      return sectionRefusalSv(refusal, state);
    }
    default:
      return null;
  }
}
