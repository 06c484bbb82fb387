import { REPORTS_PATH } from '../../app/navigation';

/** A published report to read in the app: /rapporter/2023/7. */
export const publishedReportPath = (report: { readonly year: number; readonly month: number }) =>
  `${REPORTS_PATH}/${String(report.year)}/${String(report.month)}`;
