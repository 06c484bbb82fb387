import { INTERIM_REPORT_PATH } from '../../app/navigation';

/** A report's page: its sections (/delarsrapport/<report id>). */
export const boardReportPath = (reportId: string): string =>
  `${INTERIM_REPORT_PATH}/${encodeURIComponent(reportId)}`;

/** A section's page: its writer, its text and its review (/delarsrapport/<id>/<section key>). */
export const reportSectionPath = (reportId: string, sectionKey: string): string =>
  `${boardReportPath(reportId)}/${encodeURIComponent(sectionKey)}`;
